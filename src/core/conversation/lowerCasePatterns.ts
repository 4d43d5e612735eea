import { requiredLiterals } from './requiredLiterals.js';

/**
 * Characters of a lower-cased text on which a case-insensitive pattern written in lower case matches exactly as
 * the same pattern without the `i` flag: Basic Latin to Latin Extended-A and € (no case) without µ and ſ, the only two lower-case
 * letters there that case-fold to another letter (μ, s). Irregexp runs the case-sensitive form ten times faster.
 */
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: every character up to µ
const PLAIN_LOWER_CASE = /^[\u0000-\u00b4\u00b6-\u017e€]*$/u;
// \p{…} and other escapes spell no letter of the text; \u and \x escapes might spell an upper-case one
const PROPERTY_ESCAPE = /\\[pP]\{[^}]*\}/gu;
const OTHER_ESCAPE = /\\[^ux]/gu;

/** A vocabulary pattern (flags `iu`) compiled for matching, and for `matchAll`. */
export interface CompiledCue {
  test: RegExp;
  global: RegExp;
  /** False when the pattern cannot match the text (it lacks every text a match needs): no need to run it. */
  mayMatch(text: CueText): boolean;
}

/** A folded text prepared once for the many cues run over it: whether it is plain lower case, and its letter pairs. */
export interface CueText {
  text: string;
  /** See {@link isPlainLowerCase}. */
  plain: boolean;
  /** A bit per hash of each pair of neighbouring characters. */
  pairs: Uint32Array;
}

const PAIR_HASHES = 4096;
// distinct for all pairs of the letters a–z; other pairs may share a bit, which only lets a cue run that cannot match
const pairHash = (first: number, second: number): number => (first * 31 + second) & (PAIR_HASHES - 1);

/** Prepares a folded text for {@link compiledCue}'s patterns. */
export function cueText(text: string): CueText {
  const pairs = new Uint32Array(PAIR_HASHES / 32);
  for (let i = 1; i < text.length; i++) {
    const hash = pairHash(text.charCodeAt(i - 1), text.charCodeAt(i));
    pairs[hash >>> 5]! |= 1 << (hash & 31);
  }
  return { text, plain: isPlainLowerCase(text), pairs };
}

const always = (): boolean => true;

/**
 * A pre-test for a case-sensitive pattern: some of its required literals (see requiredLiterals) stands in the text.
 * A literal whose letter pairs are not all in the text is not searched for.
 */
function literalTest(source: string): (text: CueText) => boolean {
  const literals = requiredLiterals(source)?.map((literal) => ({ literal, pairs: Int32Array.from({ length: Math.max(0, literal.length - 1) }, (_, i) => pairHash(literal.charCodeAt(i), literal.charCodeAt(i + 1))) }));
  if (!literals) return always;
  const hasPairs = (pairs: Uint32Array, needed: Int32Array): boolean => {
    for (let i = 0; i < needed.length; i++) {
      const hash = needed[i]!;
      if ((pairs[hash >>> 5]! & (1 << (hash & 31))) === 0) return false;
    }
    return true;
  };
  return ({ text, pairs }) => {
    for (let i = 0; i < literals.length; i++) {
      const { literal, pairs: needed } = literals[i]!;
      if (hasPairs(pairs, needed) && text.includes(literal)) return true;
    }
    return false;
  };
}

const variants = new WeakMap<RegExp, { cased: CompiledCue; lower?: CompiledCue }>();

/** Whether `source` has no letter that `i` would let match anything but itself in a {@link PLAIN_LOWER_CASE} text. */
function writtenInLowerCase(source: string): boolean {
  const letters = source.replace(PROPERTY_ESCAPE, '').replace(OTHER_ESCAPE, '');
  return !/\\[ux]/u.test(letters) && letters === letters.toLowerCase();
}

/**
 * The forms of a case-insensitive vocabulary pattern for one lower-cased text: without the `i` flag when that
 * cannot change what matches (see {@link PLAIN_LOWER_CASE}), else as given. Compiled once per pattern.
 */
export function compiledCue(pattern: RegExp, lowerCaseText: boolean): CompiledCue {
  let entry = variants.get(pattern);
  if (!entry) {
    const flags = pattern.flags.replace('g', '');
    const cased = { test: new RegExp(pattern.source, flags), global: new RegExp(pattern.source, `g${flags}`), mayMatch: always };
    const plainFlags = flags.replace('i', '');
    // matched case-sensitively, a pattern needs its literal texts as written: most cues are ruled out by a substring search
    const lower = flags.includes('i') && writtenInLowerCase(pattern.source)
      ? { test: new RegExp(pattern.source, plainFlags), global: new RegExp(pattern.source, `g${plainFlags}`), mayMatch: literalTest(pattern.source) }
      : undefined;
    variants.set(pattern, (entry = { cased, ...(lower ? { lower } : {}) }));
  }
  return (lowerCaseText && entry.lower) || entry.cased;
}

/** Whether a lower-cased text (see foldText) may use the case-sensitive forms of {@link compiledCue}. */
export const isPlainLowerCase = (text: string): boolean => PLAIN_LOWER_CASE.test(text);
