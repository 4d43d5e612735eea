import type { QuestionToken } from './questionTokens.js';

/** "einer davon", "three of them": a part of the count before; what it counts is said further on in the clause. */
export const PART_OF = /^(?:davon|darunter|hiervon|thereof)$/u;

// "3 von 80", "3 of 80", "3 out of 80", "drei unserer 80", "three of our 80": a part, then the whole it belongs to
const OF_WHOLE: readonly (readonly string[])[] = [['von'], ['of'], ['out', 'of'], ['unserer'], ['von', 'unseren'], ['of', 'our'], ['among']];
// "3 Schwerbehinderte bei 80", "three disabled people out of 80": the whole after a count of disabled people
const WHOLE_CUES = new Set(['bei', 'unter', 'von', 'of', 'among']);

/** The position of the whole in "3 von 80", "three out of 80", "drei unserer 80"; undefined when the count stands alone. */
export function wholeAfter(tokens: QuestionToken[], i: number): number | undefined {
  for (const joiner of OF_WHOLE) {
    const at = i + 1 + joiner.length;
    const joined = joiner.every((word, k) => { const t = tokens[i + 1 + k]; return t?.kind === 'word' && t.text === word; });
    const whole = tokens[at];
    if (joined && whole?.kind === 'number' && whole.written !== 'article') return at;
  }
  return undefined;
}

/** "3 Schwerbehinderte bei 80", "three disabled people out of 80": a bare number after a count of disabled people. */
export function isWholeOfDisabledCount(tokens: QuestionToken[], i: number, found: { workplaces?: number; employed?: number; equalised?: number }): boolean {
  const before = tokens[i - 1];
  const token = tokens[i]!;
  if (token.kind !== 'number' || token.written === 'article' || found.workplaces !== undefined) return false;
  const part = found.employed ?? found.equalised;
  return part !== undefined && part < token.value && before?.kind === 'word' && WHOLE_CUES.has(before.text);
}

/** "Wir sind 80, drei davon schwerbehindert", "80, davon 3 besetzt": a bare number before the part of it that follows. */
export function isWholeBeforePart(tokens: QuestionToken[], i: number): boolean {
  const [comma, a, b] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (tokens[i]?.kind !== 'number' || comma?.kind !== 'break' || comma.text !== ',') return false;
  const partWord = (t: QuestionToken | undefined) => t?.kind === 'word' && PART_OF.test(t.text);
  return (a?.kind === 'number' && partWord(b)) || (partWord(a) && b?.kind === 'number');
}
