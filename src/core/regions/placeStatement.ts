import { matchPlaces } from './matchPlaces.js';
import { tokenizePlaceText } from './placeText.js';
import type { Regions } from './types.js';

/**
 * True when a message says nothing but where the business is: "Wir sitzen in Coesfeld.", "Ich meinte Köln-Mülheim",
 * "Und unsere Niederlassung in Rheine?", "57392". Besides the place it holds only stop words, place words ("in",
 * "bei") and the statement words of `data/regions/matching.json`.
 */
export function isPlaceStatement(regions: Regions, text: string): boolean {
  const matches = matchPlaces(regions, text);
  if (matches.length === 0) return false;
  const placeTokens = new Set(matches.flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)));
  const { stopWords, contextBefore, placeStatementWords } = regions.matching;
  return tokenizePlaceText(text).every((t, i) => placeTokens.has(i) || stopWords.has(t.key) || contextBefore.has(t.key) || placeStatementWords.has(t.key));
}
