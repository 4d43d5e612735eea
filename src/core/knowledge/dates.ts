/**
 * Calendar dates of the content: source dates that may be a day, a month or only a year ("2025-12-01", "2025-12",
 * "2025"), review dates, and the validity periods of facts. All dates are ISO strings; `today` is passed in, never read.
 */

/** A date as precise as its source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** The newest of some partial dates (a month sorts after the days before it), or undefined for none. */
export function newestDate(dates: readonly (string | undefined)[]): string | undefined {
  return dates.filter((d): d is string => d !== undefined).reduce<string | undefined>((newest, d) => (newest === undefined || lastDayOf(d) > lastDayOf(newest) ? d : newest), undefined);
}

/** The oldest of some partial dates (a month sorts before the days in it, since it may stand for the first), or undefined for none. */
export function oldestDate(dates: readonly (string | undefined)[]): string | undefined {
  // ISO text order is first-day order: a prefix ("2025-07") sorts before every day it stands for.
  return dates.filter((d): d is string => d !== undefined).sort()[0];
}

/** The last day a partial date can stand for: "2025" → "2025-12-31", "2025-02" → "2025-02-28". */
export function lastDayOf(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [year, month] = date.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date}-${String(day).padStart(2, '0')}`;
}

/** The calendar day of a Date in UTC as `YYYY-MM-DD` (the bot's clock turned into the `today` core functions take). */
export const isoDay = (now: Date): string => now.toISOString().slice(0, 10);

/** `date` plus whole days, as `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  return isoDay(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
}

/** Something valid from and/or until a day (both inclusive). */
export interface ValidityPeriod {
  validFrom?: string | undefined;
  validUntil?: string | undefined;
}

/** Where `today` stands against a validity period. */
export type ValidityState = 'notYet' | 'valid' | 'ended';

/** Whether a period has not started, holds, or has ended on `today`. */
export function validityOn(period: ValidityPeriod, today: string): ValidityState {
  if (period.validFrom !== undefined && today < period.validFrom) return 'notYet';
  if (period.validUntil !== undefined && today > period.validUntil) return 'ended';
  return 'valid';
}

/** True when the period holds on `today`. */
export const isValidOn = (period: ValidityPeriod, today: string): boolean => validityOn(period, today) === 'valid';

/** A year named with a cue ("für 2024", "im Jahr 2027", "in 2025", "for 2024"); "seit 2019" names no year to answer for. */
const NAMED_YEAR = /(?:^|[^\p{L}])(?:für|fuer|im jahr|jahr|im|in|ab|for|year)\s+(20\d\d)(?!\d)/iu;

/**
 * The day a question asks about: `today`, or for a year the question names, the last day of a past year, the first
 * day of a future year. Returns the year too, so the answer can say which year it shows.
 */
export function dayForQuestion(text: string, today: string): { day: string; year?: number } {
  const match = NAMED_YEAR.exec(text);
  const year = match ? Number(match[1]) : undefined;
  const thisYear = Number(today.slice(0, 4));
  if (year === undefined || year === thisYear) return { day: today };
  return { day: year < thisYear ? `${year}-12-31` : `${year}-01-01`, year };
}
