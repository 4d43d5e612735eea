/**
 * Number, currency and date formatting for the answer cards. Intl formatters are costly to build (a locale lookup
 * each time) and cheap to use, so number formats are kept per locale and style, and each date is written once.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, style: 'decimal' | 'euro', maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}|${style}|${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, style === 'euro' ? { style: 'currency', currency: 'EUR', maximumFractionDigits } : { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format;
}

/** A number in the user's locale: "1.234,5" or "1,234.5". */
export const formatNumber = (n: number, locale: string, maximumFractionDigits = 2): string => numberFormat(locale, 'decimal', maximumFractionDigits).format(n);

/** Whole euros in the user's locale: "1.234 €" or "€1,234". */
export const formatEuro = (n: number, locale: string): string => numberFormat(locale, 'euro', 0).format(n);

/** Dates already written, by locale and date: the cards show the same few as-of and due dates again and again. */
const writtenDates = new Map<string, string>();
const WRITTEN_DATES_LIMIT = 1_000;

/** A calendar date (`YYYY-MM-DD`) as the locale writes it with two-digit day and month: "01.07.2025". */
export function formatDate(iso: string, locale: string): string {
  const key = `${locale}|${iso}`;
  const written = writtenDates.get(key);
  if (written !== undefined) return written;
  // Built only for a date not written before: the few as-of and due dates repeat, so this is rare.
  const text = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  if (writtenDates.size >= WRITTEN_DATES_LIMIT) writtenDates.clear();
  writtenDates.set(key, text);
  return text;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A source date as precise as it is: "01.07.2025", "Dezember 2025" / "December 2025", or a year — "Jahr 2025" in
 * German, so that "Quelle vom …" stays a sentence, "2025" elsewhere.
 */
export function formatPartialDate(date: string, locale: string): string {
  if (date.length === 10) return formatDate(date, locale);
  if (date.length === 4) return locale.startsWith('de') ? `Jahr ${date}` : date;
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  return format.format(new Date(`${date}-01T00:00:00Z`));
}

/** A calendar date (`YYYY-MM-DD`) with the month in words, where a digits-only date could be misread: "31. März 2026", "March 31, 2026". */
export const formatLongDate = (iso: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
