import { tokenizeQuestion } from './questionTokens.js';

/**
 * The one count in a short answer to "how many?": "84", "so ungefähr 90", "zweihundert", "drei", "keinen",
 * "about a hundred and twenty" → the number; undefined when the answer holds no number or several.
 * @remarks Meant for a dialog that asked for one figure; a whole sentence goes to {@link parseLevyQuestion} first.
 */
export function parseCountAnswer(text: string): number | undefined {
  const numbers = tokenizeQuestion(text).filter((t) => t.kind === 'number');
  if (numbers.length !== 1 || numbers[0]!.kind !== 'number') return undefined;
  // "-5" is kept negative, so that the dialog can say why it cannot be right
  return /^\s*[-−]\s*\d/u.test(text) ? -numbers[0]!.value : numbers[0]!.value;
}
