import { foldGerman } from './fold.js';
import { forEachMatch } from './matches.js';

/** One word of a text, as typed and as folded for matching. */
export interface Token {
  /** The word as typed. */
  raw: string;
  /** Lower-cased and umlaut-folded (see {@link foldGerman}). */
  folded: string;
  /** Starts with a capital letter and is not all capitals: in German, a noun or a name. */
  capitalised: boolean;
  /** All capitals and at least two letters: an abbreviation such as EAA or SGB. */
  acronym: boolean;
  /** Digits only. */
  numeric: boolean;
  /** Index in the token list. */
  index: number;
  /** Put in place of the words typed by a paraphrase that names what the described situation calls for (see data/matching/plain-language.json). */
  decides?: true;
  /** Put in place of the words typed by a paraphrase that describes candidates without naming one (`"names": false`): evidence for their topics, never the question's name. */
  describes?: true;
  /** The folded word a paraphrase put this token in place of ("rollstuhlfahrer" under "barrierefreier Arbeitsplatz"). */
  rewrites?: string;
}

// a hyphenated compound is one word: "Arbeitgeber-Service" = "Arbeitgeberservice"
const WORD = /[\p{L}\p{N}]+(?:-(?=\p{L})[\p{L}\p{N}]+)*/gu;

type WordShape = Omit<Token, 'index'>;

const WORD_CACHE_LIMIT = 50_000;
// a word's shape never changes: the knowledge's words (at start) and frequent words (every turn) are folded once
const shapes = new Map<string, WordShape | null>();

/** The token of one matched word without its position; null for a one-letter word. */
function wordShape(word: string): WordShape | null {
  let shape = shapes.get(word);
  if (shape !== undefined) return shape;
  const raw = word.replaceAll('-', '');
  const numeric = /^\p{N}+$/u.test(raw);
  if (raw.length < 2 && !numeric) {
    shape = null;
  } else {
    const first = raw.charAt(0);
    const upperFirst = first !== first.toLowerCase();
    const allUpper = raw === raw.toUpperCase() && raw !== raw.toLowerCase();
    shape = { raw, folded: foldGerman(raw), capitalised: upperFirst && !allUpper, acronym: allUpper && raw.length >= 2 && !numeric, numeric };
  }
  if (shapes.size >= WORD_CACHE_LIMIT) shapes.clear();
  shapes.set(word, shape);
  return shape;
}

/**
 * Splits a text into word tokens: runs of letters and digits; apostrophes and punctuation separate, hyphenated
 * compounds are joined ("LVR-Inklusionsamt" → "LVRInklusionsamt", split again against the vocabulary later).
 * @remarks One-letter words are dropped (the "s" of "gibt's"), numbers of any length are kept.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachMatch(WORD, text, (match) => {
    const shape = wordShape(match[0]);
    // written out rather than spread: the same object with the same keys in the same order, made faster
    if (shape) tokens.push({ raw: shape.raw, folded: shape.folded, capitalised: shape.capitalised, acronym: shape.acronym, numeric: shape.numeric, index: tokens.length });
  });
  return tokens;
}

// "30 %", "30-40%": the per cent sign after a number, or after the second number of a range it starts
const PERCENT_AFTER = /^\s?(?:[-–]\s?\d+\s?)?%/u;
// how far after a number the sign of a range may stand ("-100 %")
const PERCENT_REACH = 8;

/**
 * The positions in {@link tokenize}'s list of the numbers written as a share in per cent ("30 %", both numbers of
 * "30-40%"), whose sign is no word; empty for a text without "%".
 */
export function percentTokenIndices(text: string): Set<number> {
  const found = new Set<number>();
  if (!text.includes('%')) return found;
  let index = 0;
  forEachMatch(WORD, text, (match) => {
    const shape = wordShape(match[0]);
    if (!shape) return;
    const end = match.index + match[0].length;
    if (shape.numeric && PERCENT_AFTER.test(text.slice(end, end + PERCENT_REACH))) found.add(index);
    index++;
  });
  return found;
}

/** How many tokens {@link tokenize} makes of a text, without making them. */
export function countTokens(text: string): number {
  let count = 0;
  forEachMatch(WORD, text, (match) => {
    if (wordShape(match[0])) count++;
  });
  return count;
}
