import { measuredAt, tokenizeQuestion, type QuestionToken } from './questionTokens.js';

/**
 * The word after an article that makes it a count of people: "einen", "eine Person", "einer ist schwerbehindert",
 * "keiner davon", "one of them". Before any other noun ("eine Probebeschäftigung") an article is no count.
 */
const COUNTED_AFTER_ARTICLE = /^(?:schwer(?:$|-?behindert(?:e[nmrs]?)?$)|behindert(?:e[nmrs]?)?$|gleichgestellt|mitarbeit|person|mensch|beschäftigt|angestellt|kolleg|frau|mann|leute|davon|einzig|ist|sind|hat|haben|arbeitet|disabled|severely|employee|person|people|worker|staff|of|is|are)/u;

/**
 * An article counts as the answer alone or before a person, disability or copula word; a number does unless a unit
 * follows it ("mit 12 Stunden die Woche" gives hours, not a count).
 */
function isCount(tokens: readonly QuestionToken[], i: number): boolean {
  const token = tokens[i]!;
  if (token.kind !== 'number') return false;
  if (token.written !== 'article') return !measuredAt(tokens, i);
  const next = tokens[i + 1];
  return next === undefined || next.kind !== 'word' || COUNTED_AFTER_ARTICLE.test(next.text);
}

/**
 * The one count in a short answer to "how many?": "84", "so ungefähr 90", "zweihundert", "drei", "keinen",
 * "about a hundred and twenty" → the number; undefined when the answer holds no number or several.
 * @remarks Meant for a dialog that asked for one figure; a whole sentence goes to {@link parseLevyQuestion} first.
 */
export function parseCountAnswer(text: string): number | undefined {
  const tokens = tokenizeQuestion(text);
  const numbers = tokens.filter((_, i) => isCount(tokens, i));
  if (numbers.length !== 1 || numbers[0]!.kind !== 'number') return undefined;
  // "-5" is kept negative, so that the dialog can say why it cannot be right
  return /^\s*[-−]\s*\d/u.test(text) ? -numbers[0]!.value : numbers[0]!.value;
}

/**
 * Whether the message writes out a count (digits or a number word, no year and no measure such as "12 Stunden"); an
 * article ("einem schwerbehinderten Azubi") is none: in a question it names a person rather than answering "how many?".
 */
export function writesOutCount(tokens: readonly QuestionToken[]): boolean {
  return tokens.some((t, i) => t.kind === 'number' && t.written !== 'article' && !t.yearLike && isCount(tokens, i));
}
