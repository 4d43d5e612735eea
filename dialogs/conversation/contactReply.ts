import type { TurnContext } from 'botbuilder';
import { contactAnswer } from '../../src/cards/contactCard.js';
import { suggestedActions } from '../../src/cards/messages.js';
import { findContacts } from '../../src/core/regions/index.js';
import { getTurnLanguage } from '../context/turnLanguage.js';
import { suggestions } from '../replies.js';
import type { DialogServices } from '../services.js';
import { conversationContext } from './context.js';

/** Sends the contact card of a district in the turn's language and remembers the district as the last answer. */
export async function sendContactCard(context: TurnContext, services: DialogServices, districtKey: string): Promise<void> {
  const { t, channelLocale, language } = getTurnLanguage(context);
  const data = await services.state.conversationData.get(context, {});
  data.districtKey = districtKey;
  const reply = contactAnswer(findContacts(services.content.regions, districtKey), t, channelLocale, language);
  reply.suggestedActions = suggestedActions(suggestions(context, 'programmes', 'help'));
  await context.sendActivity(reply);
  (await conversationContext(context, services)).lastAnswer = 'contact';
}
