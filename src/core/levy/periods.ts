import { germanNumberWord } from './numberWords.js';

/** Months of a calendar year, 1 = January; `to` is included. */
export interface MonthRange {
  from: number;
  to: number;
}

/** A month range found in a (lower-case) text, with where it stands. */
export interface FoundRange extends MonthRange {
  start: number;
  end: number;
}

/** The months' full names, German and English, 1 = January. */
export const FULL_MONTH_NAMES: Readonly<Record<string, number>> = {
  januar: 1, january: 1, februar: 2, february: 2, märz: 3, maerz: 3, march: 3, april: 4, mai: 5, may: 5, juni: 6, june: 6,
  juli: 7, july: 7, august: 8, september: 9, oktober: 10, october: 10, november: 11, dezember: 12, december: 12,
};
const MONTH_NAMES: Record<string, number> = {
  ...FULL_MONTH_NAMES,
  jan: 1, jänner: 1, feb: 2, mär: 3, mrz: 3, apr: 4, jun: 6, jul: 7, aug: 8, sept: 9, sep: 9, okt: 10, oct: 10, nov: 11, dez: 12, dec: 12,
};
const MONTH = `(${Object.keys(MONTH_NAMES).sort((a, b) => b.length - a.length).join('|')})\\.?`;
// "Anfang Juli", "Ende Juni", "the end of June": the month itself counts
const EDGE = '(?:(?:anfang|ende|mitte|beginning of|end of|the end of)\\s+)?';
// "1. Juli", "15.7.": a day before the month; the month counts as a whole (the Anzeige counts by month, § 163 Abs. 2 SGB IX)
const DAY = '(?:(?:dem\\s+)?\\d{1,2}\\.\\s*)?';
const COUNT = '(\\d{1,2}|[a-zäöüß]+)';

const month = (name: string | undefined): number => MONTH_NAMES[name ?? ''] ?? 0;
const monthsCount = (word: string | undefined): number => {
  if (word === undefined) return 0;
  const english: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
  const value = /^\d+$/u.test(word) ? Number(word) : english[word] ?? (word === 'einen' || word === 'einem' ? 1 : germanNumberWord(word));
  return value !== undefined && value >= 1 && value <= 12 ? value : 0;
};

type Reader = (m: RegExpExecArray) => MonthRange | undefined;

/** A cheap test that a text may hold a period at all: a month name's start, "Monat", "Jahr", a half or a day and month in digits. */
const MAY_HOLD_PERIOD = /jan|feb|mär|maer|mrz|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|monat|month|jahr|year|hälfte|half|\d\.\s?\d{1,2}\./u;

