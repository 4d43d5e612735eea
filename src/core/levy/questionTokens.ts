/** A piece of a levy question: a number (digits or a number word), a word, or a break between phrases. */
export type QuestionToken =
  /** `approximate`: an approximation stood right before it ("knapp 60", "gut 100", "so um die 90"). */
  | { kind: 'number'; value: number; written: 'digits' | 'word' | 'article'; yearLike: boolean; approximate?: true }
  | { kind: 'word'; text: string }
  | { kind: 'break'; text: string }
  /** A month range ("von Januar bis Juni", "seit Juli"); it also ends the phrase before it. */
  | { kind: 'period'; from: number; to: number };

import type { MessageReader } from '../text/analysedMessage.js';
import { forEachMatch } from '../text/matches.js';
import { englishNumberWords, germanNumberWord, isEnglishNumberWord } from './numberWords.js';
import { findMonthRanges } from './periods.js';


/** Words that are a count only next to a disability word: "einen schwerbehinderten …", "keine …", "no disabled …". */
const ARTICLE_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, eins: 1, one: 1, a: 1, an: 1,
  kein: 0, keine: 0, keinen: 0, keinem: 0, keiner: 0, null: 0, niemand: 0, niemanden: 0, no: 0, none: 0, zero: 0, nobody: 0,
}));

/** "ca. 90", "rund 150", "about 120": an approximation says nothing about what is counted, so it is left out. */
const APPROXIMATIONS = new Set([
  'ca', 'circa', 'zirka', 'rund', 'etwa', 'ungefähr', 'ungefaehr', 'annähernd', 'knapp', 'gut', 'gute', 'schätzungsweise', 'geschätzt',
  'about', 'around', 'approx', 'approximately', 'roughly', 'nearly', 'almost', 'some',
]);
// "so um die 90", "so an die 90": spoken approximations of several words
const SPOKEN_APPROXIMATION = /\b(?:so\s+)?(?:um|an)\s+die\s+(?=\d|\p{L}+(?:zig|hundert|tausend)\b)/gu;

const MONTHS = 'januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|mrz|apr|jun|jul|aug|sept?|okt|nov|dez|january|february|march|june|july|october|december';

