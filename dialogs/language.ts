import type { TurnContext } from 'botbuilder';
import type { AnswerLanguage } from '../src/i18n.js';
import type { Command } from './commands.js';
import { sendContactCard } from './conversation/contactReply.js';
import { channelLocaleFor, setTurnLanguage } from './context/turnLanguage.js';
import { say, sendTopic } from './replies.js';
import type { DialogServices } from './services.js';

/** The answer language a language command asks for. */
export const LANGUAGE_COMMANDS: Partial<Record<Command, AnswerLanguage>> = {
  simpleLanguage: 'de-x-simple',
  standardLanguage: 'de',
  english: 'en',
};

/**
 * Switches the user's answer language (kept in UserState) and the rest of this turn to it, and confirms in the
 * new language.
 * @remarks With `repeatLastTopic` the last answer (topic card or contact card) is sent again in the new language ("Einfacher erklären").
 */
export async function switchLanguage(context: TurnContext, services: DialogServices, language: AnswerLanguage, repeatLastTopic: boolean): Promise<void> {
  const profile = await services.state.userProfile.get(context, {});
  profile.language = language;
  setTurnLanguage(context, { language, t: services.localizer.translatorFor(language), channelLocale: channelLocaleFor(language) });
  const { lastTopicId, districtKey, conversation } = await services.state.conversationData.get(context, {});
  if (repeatLastTopic && conversation?.lastAnswer === 'contact' && districtKey) {
    await say(context, 'language.switched');
    await sendContactCard(context, services, districtKey);
    return;
  }
  if (repeatLastTopic && lastTopicId) {
    await say(context, 'language.switched');
    await sendTopic(context, services, lastTopicId);
    return;
  }
  await say(context, 'language.switched', {}, 'programmes', 'findContact');
}
