import type { Localizer } from '../src/i18n.js';

/** The fixed commands behind buttons and suggested actions; their labels are `actions.<command>` in every language. */
export const COMMANDS = ['help', 'programmes', 'findContact', 'levy', 'simpleLanguage', 'standardLanguage', 'english', 'privacy', 'cancel', 'restart', 'back'] as const;
export type Command = (typeof COMMANDS)[number];

// toLowerCase is toLocaleLowerCase('de') without its locale lookup (test/core/text/lowerCase.test.ts)
const normalise = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Words that also stand for a command, in every language (`commands.<command>` is a list). */
const ALIASED: readonly Command[] = ['cancel', 'restart', 'back', 'help'];

/**
 * Recognises a button label (in any language) or a card submit `{ "command": "…" }`.
 * @remarks Besides the fixed labels, "Ansprechstellen: Kreis Soest" (`contact.remembered`, offered once a district
 * is known) stands for `findContact`, for each of `districtNames` exactly, so that no question is mistaken for it.
 */
export class CommandMatcher {
  private readonly byLabel = new Map<string, Command>();

  constructor(localizer: Localizer, districtNames: readonly string[] = []) {
    for (const language of localizer.languages) {
      const t = localizer.translatorFor(language);
      for (const command of COMMANDS) this.byLabel.set(normalise(t(`actions.${command}`)), command);
      for (const place of districtNames) this.byLabel.set(normalise(t('contact.remembered', { place })), 'findContact');
      for (const command of ALIASED) {
        const words = t(`commandWords.${command}`, { returnObjects: true }) as unknown;
        if (Array.isArray(words)) for (const word of words) this.byLabel.set(normalise(String(word)), command);
      }
    }
  }

  /** The command a message stands for, if it is one. */
  match(text: unknown, value: unknown): Command | undefined {
    if (value && typeof value === 'object' && 'command' in value) {
      const command = (value as { command: unknown }).command;
      if (typeof command === 'string' && (COMMANDS as readonly string[]).includes(command)) return command as Command;
    }
    return typeof text === 'string' && text ? this.byLabel.get(normalise(text)) : undefined;
  }
}
