import type { QuestionToken } from './questionTokens.js';

// "dann sind es 42", "also wären wir 60", "insgesamt haben wir 90", "that makes 42": the total the message arrives at
const RESULT_ADVERBS = new Set(['dann', 'also', 'damit', 'somit', 'insgesamt', 'zusammen', 'makes', 'then', 'total']);
const RESULT_VERBS = new Set(['sind', 'wären', 'waren', 'haben', 'hätten', 'macht', 'ergibt', 'are', 'were', 'be', 'have', 'makes', 'of']);
const RESULT_SUBJECTS = new Set(['es', 'wir', 'we', 'it', 'that', 'das']);

/**
 * The position of a workplace total stated as the result of what the message said before ("wir stellen zehn
 * Vollzeitkräfte ein, dann sind es 42"): it is the workplace count, whatever counts came before it.
 */
export function resultTotalAt(tokens: readonly QuestionToken[]): number | undefined {
  const word = (i: number) => { const t = tokens[i]; return t?.kind === 'word' ? t.text : ''; };
  const at = tokens.findIndex((t, i) => {
    if (t.kind !== 'number' || t.yearLike || t.written === 'article' || !tokens.slice(0, i).some((b) => b.kind === 'number')) return false;
    // "dann sind es 42", "then we are 42", "insgesamt macht das 42": an adverb and a verb among the words right before
    const before = [word(i - 3), word(i - 2), word(i - 1)].filter((w) => RESULT_ADVERBS.has(w) || RESULT_VERBS.has(w) || RESULT_SUBJECTS.has(w));
    return before.some((w) => RESULT_ADVERBS.has(w)) && before.some((w) => RESULT_VERBS.has(w)) && before.includes(word(i - 1));
  });
  return at >= 0 ? at : undefined;
}

// "sie ist die einzige", "er ist der einzige Schwerbehinderte", "she is the only one": one disabled person
const ONLY_ONE = /\b(?:(?:er|sie)\s+ist\s+(?:bei\s+uns\s+)?(?:der|die|unser|unsere)\s+einzige(?:r|n)?(?:\s+schwer-?behindert\w*)?|(?:der|die)\s+einzige(?:n)?\s+schwer-?behindert\w*|(?:he|she)\s+is\s+(?:the|our)\s+only\s+(?:one|severely\s+disabled)|the\s+only\s+severely\s+disabled)(?!\s*(?:azubi|auszubild|apprentice|trainee|minijob|aushilf))/iu;

// every form of ONLY_ONE has one of these words: a message without them is read with one short scan
const ONLY_WORDS = /einzige|only/iu;

/** True when the message says that one person is the only disabled one ("85 staff and she is the only one"). */
export const saysOnlyOne = (text: string): boolean => ONLY_WORDS.test(text) && ONLY_ONE.test(text);
