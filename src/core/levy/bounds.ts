import type { QuestionToken } from './questionTokens.js';

// "unter 40", "fewer than 40" (below); "ab 20", "mehr als 60", "at least 20", "bis zu 39" (other bounds)
const BOUNDS: readonly { words: readonly string[]; kind: 'below' | 'other' }[] = [
  ...[['unter'], ['weniger', 'als'], ['below'], ['under'], ['less', 'than'], ['fewer', 'than']].map((words) => ({ words, kind: 'below' as const })),
  ...[['ab'], ['über'], ['ueber'], ['mehr', 'als'], ['mindestens'], ['bis'], ['bis', 'zu'], ['maximal'], ['höchstens'], ['over'], ['above'], ['more', 'than'], ['at', 'least'], ['up', 'to']].map((words) => ({ words, kind: 'other' as const })),
];

// the word right before a count that is bounded
const LAST_WORDS = new Set(BOUNDS.map(({ words }) => words[words.length - 1]!));

/** The bound a count is ("unter 40 Arbeitsplätzen" → below), from the words right before it. */
export function boundBefore(tokens: QuestionToken[], i: number): 'below' | 'other' | undefined {
  const before = tokens[i - 1];
  if (before?.kind !== 'word' || !LAST_WORDS.has(before.text)) return undefined;
  const found = BOUNDS.find(({ words }) => words.every((word, k) => {
    const t = tokens[i - words.length + k];
    return t?.kind === 'word' && t.text === word;
  }));
  return found?.kind;
}