// Dates are never counts: "31.3.", "31.03.2026", "31. März", "2026-03-31", "March 31st", "31st of March".
const DATE_PATTERNS = [
  /\b\d{4}-\d{2}-\d{2}\b/gu,
  /(?<![\d.,])\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?(?![\d,])/gu,
  new RegExp(`(?<![\\d.,])\\d{1,2}(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTHS})\\b`, 'gu'),
  new RegExp(`\\b(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'gu'),
];

// "3/80 besetzt": a part over its whole reads as "3 von 80" (dates are gone by then)
const PART_SLASH_WHOLE = /(?<![\d.,])(\d+)\s?\/\s?(\d+)(?![\d.,])/gu;

// a month range found before the dates are taken out stands in the text as \uE000from-to\uE001
const PERIOD_MARK = /\uE000(\d+)-(\d+)\uE001/u;
const TOKEN = /(\uE000\d+-\d+\uE001)|(\d+(?:[.,]\d+)*)|([\p{L}§%€]+(?:-[\p{L}]+)*)|([,;.!?:()=–—/]|\s-\s)/gu;

const UNIT = /^(?:prozent|%|percent|euro|€|eur|monat|months?$|jahr|years?$|stunden|std|hours?$|h$|wochen|weeks?$|tage|days?$|mal$|times$|gdb$)/u;

/** "12 Stunden", "5 %", "drei Monate": a word after a number that makes it a measure, not a count of people or places. */
export const isUnitWord = (word: string): boolean => UNIT.test(word);

/** The token after `i` is a unit word: the number at `i` is a measure ("mit 12 Stunden die Woche"), not a count. */
export function measuredAt(tokens: readonly QuestionToken[], i: number): boolean {
  const next = tokens[i + 1];
  return next?.kind === 'word' && isUnitWord(next.text);
}

/** "1.000" and "1,000" are thousands; "2,5" and "2.5" are decimals. */
function parseNumber(raw: string): number {
  if (/^\d{1,3}(?:\.\d{3})+$/u.test(raw) || /^\d{1,3}(?:,\d{3})+$/u.test(raw)) return Number(raw.replace(/[.,]/gu, ''));
  return Number(raw.replace(',', '.'));
}

/** "eine Behinderung", "einen Schwerbehindertenausweis", "a disability": the condition, not a person; an article before it is no count. */
const CONDITION = /^(?:schwer-?)?behinderung|^schwer-?behindertenausweis|^ausweis|^gdb$|^grad$|^disabilit|^handicap/u;

// "einer schweren Behinderung", "a severe disability": the adjective between article and condition
const SEVERE = new Set(['schwere', 'schweren', 'schwerer', 'severe']);

/** The word an article stands for: the next one, past "schwere"/"severe". */
const nounAfter = (words: readonly (string | undefined)[], i: number): string | undefined => (SEVERE.has(words[i + 1] ?? '') ? words[i + 2] : words[i + 1]);

/** "Arbeits-Plätze", "Schwer-Behinderung" (Einfache Sprache): parts of three letters or more are joined again. */
const joinParts = (word: string): string => (word.includes('-') && word.split('-').every((part) => part.length >= 3) ? word.replace(/-/gu, '') : word);

/** English number words read together: "one hundred and twenty" is one number; a lone "one" stays an article. */
function englishNumberAt(words: readonly (string | undefined)[], i: number): { value: number; length: number } | undefined {
  const parts: string[] = [];
  // "a hundred", "a thousand": the article is the one of "one hundred"
  let j = (words[i] === 'a' || words[i] === 'an') && (words[i + 1] === 'hundred' || words[i + 1] === 'thousand') ? i + 1 : i;
  while (j < words.length) {
    const word = words[j];
    if (word !== undefined && isEnglishNumberWord(word)) parts.push(word);
    else if (!(word === 'and' && parts.length > 0 && words[j + 1] !== undefined && isEnglishNumberWord(words[j + 1]!))) break;
    j++;
  }
  if (parts.length === 0 || (parts.length === 1 && ARTICLE_WORDS.has(parts[0]!))) return undefined;
  const value = englishNumberWords(parts);
  return value === undefined ? undefined : { value, length: j - i };
}

/** A German number word that is not an article ("hundertzwanzig", "drei"; not "ein", "eine", "eins"). */
const germanCount = (word: string): number | undefined => (ARTICLE_WORDS.has(word) ? undefined : germanNumberWord(word));

/** Splits a question into numbers, words and breaks, after taking dates and approximations out. */
export function tokenizeQuestion(text: string): QuestionToken[] {
  // toLowerCase is toLocaleLowerCase('de') without its locale lookup (test/core/text/lowerCase.test.ts)
  let clean = text.toLowerCase().replace(SPOKEN_APPROXIMATION, ' ca ');
  for (const range of findMonthRanges(clean).reverse()) clean = `${clean.slice(0, range.start)} \uE000${range.from}-${range.to}\uE001 ${clean.slice(range.end)}`;
  // every date and every part over its whole has a digit: a text without one has neither
  if (/\d/u.test(clean)) {
    for (const pattern of DATE_PATTERNS) clean = clean.replace(pattern, ' ; ');
    clean = clean.replace(PART_SLASH_WHOLE, (whole, part: string, all: string) => (Number(part) < Number(all) ? `${part} von ${all}` : whole));
  }
  const tokens: QuestionToken[] = [];
  // the positions the tokens right after an approximation take
  const approximated = new Set<number>();
  const pieces: RegExpExecArray[] = [];
  forEachMatch(TOKEN, clean, (piece) => pieces.push(piece));
  const words = pieces.map((p) => p[3]);
  for (let i = 0; i < pieces.length; i++) {
    const [, period, digits, word, mark] = pieces[i]!;
    const range = period === undefined ? undefined : PERIOD_MARK.exec(period);
    if (range) {
      tokens.push({ kind: 'period', from: Number(range[1]), to: Number(range[2]) });
    } else if (digits !== undefined) {
      tokens.push({ kind: 'number', value: parseNumber(digits), written: 'digits', yearLike: /^(?:19|20)\d{2}$/u.test(digits) });
    } else if (word !== undefined && APPROXIMATIONS.has(word)) {
      if (pieces[i + 1]?.[4] === '.') i++;
      approximated.add(tokens.length);
    } else if (word !== undefined) {
      const english = englishNumberAt(words, i);
      const german = english ? undefined : germanCount(word);
      if (english) {
        tokens.push({ kind: 'number', value: english.value, written: 'word', yearLike: false });
        i += english.length - 1;
      } else if (german !== undefined) {
        tokens.push({ kind: 'number', value: german, written: 'word', yearLike: false });
      } else if (ARTICLE_WORDS.has(word) && !CONDITION.test(joinParts(nounAfter(words, i) ?? ''))) {
        tokens.push({ kind: 'number', value: ARTICLE_WORDS.get(word)!, written: 'article', yearLike: false });
      } else {
        tokens.push({ kind: 'word', text: joinParts(word) });
      }
    } else if (mark !== undefined) {
      tokens.push({ kind: 'break', text: mark.trim() });
    }
  }
  for (const at of approximated) {
    const next = tokens[at];
    if (next?.kind === 'number') next.approximate = true;
  }
  return tokens;
}

/** The levy tokens of the turn's message, read once for the levy parser and the levy follow-up (not to be changed). */
export const levyTokens: MessageReader<QuestionToken[]> = (message) => tokenizeQuestion(message.text);
