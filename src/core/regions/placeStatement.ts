import type { MatchingRules, PlaceMatch } from './matchPlaces.js';
import type { PlaceToken } from './placeText.js';

/**
 * True when a message says nothing but where the business is: "Wir sitzen in Coesfeld.", "Ich meinte Köln-Mülheim",
 * "Und unsere Niederlassung in Rheine?", "57392". Besides the places found it holds only stop words, place words
 * ("in", "bei") and the statement words of `data/regions/matching.json`.
 */
export function statesOnlyPlace(rules: MatchingRules, text: string, tokens: readonly PlaceToken[], matches: readonly PlaceMatch[]): boolean {
  if (matches.length === 0) return false;
  const placeTokens = new Set(matches.flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)));
  // "Essen-Rüttenscheid": an unknown name hyphenated to a place is a part of it
  tokens.forEach((t, i) => {
    if (i > 0 && placeTokens.has(i - 1) && text.slice(tokens[i - 1]!.end, t.start) === '-') placeTokens.add(i);
  });
  // "When is it due and who gets it? We're based in Dorsten.": a question without the place asks something else
  if (questionsWithoutPlace(text, tokens, placeTokens)) return false;
  return tokens.every((t, i) => placeTokens.has(i) || rules.stopWords.has(t.key) || rules.contextBefore.has(t.key) || rules.placeStatementWords.has(t.key));
}

/** True when a sentence that ends in a question mark holds none of the place's tokens. */
function questionsWithoutPlace(text: string, tokens: readonly PlaceToken[], placeTokens: ReadonlySet<number>): boolean {
  let from = 0;
  for (let end = text.indexOf('?'); end >= 0; end = text.indexOf('?', end + 1)) {
    const start = Math.max(text.lastIndexOf('.', end), text.lastIndexOf('!', end), from);
    if (!tokens.some((t, i) => placeTokens.has(i) && t.start >= start && t.end <= end)) return true;
    from = end + 1;
  }
  return false;
}
