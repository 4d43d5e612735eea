import { wordsOf } from './sentences.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A pattern for a dotted abbreviation that tolerates missing or extra spaces: "z. B." also finds "z.B." and "z.  B.". */
export function abbreviationPattern(abbreviation: string): RegExp {
  const parts = abbreviation.split(/\.\s*/u).filter(Boolean).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('\\.\\s*')}\\.`, 'giu');
}

// Two single letters with full stops are an abbreviation even when no list names them ("i. d. R.", "u.a.").
const LETTER_PAIR = /(?<![\p{L}\p{N}])\p{L}\.\s?\p{L}\.(?:\s?\p{L}\.)*/gu;

/** Dotted abbreviations in a text, as written, in order of appearance. */
export function findDottedAbbreviations(text: string, patterns: RegExp[]): string[] {
  const found = new Map<number, string>();
  for (const pattern of [...patterns, LETTER_PAIR]) {
    for (const match of text.matchAll(pattern)) {
      if (![...found.keys()].some((at) => at <= match.index && match.index < at + found.get(at)!.length)) found.set(match.index, match[0]);
    }
  }
  return [...found.entries()].sort(([a], [b]) => a - b).map(([, m]) => m);
}

/** "SGB", "GdB", "WfbM", "EAA": two or more letters, at least two capitals, and at least half of the letters capitals. */
export function isAcronym(segment: string): boolean {
  if (!/^\p{L}{2,}$/u.test(segment)) return false;
  const capitals = (segment.match(/\p{Lu}/gu) ?? []).length;
  return capitals >= 2 && capitals * 2 >= segment.length;
}

/** A long form or a plain gloss: at least one word of four or more letters. */
const hasLongForm = (words: string[]): boolean => words.some((w) => (w.match(/\p{L}/gu) ?? []).length >= 4);

/**
 * True when the text introduces `acronym` at its first use: "Long Form (ACR)" or "ACR (long form)".
 * @remarks A plain gloss counts as well as the official long form: "Beratung für Arbeit-Geber (EAA)".
 */
export function isExplained(text: string, acronym: string): boolean {
  const standalone = new RegExp(`(?<!\\p{L})${escape(acronym)}(?!\\p{L})`, 'u');
  const first = standalone.exec(text);
  if (!first) return false;
  const before = /([^().!?:]*)\(\s*$/u.exec(text.slice(0, first.index));
  const after = text.slice(first.index + acronym.length);
  if (before && /^\s*\)/u.test(after)) return hasLongForm(wordsOf(before[1]!));
  const longForm = /^\s*\(([^()]*)\)/u.exec(after);
  return longForm !== null && hasLongForm(wordsOf(longForm[1]!));
}

/** Acronyms a text uses without explaining them and that are not on the list of names everybody knows. */
export function findUnexplainedAcronyms(text: string, knownAcronyms: readonly string[]): string[] {
  const known = new Set(knownAcronyms);
  const acronyms = new Set(wordsOf(text).flatMap((w) => w.split(/[-·‐]/u)).filter(isAcronym));
  return [...acronyms].filter((a) => !known.has(a) && !isExplained(text, a));
}
