import { foldGerman } from '../text/fold.js';

/**
 * Prepares a text or a keyword for matching: folded like the recognizer ("Schüler" = "schueler" = "schuler"),
 * hyphenated compounds joined ("Schwer-behindert" = "schwerbehindert"), thousands separators dropped
 * ("1.000" = "1000"), everything else but letters and digits turned into single spaces.
 */
export function normalizeForMatching(text: string): string {
  return foldGerman(text)
    .replace(/(?<=\d)[.,'’\s](?=\d{3}(?!\d))/gu, '')
    .replace(/(?<=\p{L})[-·‐'’](?=\p{L})/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Where a keyword occurs in a normalized text: [start, end). */
export interface KeywordHit {
  start: number;
  end: number;
}

/** Keywords shorter than this match whole words only ("bem" must not find "bemühen"); longer ones also word beginnings. */
const MIN_PREFIX_LENGTH = 5;

/** Finds every occurrence of a normalized keyword at a word beginning of a normalized text; the text is padded once for all keywords. */
export function keywordFinder(normalizedText: string): (keyword: string) => KeywordHit[] {
  const padded = ` ${normalizedText} `;
  return (keyword) => {
    const needle = keyword.length < MIN_PREFIX_LENGTH ? ` ${keyword} ` : ` ${keyword}`;
    const hits: KeywordHit[] = [];
    for (let at = padded.indexOf(needle); at !== -1; at = padded.indexOf(needle, at + 1)) {
      hits.push({ start: at, end: at + 1 + keyword.length });
    }
    return hits;
  };
}

/** The words of a normalized text. */
export const wordCount = (normalizedText: string): number => (normalizedText === '' ? 0 : normalizedText.split(' ').length);
