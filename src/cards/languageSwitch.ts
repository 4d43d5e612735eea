import type { AnswerLanguage, Translator } from '../i18n.js';

/**
 * The card button that switches the language, on every answer card: to Einfache Sprache from German (and from
 * English, labelled in English), back to standard German from Einfache Sprache. The suggested actions carry the
 * same switch for channels that show them.
 */
export function languageSwitchAction(language: AnswerLanguage, t: Translator) {
  return language === 'de-x-simple'
    ? { type: 'Action.Submit', title: t('actions.standardLanguage'), data: { command: 'standardLanguage' } }
    : { type: 'Action.Submit', title: t('card.simpler'), data: { command: 'simpleLanguage' } };
}
