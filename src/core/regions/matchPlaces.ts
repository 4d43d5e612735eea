import { createRequire } from 'node:module';
import { foldGerman } from '../text/fold.js';
import type { PlaceCandidate, PlaceIndex } from './placeIndex.js';
import type { PostcodeIndex } from './postcodes.js';
import type { MatchingData } from './schema.js';
import { placeKey, tokenizePlaceText, type PlaceToken } from './placeText.js';
import { dropJoinedParts, joinSpacedPostcodes, joinTownParts } from './joinedSpans.js';
import { inPlaceContext, readsAsPlace } from './placeContext.js';

/** The word lists of `data/regions/matching.json`, folded, plus the German and English stop words. */
export interface MatchingRules {
  /** Keys of phrases that contain a place name but do not mean it ("westfalen lippe"). */
  ignorePhrases: ReadonlySet<string>;
  /** The longest ignored phrase in tokens. */
  maxPhraseTokens: number;
  contextBefore: ReadonlySet<string>;
  notPostcodeAfter: ReadonlySet<string>;
  notPlaces: ReadonlySet<string>;
  stopWords: ReadonlySet<string>;
  placeStatementWords: ReadonlySet<string>;
  /** Keys of words that put a person's name after them ("frau", "mein name ist"); up to {@link maxPersonTokens} words. */
  personBefore: ReadonlySet<string>;
  maxPersonTokens: number;
  /** Articles, contracted prepositions and possessives: a town name that is also a word is that word after them ("beim Essen", "die Lage"). */
  nounBefore: ReadonlySet<string>;
  /** Words that join the places of a list ("in Bochum, Essen und Dortmund"). */
  listJoiners: ReadonlySet<string>;
  /** Words after which a town name that is also a word names the town ("our Essen branch"). */
  contextAfter: ReadonlySet<string>;
  /** Words of an office right before "in"/"aus": the place after them is the office's seat ("LWL-Inklusionsamt in Münster"). */
  officeBefore: ReadonlySet<string>;
  /** Words right before a place that deny it ("nicht Köln, sondern Bonn", "not Cologne but Bonn"). */
  deniedBefore: ReadonlySet<string>;
}

/** A span of the question that names a place, or a postal code. */
export interface PlaceMatch {
  /** The span as the user wrote it. */
  text: string;
  candidates: readonly PlaceCandidate[];
  corrected: boolean;
  postcode: boolean;
  /** Token positions of the span, end exclusive. */
  start: number;
  end: number;
  /** The place is where an office named right before it sits ("das LWL-Inklusionsamt in Münster"), perhaps not the business. */
  officeSeat?: boolean;
}

const MIN_TYPO_LENGTH = 6;
const SEAT_PREPOSITIONS = new Set(['in', 'im']);
const require = createRequire(import.meta.url);

/** Folds the word lists once at start-up. */
export function buildMatchingRules(data: MatchingData): MatchingRules {
  const stop = require('stopwords-iso/stopwords-iso.json') as Record<'de' | 'en', string[]>;
  return {
    ignorePhrases: new Set(data.ignorePhrases.map(placeKey)),
    maxPhraseTokens: Math.max(0, ...data.ignorePhrases.map((p) => placeKey(p).split(' ').length)),
    contextBefore: new Set(data.contextBefore.map(foldGerman)),
    notPostcodeAfter: new Set(data.notPostcodeAfter.map(foldGerman)),
    notPlaces: new Set(data.notPlaces.map(placeKey)),
    stopWords: new Set([...stop.de, ...stop.en].map(foldGerman)),
    placeStatementWords: new Set(data.placeStatementWords.map(foldGerman)),
    personBefore: new Set(data.personBefore.map(placeKey)),
    maxPersonTokens: Math.max(0, ...data.personBefore.map((p) => placeKey(p).split(' ').length)),
    nounBefore: new Set(data.nounBefore.map(foldGerman)),
    listJoiners: new Set(data.listJoiners.map(foldGerman)),
    contextAfter: new Set(data.contextAfter.map(foldGerman)),
    officeBefore: new Set(data.officeBefore.map(foldGerman)),
    deniedBefore: new Set(data.deniedBefore.map(foldGerman)),
  };
}

/** The indexes and word lists a match needs. */
export type Lookup = { index: PlaceIndex; postcodes: PostcodeIndex; matching: MatchingRules };

