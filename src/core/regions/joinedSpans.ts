import { editDistance } from '../text/editDistance.js';
import type { MatchingRules, PlaceMatch } from './matchPlaces.js';
import type { PlaceIndex } from './placeIndex.js';
import type { PlaceToken } from './placeText.js';

// a town and its Stadtteil stand next to each other: "Köln Mülheim", "Köln-Mülheim", "Bonn Bad Godesberg"
const PART_GAP = /^\s*-?\s*$/u;
const MAX_PART_TOKENS = 3;
// "Ketwig", "Wattenschied": one typo in a Stadtteil of six letters or more right after its town
const MIN_PART_TYPO_LENGTH = 6;

/**
 * "Köln Mülheim", "Düsseldorf Hamm", "Gelsenkirchen Buer": a Stadtteil the place data knows for the town right before
 * it (space or hyphen) joins the town's span, even when its name is also a place elsewhere (Mülheim an der Ruhr).
 */
export function joinTownParts(index: PlaceIndex, text: string, tokens: PlaceToken[], matches: PlaceMatch[], quote: (from: number, to: number) => string): PlaceMatch[] {
  const result: PlaceMatch[] = [];
  let skipBefore = -1;
  for (const match of matches) {
    if (match.start < skipBefore) continue;
    const towns = new Set(match.candidates.filter((c) => c.via === 'municipality').map((c) => c.label));
    const parts = towns.size === 1 && !match.postcode ? index.townParts.get([...towns][0]!) : undefined;
    const end = parts ? partEnd(parts, text, tokens, match.end) : undefined;
    // "Köln, Mülheim an der Ruhr": a longer name that starts with the Stadtteil's is that place
    const longer = matches.some((m) => m.start === match.end && end !== undefined && m.end > end);
    if (end === undefined || longer) { result.push(match); continue; }
    result.push({ ...match, text: quote(match.start, end), end });
    skipBefore = end;
  }
  return result;
}

/**
 * The end of the longest known Stadtteil name that starts at token `from`, joined to what stands before it by space or
 * hyphen; a one-word name of {@link MIN_PART_TYPO_LENGTH}+ letters also with one typo ("Bochum Wattenschied").
 */
export function partEnd(parts: ReadonlySet<string>, text: string, tokens: PlaceToken[], from: number): number | undefined {
  for (let length = Math.min(MAX_PART_TOKENS, tokens.length - from); length >= 1; length--) {
    const span = tokens.slice(from, from + length);
    const joined = span.every((t, k) => PART_GAP.test(text.slice((k === 0 ? tokens[from - 1]! : span[k - 1]!).end, t.start)));
    if (joined && parts.has(span.map((t) => t.key).join(' '))) return from + length;
  }
  const word = tokens[from];
  const joined = word && PART_GAP.test(text.slice(tokens[from - 1]!.end, word.start));
  const misspelt = joined && word.key.length >= MIN_PART_TYPO_LENGTH && [...parts].some((p) => !p.includes(' ') && editDistance(word.key, p, 1) <= 1);
  return misspelt ? from + 1 : undefined;
}

/**
 * "Köln-Mülheim", "Bochum-Wattenscheid": a name joined to a town by a hyphen is a part of that town, even when it
 * is also the name of a place elsewhere (Mülheim an der Ruhr); the part joins the town's span so the town decides.
 */
export function dropJoinedParts(text: string, tokens: PlaceToken[], matches: PlaceMatch[]): PlaceMatch[] {
  const kept: PlaceMatch[] = [];
  for (const match of matches) {
    const town = kept[kept.length - 1];
    const joined = town && !town.postcode && !match.postcode && town.end === match.start
      && text.slice(tokens[town.end - 1]!.end, tokens[match.start]!.start) === '-'
      && town.candidates.every((c) => c.via === 'municipality' || c.via === 'district')
      && new Set(town.candidates.map((c) => c.districtKey)).size === 1;
    if (joined) kept[kept.length - 1] = { ...town, text: `${town.text}-${match.text}`, end: match.end };
    else kept.push(match);
  }
  return kept;
}

const POSTCODE_DIGITS = 5;

/**
 * "PLZ 4 4 7 8 7", "in 44 787": digit groups of up to three, separated by single spaces and adding up to five digits,
 * are one postal code where a postal code is expected (a place word up to three words before, or nothing else said).
 */
export function joinSpacedPostcodes(rules: MatchingRules, text: string, tokens: PlaceToken[]): PlaceToken[] {
  const result: PlaceToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    let digits = '';
    while (j < tokens.length && tokens[j]!.numeric && tokens[j]!.raw.length <= 3 && digits.length < POSTCODE_DIGITS
      && (j === i || /^ $/u.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)))) digits += tokens[j++]!.raw;
    const last = tokens[j - 1];
    // five digits in groups, then whether a postal code is expected there
    const joined = j - i >= 2 && digits.length === POSTCODE_DIGITS && last && !tokens[j]?.numeric
      && (tokens.slice(Math.max(0, i - 3), i).some((t) => rules.contextBefore.has(t.key)) || (i === 0 && j === tokens.length));
    if (joined) {
      // raw keeps what was written ("44 787"), so that the words of the message that named the place are known
      result.push({ raw: text.slice(tokens[i]!.start, last.end), key: digits, numeric: true, start: tokens[i]!.start, end: last.end });
      i = j - 1;
    } else {
      result.push(tokens[i]!);
    }
  }
  return result;
}

