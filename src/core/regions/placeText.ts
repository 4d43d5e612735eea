import { foldGerman } from '../text/fold.js';
import { forEachMatch } from '../text/matches.js';

/** One word of a question, for place matching. */
export interface PlaceToken {
  raw: string;
  /** Folded (see {@link foldGerman}) and with German case endings around "Kreis" removed. */
  key: string;
  numeric: boolean;
  /** Start and end offset in the original text, to quote what the user wrote. */
  start: number;
  end: number;
}

// Words, numbers, and the euro sign (for "50000 €"); an apostrophe inside a word joins it ("M'gladbach").
const WORD = /[\p{L}\p{N}]+(?:['’`][\p{L}]+)*|€/gu;
const APOSTROPHES = /['’`]/g;
// Adjectives before "Kreis" are inflected in sentences: "im Märkischen Kreis", "des Oberbergischen Kreises".
const ADJECTIVE_ENDING = /(?:er|en|em|es)$/;
// Adjectives of place are inflected too, also without "Kreis": "im Oberbergischen", "aus dem Sauerländischen",
// "Bergisches Land" — every form keys as the stem ("oberbergisch"), in names and in questions alike.
const ISCH_INFLECTION = /(?<=isch)(?:e|en|em|er|es)$/u;
/** A token of digits only (a postal code, a count). */
const NUMERIC = /^\p{N}+$/u;

/** Splits a text into place tokens; hyphens, slashes, brackets and dots separate words. */
export function tokenizePlaceText(text: string): PlaceToken[] {
  const tokens: PlaceToken[] = [];
  const normalized = text.normalize('NFC');
  forEachMatch(WORD, normalized, (match) => {
    const raw = match[0];
    const start = match.index;
    const folded = foldGerman(raw.replace(APOSTROPHES, ''));
    const key = folded.includes('isch') ? folded.replace(ISCH_INFLECTION, '') : folded;
    tokens.push({ raw, key, numeric: NUMERIC.test(raw), start, end: start + raw.length });
  });
  normaliseKreisInflection(normalized, tokens);
  return tokens;
}

/** The lookup key of a place name: its token keys joined by single spaces ("Rhein-Sieg-Kreis" → "rhein sieg kreis"). */
export function placeKey(name: string): string {
  return tokenizePlaceText(name).map((t) => t.key).join(' ');
}

/**
 * "kreises" → "kreis", and "märkischen kreis" → "markisch kreis", in place. Only an adjective directly before "Kreis"
 * (a space between them) is inflected: in "Hilden (Kreis ME)" or "Hilden, Kreis Mettmann" the word is a town.
 */
function normaliseKreisInflection(text: string, tokens: PlaceToken[]): void {
  for (const token of tokens) {
    if (token.key.endsWith('kreises')) token.key = token.key.slice(0, -2);
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (tokens[i + 1]!.key === 'kreis' && /^\s+$/u.test(text.slice(token.end, tokens[i + 1]!.start)) && token.key.length > 5 && ADJECTIVE_ENDING.test(token.key)) {
      token.key = token.key.slice(0, -2);
    }
  }
}
