/** A piece of a levy question: a number (digits or a number word), a word, or a break between phrases. */
export type QuestionToken =
  | { kind: 'number'; value: number; written: 'digits' | 'word' | 'article'; yearLike: boolean }
  | { kind: 'word'; text: string }
  | { kind: 'break'; text: string };

const NUMBER_WORDS: Record<string, number> = {
  zwei: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwoelf: 12,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** Words that are a count only next to a disability word: "einen schwerbehinderten …", "keine …", "no disabled …". */
const ARTICLE_WORDS: Record<string, number> = {
  ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, eins: 1, one: 1, a: 1, an: 1,
  kein: 0, keine: 0, keinen: 0, keinem: 0, keiner: 0, null: 0, niemand: 0, niemanden: 0, no: 0, none: 0, zero: 0, nobody: 0,
};

const MONTHS = 'januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|mrz|apr|jun|jul|aug|sept?|okt|nov|dez|january|february|march|june|july|october|december';

// Dates are never counts: "31.3.", "31.03.2026", "31. März", "2026-03-31", "March 31st", "31st of March".
const DATE_PATTERNS = [
  /\b\d{4}-\d{2}-\d{2}\b/gu,
  /(?<![\d.,])\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?(?![\d,])/gu,
  new RegExp(`(?<![\\d.,])\\d{1,2}(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTHS})\\b`, 'gu'),
  new RegExp(`\\b(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'gu'),
];

const TOKEN = /(\d+(?:[.,]\d+)*)|([\p{L}§%€]+(?:-[\p{L}]+)*)|([,;.!?:()=–—]|\s-\s)/gu;

/** "1.000" and "1,000" are thousands; "2,5" and "2.5" are decimals. */
function parseNumber(raw: string): number {
  if (/^\d{1,3}(?:\.\d{3})+$/u.test(raw) || /^\d{1,3}(?:,\d{3})+$/u.test(raw)) return Number(raw.replace(/[.,]/gu, ''));
  return Number(raw.replace(',', '.'));
}

/** "mit einer Behinderung": an article after "mit"/"with" belongs to the noun, it is no count. */
function afterWith(tokens: QuestionToken[]): boolean {
  const last = tokens[tokens.length - 1];
  return last?.kind === 'word' && (last.text === 'mit' || last.text === 'with');
}

/** Splits a question into numbers, words and breaks, after taking dates out. */
export function tokenizeQuestion(text: string): QuestionToken[] {
  let clean = text.toLocaleLowerCase('de');
  for (const pattern of DATE_PATTERNS) clean = clean.replace(pattern, ' ; ');
  const tokens: QuestionToken[] = [];
  for (const [, digits, word, mark] of clean.matchAll(TOKEN)) {
    if (digits !== undefined) {
      tokens.push({ kind: 'number', value: parseNumber(digits), written: 'digits', yearLike: /^(?:19|20)\d{2}$/u.test(digits) });
    } else if (word !== undefined && word in NUMBER_WORDS) {
      tokens.push({ kind: 'number', value: NUMBER_WORDS[word]!, written: 'word', yearLike: false });
    } else if (word !== undefined && word in ARTICLE_WORDS && !afterWith(tokens)) {
      tokens.push({ kind: 'number', value: ARTICLE_WORDS[word]!, written: 'article', yearLike: false });
    } else if (word !== undefined) {
      tokens.push({ kind: 'word', text: word });
    } else if (mark !== undefined) {
      tokens.push({ kind: 'break', text: mark.trim() });
    }
  }
  return tokens;
}