/** The forms of a period, most specific first; each gives the months it covers. */
const FORMS: readonly { pattern: RegExp; read: Reader }[] = [
  // "von Januar bis Juni", "Januar–Juni", "from January to June", "between March and May"
  {
    pattern: new RegExp(`\\b(?:(?:von|vom|from|between)\\s+)?${EDGE}${DAY}${MONTH}\\s*(?:bis(?:\\s+(?:einschließlich|einschl\\.?|zum|ende))?|[-–]|to|until|till|through|thru|and)\\s*${EDGE}${DAY}${MONTH}(?![\\p{L}])`, 'gu'),
    read: (m) => ({ from: month(m[1]), to: month(m[2]) }),
  },
  // "seit Juli", "ab dem 1. April", "since July", "from April on", "starting in March"
  { pattern: new RegExp(`\\b(?:seit|ab|since|from|starting(?:\\s+in)?|beginning\\s+in)\\s+${EDGE}${DAY}${MONTH}(?![\\p{L}])`, 'gu'), read: (m) => ({ from: month(m[1]), to: 12 }) },
  // "die dritte kam erst im Juli dazu", "er wurde erst im Mai eingestellt", "she only joined in July": there from that month on
  // (a word of joining follows the month; "wenn wir erst im Mai überweisen" is no period of people)
  {
    pattern: new RegExp(`\\berst\\s+(?:im|in|ab|seit)\\s+${EDGE}${DAY}${MONTH}(?=\\s+(?:\\S+\\s+)?(?:dazu|hinzu|dazugekommen|hinzugekommen|gekommen|eingestellt|angestellt|angefangen|begonnen|eingetreten|dabei)\\b)|\\b(?:joined|started|came)\\s+(?:us\\s+)?(?:only\\s+)?in\\s+${EDGE}${MONTH}(?![\\p{L}])`, 'gu'),
    read: (m) => ({ from: month(m[1] ?? m[2]), to: 12 }),
  },
  // "seit dem 1.7.", "ab 01.04."
  { pattern: /\b(?:seit|ab|since|from)\s+(?:dem\s+)?\d{1,2}\.\s?(\d{1,2})\.(?!\d)/gu, read: (m) => ({ from: Number(m[1]), to: 12 }) },
  // "bis Juni", "bis Ende Juni", "until June" (a day before the month is a deadline, not a period)
  { pattern: new RegExp(`\\b(?:bis|until|till)\\s+(?:(?:ende|end of)\\s+)?${MONTH}(?![\\p{L}])`, 'gu'), read: (m) => ({ from: 1, to: month(m[1]) }) },
  // "nur im März", "only in March"
  { pattern: new RegExp(`\\b(?:nur|only)\\s+(?:im|in)\\s+${MONTH}(?![\\p{L}])`, 'gu'), read: (m) => ({ from: month(m[1]), to: month(m[1]) }) },
  { pattern: /\b(?:zweite[nr]?\s+jahreshälfte|zweite[nr]?\s+hälfte\s+des\s+jahres|zweite[ns]?\s+halbjahr|second\s+half(?:\s+of\s+the\s+year)?)/gu, read: () => ({ from: 7, to: 12 }) },
  // "ein halbes Jahr", "die erste Jahreshälfte", "half the year", "the first half of the year"
  { pattern: /\b(?:(?:ein\s+)?halbe[ns]?\s+jahr|(?:erste[nr]?\s+)?jahreshälfte|erste[nr]?\s+hälfte\s+des\s+jahres|erste[nr]?\s+halbjahr|half\s+(?:a|the)\s+year|(?:first\s+)?half\s+of\s+the\s+year)/gu, read: () => ({ from: 1, to: 6 }) },
  // "drei Monate", "für 3 Monate", "seit vier Monaten", "for three months"
  { pattern: new RegExp(`\\b${COUNT}\\s+(?:monate?n?|months?)\\b`, 'gu'), read: (m) => { const n = monthsCount(m[1]); return n > 0 ? { from: 1, to: n } : undefined; } },
  // "das ganze Jahr", "ganzjährig", "all year", "the whole year": the whole year, said to undo a shorter period
  { pattern: /\b(?:(?:das\s+|im\s+)?ganze[nr]?\s+jahr|ganzjährig|(?:das\s+)?volle[ns]?\s+jahr|all\s+year|(?:the\s+)?(?:whole|entire|full)\s+year)\b/gu, read: () => ({ from: 1, to: 12 }) },
];

/**
 * The month ranges a lower-case text names ("von Januar bis Juni", "seit Juli", "für drei Monate", "das ganze
 * Jahr", "from January to June"), each once, in text order; a range that runs backwards ("Juli bis März") is left out.
 */
export function findMonthRanges(text: string): FoundRange[] {
  // most messages name no month, "Monat", year half or date: one scan instead of every form
  if (!MAY_HOLD_PERIOD.test(text)) return [];
  const found: FoundRange[] = [];
  // a span read once, also as a range that runs backwards, is not read again by a shorter form ("bis März")
  const taken: { start: number; end: number }[] = [];
  for (const { pattern, read } of FORMS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((f) => start < f.end && end > f.start)) continue;
      taken.push({ start, end });
      const range = read(m as RegExpExecArray);
      if (range && range.from >= 1 && range.to <= 12 && range.from <= range.to) found.push({ ...range, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The twelve monthly values of `count` people present in `range` and absent otherwise. */
export function monthlyCounts(count: number, range: MonthRange): number[] {
  return Array.from({ length: 12 }, (_, i) => (i + 1 >= range.from && i + 1 <= range.to ? count : 0));
}

/** True when the range is the whole calendar year. */
export const isWholeYear = (range: MonthRange): boolean => range.from === 1 && range.to === 12;
