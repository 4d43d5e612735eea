import type { TurnContext } from 'botbuilder';
import { contactAnswer } from '../../src/cards/contactCard.js';
import { suggestedActions, textMessage } from '../../src/cards/messages.js';
import type { ContactDetail } from '../../src/core/conversation/index.js';
import { findContacts } from '../../src/core/regions/index.js';
import { getTurnLanguage } from '../context/turnLanguage.js';
import { suggestions } from '../replies.js';
import type { DialogServices } from '../services.js';
import { conversationContext } from './context.js';

/**
 * Sends the contact card of a district in the turn's language and remembers the district as the last answer.
 * Asked for a detail (phone, e-mail, address) that none of the district's contacts has, it first says so plainly.
 */
export async function sendContactCard(context: TurnContext, services: DialogServices, districtKey: string, detail?: ContactDetail): Promise<void> {
  const { t, channelLocale, language } = getTurnLanguage(context);
  const data = await services.state.conversationData.get(context, {});
  data.districtKey = districtKey;
  const contacts = findContacts(services.content.regions, districtKey);
  if (detail && !contacts.contacts.some((c) => c[detail])) await context.sendActivity(textMessage(t(`conversation:missingDetail.${detail}`, { place: contacts.district.name }), channelLocale));
  const reply = contactAnswer(contacts, t, channelLocale, language);
  reply.suggestedActions = suggestedActions(suggestions(context, 'programmes', 'help'));
  await context.sendActivity(reply);
  (await conversationContext(context, services)).lastAnswer = 'contact';
}
