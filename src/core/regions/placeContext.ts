import { partEnd } from './joinedSpans.js';
import type { Lookup, MatchingRules, PlaceMatch } from './matchPlaces.js';
import type { PlaceToken } from './placeText.js';

/** A word that starts with a capital letter (a Stadtteil after a hyphen). */
const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether a town name that is also an everyday word names the town here: not after an article, a contracted
 * preposition or a possessive ("beim Essen", "in der Lage", "unsere Löhne"), but after a place word ("in Lage",
 * "EAA Siegen"), as a member of a list of places ("in Bochum, Essen und Hagen", "Essen oder Bochum") or alone.
 */
export function readsAsPlace(lookup: Lookup, text: string, tokens: PlaceToken[], matches: readonly PlaceMatch[], start: number, length: number, regionOnly: boolean): boolean {
  const rules = lookup.matching;
  if (!regionOnly && rules.nounBefore.has(tokens[start - 1]?.key ?? '')) return false;
  if (inPlaceContext(rules, tokens, start, length, regionOnly)) return true;
  // "Essen-Rüttenscheid": a town joined to a Stadtteil by a hyphen; "Essen Kettwig": the town before a Stadtteil it knows
  const next = tokens[start + length];
  if (next && rules.contextAfter.has(next.key)) return true;
  if (next && text.slice(tokens[start + length - 1]!.end, next.start) === '-' && CAPITALISED.test(next.raw)) return true;
  const towns = lookup.index.byKey.get(tokens.slice(start, start + length).map((t) => t.key).join(' ')) ?? [];
  if (towns.some((c) => { const parts = lookup.index.townParts.get(c.label); return parts && partEnd(parts, text, tokens, start + length) !== undefined; })) return true;
  // "Halle in Westfalen", "Lage in Lippe": the name, then "in" and a region or district that holds it
  const within = next?.key === 'in' ? lookup.index.byKey.get(tokens[start + length + 1]?.key ?? '') : undefined;
  if (within && towns.some((c) => c.districtKey !== null && within.some((r) => r.districtKey === c.districtKey))) return true;
  // "Essen: wer ist unsere EAA?", "Standorte: Hamm, Essen.": the name is a phrase of its own between punctuation
  const first = tokens[start]!;
  const last = tokens[start + length - 1]!;
  if (/(?:^|[.!?:;,(–—]\s*)$/u.test(text.slice(0, first.start)) && /^\s*(?:$|[:;,.!?)–—])/u.test(text.slice(last.end))) return true;
  const joined = (at: number) => (rules.listJoiners.has(tokens[at]?.key ?? '') ? at + (at < start ? -1 : 1) : at);
  // a place found before, before a joining word or a comma ("Bochum, Essen"); not right before it ("mich in Köln wenden")
  const before = joined(start - 1);
  const listed = before !== start - 1 || text.slice(tokens[start - 1]?.end ?? 0, first.start).includes(',');
  if (listed && matches.some((m) => m.end === before + 1 && !m.postcode)) return true;
  // a plain place name after it ("Essen und Bochum")
  const after = tokens[joined(start + length)];
  return after !== undefined && (lookup.index.byKey.get(after.key)?.some((c) => !c.commonWord && !c.demonym && c.via !== 'region') ?? false);
}

// "in the Rhineland", "aus dem Rheinland": an article may stand between the place word and a region
const ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'the']);

/**
 * An everyday word counts as a place right after a place word ("in Lage", "EAA Siegen") or when it is all that is
 * said; a region name also after a place word and an article ("in the Rhineland").
 */
export function inPlaceContext(rules: MatchingRules, tokens: PlaceToken[], start: number, length: number, articleAllowed = false): boolean {
  const article = articleAllowed && ARTICLES.has(tokens[start - 1]?.key ?? '');
  const before = tokens[start - (article ? 2 : 1)];
  if (before && rules.contextBefore.has(before.key)) return true;
  return tokens.every((t, k) => (k >= start && k < start + length) || rules.contextBefore.has(t.key));
}
