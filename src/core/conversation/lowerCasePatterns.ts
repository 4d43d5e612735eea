import { literalAutomaton, type LiteralAutomaton } from './literalAutomaton.js';
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
}

/** The case-insensitive form of a pattern and, when it may be matched without the `i` flag, that form with the literals it needs. */
export interface Variants {
  cased: CompiledCue;
  lower?: CompiledCue & {
    /** Its place among the patterns that need a literal (see requiredLiterals), or undefined when it must always run. */
    needsLiteral?: number;
  };
}

/**
 * A folded text prepared once for every cue of a vocabulary run over it: each pattern is tested once, and only when
 * the text holds a literal every match of it needs (one scan of the text for the literals of all patterns).
 */
export class CueText {
  private readonly tested = new Map<RegExp, boolean>();

  /**
   * @param possible per pattern that needs a literal (see Variants.lower.needsLiteral), whether the text holds one of its
   * literals; undefined for a text that is not plain lower case
   */
  constructor(readonly text: string, private readonly patterns: CuePatterns, private readonly possible: readonly boolean[] | undefined) {}

  /** The form of `pattern` to run over this text, or undefined when it cannot match (it lacks every literal a match needs). */
  compiled(pattern: RegExp): CompiledCue | undefined {
    const variants = this.patterns.variantsOf(pattern);
    if (!this.possible || !variants.lower) return variants.cased;
    const { needsLiteral } = variants.lower;
    return needsLiteral === undefined || this.possible[needsLiteral] ? variants.lower : undefined;
  }

  /** Whether `pattern` matches the text; run once per pattern. */
  test(pattern: RegExp): boolean {
    let result = this.tested.get(pattern);
    if (result === undefined) {
      result = this.compiled(pattern)?.test.test(this.text) ?? false;
      this.tested.set(pattern, result);
    }
    return result;
  }
}

/**
 * The cue patterns of a vocabulary compiled for folded texts (see {@link variantsOf}), with one automaton for the
 * literals they need. A pattern not given here is compiled on first use and always run.
 */
export class CuePatterns {
  private readonly variants = new Map<RegExp, Variants>();
  private readonly automaton: LiteralAutomaton;
  /** Per literal (by its id in the automaton), the patterns that need it (by Variants.lower.needsLiteral). */
  private readonly neededBy: number[][] = [];
  private needingLiterals = 0;

  constructor(patterns: Iterable<RegExp>) {
    const ids = new Map<string, number>();
    const idOf = (literal: string): number => {
      let id = ids.get(literal);
      if (id === undefined) ids.set(literal, (id = ids.size));
      return id;
    };
    for (const pattern of patterns) {
      if (this.variants.has(pattern)) continue;
      const variants = compile(pattern);
      // matched case-sensitively, a pattern needs its literal texts as written: most cues are ruled out by the scan
      const literals = variants.lower && requiredLiterals(pattern.source);
      if (variants.lower && literals) {
        const needing = (variants.lower.needsLiteral = this.needingLiterals++);
        for (const id of new Set(literals.map(idOf))) (this.neededBy[id] ??= []).push(needing);
      }
      this.variants.set(pattern, variants);
    }
    this.automaton = literalAutomaton([...ids.keys()]);
  }

  /** Prepares a folded text (see foldText) for the patterns. */
  read(text: string): CueText {
    return new CueText(text, this, isPlainLowerCase(text) ? this.possibleIn(text) : undefined);
  }

  /**
   * Per pattern that needs a literal, whether `text` holds one: the literals found (a few) mark their patterns, so that
   * a pattern is decided by one look-up (a flag per literal would need a typed array too large for V8's heap).
   */
  private possibleIn(text: string): boolean[] {
    const possible = new Array<boolean>(this.needingLiterals).fill(false);
    for (const id of this.automaton.occurring(text)) for (const needing of this.neededBy[id]!) possible[needing] = true;
    return possible;
  }

  /** The compiled forms of a pattern. */
  variantsOf(pattern: RegExp): Variants {
    let variants = this.variants.get(pattern);
    if (!variants) this.variants.set(pattern, (variants = compile(pattern)));
    return variants;
  }
}

/** Whether `source` has no letter that `i` would let match anything but itself in a {@link PLAIN_LOWER_CASE} text. */
function writtenInLowerCase(source: string): boolean {
  const letters = source.replace(PROPERTY_ESCAPE, '').replace(OTHER_ESCAPE, '');
  return !/\\[ux]/u.test(letters) && letters === letters.toLowerCase();
}

/**
 * The forms of a case-insensitive vocabulary pattern: as given, and without the `i` flag for lower-cased texts when that
 * cannot change what matches (see {@link PLAIN_LOWER_CASE}).
 */
function compile(pattern: RegExp): Variants {
  const flags = pattern.flags.replace('g', '');
  const cased = { test: new RegExp(pattern.source, flags), global: new RegExp(pattern.source, `g${flags}`) };
  if (!flags.includes('i') || !writtenInLowerCase(pattern.source)) return { cased };
  const plainFlags = flags.replace('i', '');
  return { cased, lower: { test: new RegExp(pattern.source, plainFlags), global: new RegExp(pattern.source, `g${plainFlags}`) } };
}

/** Whether a lower-cased text (see foldText) may use the case-sensitive forms of a pattern (see {@link CuePatterns}). */
export const isPlainLowerCase = (text: string): boolean => PLAIN_LOWER_CASE.test(text);