/**
 * Finds postal codes and place names in a question, and misspelt place names when nothing matched exactly.
 * @remarks One exception to "exact first": a misspelt word right before an exact short name may complete it
 * ("Bergish Gladbach" is Bergisch Gladbach, not the ambiguous "Gladbach").
 */
export function matchPlaces(lookup: Lookup, text: string, tokens: PlaceToken[] = placeTokens(lookup.matching, text)): PlaceMatch[] {
  const quote = (from: number, to: number) => quoteSpan(text, tokens[from]!.start, tokens[to - 1]!.end);
  // "Frau Hamm", "mein Name ist Hamm": a person's name, never a place
  const used = personNames(lookup.matching, tokens);
  const matches: PlaceMatch[] = [];

  tokens.forEach((token, i) => {
    const candidates = token.numeric && token.key.length === 5 ? postcodeCandidates(lookup, tokens, i) : undefined;
    if (candidates) { matches.push({ text: token.raw, candidates, corrected: false, postcode: true, start: i, end: i + 1 }); used.add(i); }
  });

  const window = Math.max(lookup.index.maxTokens, lookup.matching.maxPhraseTokens);
  const longestFrom = longestSpans(lookup);
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    // a span longer than every name and ignored phrase that starts with this word finds nothing: not tried
    for (let length = Math.min(window, tokens.length - i, longestFrom.get(tokens[i]!.key) ?? 1); length >= 1; length--) {
      const key = length === 1 ? tokens[i]!.key : tokens.slice(i, i + length).map((t) => t.key).join(' ');
      const ignored = lookup.matching.ignorePhrases.has(key);
      const candidates = ignored ? undefined : lookup.index.byKey.get(key);
      const regionOnly = !!candidates && candidates.every((c) => c.via === 'region');
      if (!ignored && (!candidates || (candidates.some((c) => c.commonWord) && !readsAsPlace(lookup, text, tokens, matches, i, length, regionOnly)))) continue;
      if (candidates) matches.push({ text: quote(i, i + length), candidates, corrected: false, postcode: false, start: i, end: i + length });
      for (let k = i; k < i + length; k++) used.add(k);
      i += length - 1;
      break;
    }
  }

  addTypoMatches(lookup, tokens, used, matches, quote);
  const sorted = matches.sort((a, b) => a.start - b.start);
  const rules = lookup.matching;
  return dropJoinedParts(text, tokens, joinTownParts(lookup.index, text, tokens, sorted, quote)).map((m) =>
    (m.start >= 2 && SEAT_PREPOSITIONS.has(tokens[m.start - 1]!.key) && rules.officeBefore.has(tokens[m.start - 2]!.key) ? { ...m, officeSeat: true } : m));
}

/** The words of a text as place matching reads them: place tokens, with a postal code typed in groups joined ("44 787"). */
export function placeTokens(rules: MatchingRules, text: string): PlaceToken[] {
  return joinSpacedPostcodes(rules, text, tokenizePlaceText(text));
}

/** Positions of the words right after a word that announces a person's name ("Frau Hamm", "mein Name ist Hamm"). */
function personNames(rules: MatchingRules, tokens: readonly PlaceToken[]): Set<number> {
  const names = new Set<number>();
  const lastWords = personLastWords(rules);
  for (let i = 1; i < tokens.length; i++) {
    // an announcing phrase that ends right before this word ends with that word
    if (!lastWords.has(tokens[i - 1]!.key)) continue;
    for (let length = 1; length <= Math.min(rules.maxPersonTokens, i); length++) {
      const key = length === 1 ? tokens[i - 1]!.key : tokens.slice(i - length, i).map((t) => t.key).join(' ');
      if (rules.personBefore.has(key)) names.add(i);
    }
  }
  return names;
}

const lastWordsByRules = new WeakMap<MatchingRules, ReadonlySet<string>>();

/** The last word of each phrase that announces a person's name; built once. */
function personLastWords(rules: MatchingRules): ReadonlySet<string> {
  let words = lastWordsByRules.get(rules);
  if (!words) lastWordsByRules.set(rules, (words = new Set([...rules.personBefore].map((key) => key.slice(key.lastIndexOf(' ') + 1)))));
  return words;
}

const longestByLookup = new WeakMap<PlaceIndex, WeakMap<MatchingRules, ReadonlyMap<string, number>>>();

