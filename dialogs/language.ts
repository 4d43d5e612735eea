import type { TurnContext } from 'botbuilder';
import type { AnswerLanguage } from '../src/i18n.js';
import type { Command } from './commands.js';
import type { LevyFigures } from '../src/core/conversation/index.js';
import { sendContactCard } from './conversation/contactReply.js';
import { sendOverview } from './conversation/overviewReply.js';
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
 * @remarks With `repeatLastAnswer` the last answer (contact card, overview or topic card) is sent again in the new
 * language ("Einfacher erklären", "Can you give that overview in English?"); after a levy result its figures are
 * returned for the levy dialog to answer again (see `switchAndRepeat`).
 */
export async function switchLanguage(context: TurnContext, services: DialogServices, language: AnswerLanguage, repeatLastAnswer: boolean): Promise<LevyFigures | undefined> {
  const profile = await services.state.userProfile.get(context, {});
  profile.language = language;
  setTurnLanguage(context, { language, t: services.localizer.translatorFor(language), channelLocale: channelLocaleFor(language) });
  const { lastTopicId, districtKey, conversation } = await services.state.conversationData.get(context, {});
  if (!repeatLastAnswer) {
    await say(context, 'language.switched', {}, 'programmes', 'findContact');
    return undefined;
  }
  if (conversation?.lastAnswer === 'contact' && districtKey) {
    await say(context, 'language.switched');
    await sendContactCard(context, services, districtKey);
    return undefined;
  }
  // an overview is the subject until a topic or levy result follows it (both clear it)
  if (conversation?.overview) {
    await say(context, 'language.switched');
    await sendOverview(context, services, conversation.overview, conversation.facet);
    return undefined;
  }
  if (conversation?.lastAnswer === 'levy' && conversation.levy) {
    await say(context, 'language.switched');
    return conversation.levy;
  }
  if (lastTopicId) {
    await say(context, 'language.switched');
    await sendTopic(context, services, lastTopicId);
    return undefined;
  }
  await say(context, 'language.switched', {}, 'programmes', 'findContact');
  return undefined;
}
