import type { TurnContext } from 'botbuilder';
import type { MessageLanguageDetector } from '../../src/core/recognizer/questionLanguage.js';
import type { AnswerLanguage, Localizer, Translator } from '../../src/i18n.js';
import type { AnalysedMessage } from '../../src/core/text/analysedMessage.js';
import type { BotStateAccessors } from './state.js';
import { turnMessage } from './turnMessage.js';

/** The language of this turn and a translator bound to it. */
export interface TurnLanguage {
  language: AnswerLanguage;
  t: Translator;
  /** The BCP 47 tag sent to the channel (`de-x-simple` is internal: channels get `de-DE`). */
  channelLocale: string;
  /** The language the message itself asked for ("… in English?", "auf Deutsch bitte"), if it asked for one. */
  requested?: AnswerLanguage;
}

/** The first answer language from the channel's locale: English for `en-*`, German otherwise. */
export function languageFromLocale(locale: string | undefined): AnswerLanguage {
  return /^en(\b|[-_])/i.test(locale ?? '') ? 'en' : 'de';
}

/** The channel locale for an answer language. */
export function channelLocaleFor(language: AnswerLanguage): string {
  return language === 'en' ? 'en-US' : 'de-DE';
}

/**
 * The answer language a message itself calls for: the one it asks for ("… in English?", "auf Deutsch bitte"),
 * else English for a message clearly written in English; otherwise the current one. A German message in an
 * English chat keeps English (its user chose it; "Deutsch" is offered with every English answer).
 */
export function languageOfMessage(current: AnswerLanguage, text: unknown, detect?: MessageLanguageDetector, message?: AnalysedMessage): AnswerLanguage {
  return messageLanguage(current, text, detect, message).language;
}

/** {@link languageOfMessage}, and whether the message asked for that language in so many words. */
function messageLanguage(current: AnswerLanguage, text: unknown, detect?: MessageLanguageDetector, message?: AnalysedMessage): { language: AnswerLanguage; requested?: AnswerLanguage } {
  if (!detect || typeof text !== 'string' || text.trim() === '') return { language: current };
  const { requested, written } = detect(message?.text === text ? message : text);
  if (requested) return { language: requested, requested };
  return { language: written.sure && written.language === 'en' ? 'en' : current };
}

/**
 * Resolves the user's answer language (kept in UserState), follows the language of the message (see
 * {@link languageOfMessage}) and binds a translator to it for this turn. Every English answer offers "Deutsch" back.
 */
export async function resolveTurnLanguage(context: TurnContext, state: BotStateAccessors, localizer: Localizer, detect?: MessageLanguageDetector): Promise<TurnLanguage> {
  const profile = await state.userProfile.get(context, {});
  const { language: wanted, requested } = messageLanguage(profile.language ?? languageFromLocale(context.activity.locale), context.activity.text, detect, turnMessage(context));
  const language = localizer.languages.includes(wanted) ? wanted : localizer.languages[0]!;
  if (language !== (profile.language ?? languageFromLocale(context.activity.locale))) profile.language = language;
  return { language, t: localizer.translatorFor(language), channelLocale: channelLocaleFor(language), ...(requested === language ? { requested } : {}) };
}

const TURN_LANGUAGE = Symbol('turnLanguage');

/** Stores the turn's language on the context, for every dialog of this turn. */
export function setTurnLanguage(context: TurnContext, value: TurnLanguage): void {
  context.turnState.set(TURN_LANGUAGE, value);
}

/** The language of the current turn, as set by the bot before the dialogs run. */
export function getTurnLanguage(context: TurnContext): TurnLanguage {
  const value = context.turnState.get(TURN_LANGUAGE) as TurnLanguage | undefined;
  if (!value) throw new Error('turn language not set: the bot must call setTurnLanguage before running dialogs');
  return value;
}

/** The turn's language if the bot set it, else the first language (for error replies before the turn was prepared). */
export function getTurnLanguageOrDefault(context: TurnContext, localizer: Localizer): TurnLanguage {
  const value = context.turnState.get(TURN_LANGUAGE) as TurnLanguage | undefined;
  if (value) return value;
  const language = localizer.languages[0]!;
  return { language, t: localizer.translatorFor(language), channelLocale: channelLocaleFor(language) };
}