/** For each first word of a place name or ignored phrase, the most words such a name or phrase has; built once. */
function longestSpans({ index, matching }: Lookup): ReadonlyMap<string, number> {
  let byRules = longestByLookup.get(index);
  if (!byRules) longestByLookup.set(index, (byRules = new WeakMap()));
  let longest = byRules.get(matching);
  if (!longest) {
    const map = new Map<string, number>();
    for (const key of [...index.byKey.keys(), ...matching.ignorePhrases]) {
      const words = key.split(' ');
      map.set(words[0]!, Math.max(map.get(words[0]!) ?? 1, words.length));
    }
    byRules.set(matching, (longest = map));
  }
  return longest;
}

/**
 * Adds misspelt names: single words only when no exact place was found, word pairs also to complete one. An informal
 * region alone ("im Ruhrgebiet, Sitz in Gelsenkirchn") does not stop the search: the misspelt town narrows it down.
 */
function addTypoMatches(lookup: Lookup, tokens: PlaceToken[], used: ReadonlySet<number>, matches: PlaceMatch[], quote: (from: number, to: number) => string): void {
  const exactFound = matches.some((m) => !m.candidates.every((c) => c.region !== undefined));
  const rules = lookup.matching;
  const eligible = (i: number) => {
    const t = tokens[i];
    return t !== undefined && !used.has(i) && !t.numeric && t.key.length >= MIN_TYPO_LENGTH
      && !rules.stopWords.has(t.key) && !rules.contextBefore.has(t.key) && !rules.notPlaces.has(t.key);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!eligible(i)) continue;
    const nextExact = matches.findIndex((m) => !m.postcode && m.start === i + 1 && m.end === i + 2);
    const pair = nextExact >= 0 || (!exactFound && eligible(i + 1)) ? lookup.index.typo.find(`${tokens[i]!.key} ${tokens[i + 1]!.key}`) : undefined;
    const single = exactFound ? undefined : lookup.index.typo.find(tokens[i]!.key);
    if (pair && (!single || pair.score <= single.score)) {
      if (nextExact >= 0) matches.splice(nextExact, 1);
      matches.push({ text: quote(i, i + 2), candidates: lookup.index.byKey.get(pair.key)!, corrected: true, postcode: false, start: i, end: i + 2 });
      i += 1;
    } else if (single) {
      matches.push({ text: quote(i, i + 1), candidates: lookup.index.byKey.get(single.key)!, corrected: true, postcode: false, start: i, end: i + 1 });
    }
  }
}

/**
 * A five-digit number is a postal code unless an amount word follows it ("50000 Euro"). One that no German place
 * has ("99999") counts only where a postal code is expected (a place word up to three words before, or nothing else said).
 */
function postcodeCandidates(lookup: Lookup, tokens: PlaceToken[], i: number): PlaceCandidate[] | undefined {
  // the digits: "44 787" was joined to one token whose key is "44787"
  const code = tokens[i]!.key;
  const next = tokens[i + 1];
  if (next && lookup.matching.notPostcodeAfter.has(next.key)) return undefined;
  const places = lookup.postcodes.placesOf(code);
  if (!places) {
    // "PLZ 99999", "Unsere PLZ ist 99999", "in 99999": a place word shortly before
    const expected = inPlaceContext(lookup.matching, tokens, i, 1) || tokens.slice(Math.max(0, i - 3), i).some((t) => lookup.matching.contextBefore.has(t.key));
    return expected ? [{ label: '', districtKey: null, via: 'outside', commonWord: false, demonym: false }] : undefined;
  }
  const nrw = lookup.postcodes.nrw.get(code);
  if (!nrw) return [{ label: places.join(', '), districtKey: null, via: 'outside', commonWord: false, demonym: false }];
  return nrw.map((m) => ({ label: m.name, districtKey: m.district, via: 'postcode', commonWord: false, demonym: false }));
}

/** The text of a span, with the closing bracket of a name like "Halle (Westf.)" that the tokens leave out. */
function quoteSpan(text: string, start: number, end: number): string {
  const span = text.slice(start, end);
  const close = text.indexOf(')', end);
  return span.includes('(') && !span.includes(')') && close >= 0 && close - end <= 1 ? text.slice(start, close + 1) : span;
}
