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
    const cased = { test: new RegExp(pattern.source, flags), global: new RegExp(pattern.source, `g${flags}`) };
    const plainFlags = flags.replace('i', '');
    const lower = flags.includes('i') && writtenInLowerCase(pattern.source) ? { test: new RegExp(pattern.source, plainFlags), global: new RegExp(pattern.source, `g${plainFlags}`) } : undefined;
    variants.set(pattern, (entry = { cased, ...(lower ? { lower } : {}) }));
  }
  return (lowerCaseText && entry.lower) || entry.cased;
}

/** Whether a lower-cased text (see foldText) may use the case-sensitive forms of {@link compiledCue}. */
export const isPlainLowerCase = (text: string): boolean => PLAIN_LOWER_CASE.test(text);
