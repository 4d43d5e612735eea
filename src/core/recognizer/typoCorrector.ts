import Fuse from 'fuse.js';
import { editDistance } from '../text/editDistance.js';

/** A vocabulary term a misspelt word probably meant, with a confidence in 0..1. */
export interface Correction {
  term: string;
  confidence: number;
}

// guards from the matching research (§1.4): without them Fuse maps Berlin→überwind, melde→geld
const MIN_LENGTH = 5;
const THRESHOLD = 0.3;
const MAX_CORRECTIONS = 2;
const CORRECTION_DISCOUNT = 0.9;
// a typo is one slip per six letters or so; Bitap alone accepts "Arbeitszeugnis" for "Arbeitsleistung"
const allowedEdits = (length: number): number => (length < 8 ? 1 : length < 13 ? 2 : 3);

/**
 * Creates a typo corrector over the vocabulary: fuse.js (Bitap, threshold 0.3) within the words that share
 * the first letter and differ in length by at most a quarter (two letters for short words); a hit must also be
 * within 1–3 edits (by length) of the word.
 */
export function createTypoCorrector(vocabulary: Iterable<string>): (stem: string) => Correction[] {
  const buckets = new Map<string, string[]>();
  for (const term of vocabulary) {
    if (term.length < MIN_LENGTH - 1) continue;
    const first = term.charAt(0);
    const bucket = buckets.get(first);
    if (bucket) bucket.push(term); else buckets.set(first, [term]);
  }
  const fuses = new Map<string, Fuse<string>>();
  for (const [first, terms] of buckets) {
    fuses.set(first, new Fuse(terms, { includeScore: true, threshold: THRESHOLD, ignoreLocation: true, isCaseSensitive: true }));
  }

  return (stem) => {
    if (stem.length < MIN_LENGTH) return [];
    const fuse = fuses.get(stem.charAt(0));
    if (!fuse) return [];
    const maxDifference = Math.max(2, Math.floor(stem.length * 0.25));
    const maxEdits = allowedEdits(stem.length);
    return fuse
      .search(stem, { limit: 8 })
      .filter((hit) => Math.abs(hit.item.length - stem.length) <= maxDifference && editDistance(stem, hit.item, maxEdits) <= maxEdits)
      .slice(0, MAX_CORRECTIONS)
      .map((hit) => ({ term: hit.item, confidence: (1 - (hit.score ?? 1)) * CORRECTION_DISCOUNT }));
  };
}
