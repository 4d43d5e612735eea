import type { MonthRange } from './periods.js';

const MONTHS: Record<string, number> = {
  januar: 1, january: 1, februar: 2, february: 2, märz: 3, maerz: 3, march: 3, april: 4, mai: 5, may: 5, juni: 6, june: 6,
  juli: 7, july: 7, august: 8, september: 9, oktober: 10, october: 10, november: 11, dezember: 12, december: 12,
};
const MONTH = `(${Object.keys(MONTHS).join('|')})`;
const OPENED = '(?:eröffnet|gegründet|geöffnet|aufgemacht|gestartet|opened|founded|started(?:\\s+(?:business|trading|operating))?)';
const OPENED_WORD = new RegExp(OPENED, 'iu');
// "seit Juli geöffnet", "erst im April eröffnet", "opened in July", "gegründet am 1. März", "founded in May"
const FORMS = [
  new RegExp(`\\b(?:seit|ab|im|in|erst\\s+im|erst\\s+seit|since|in|on)\\s+(?:dem\\s+)?(?:\\d{1,2}\\.\\s*)?${MONTH}(?![\\p{L}])(?:\\s+\\S+){0,3}?\\s+${OPENED}`, 'iu'),
  new RegExp(`\\b${OPENED}(?:\\s+\\S+){0,3}?\\s+(?:im|in|am|on|seit|since)\\s+(?:dem\\s+)?(?:\\d{1,2}\\.\\s*)?${MONTH}(?![\\p{L}])`, 'iu'),
];

/**
 * The months of the year the business existed, when a message says it opened during the year ("wir haben erst im Juli
 * eröffnet", "founded in April"): from that month to December. Only these months are calculated (the yearly average
 * runs over the months operated, shared/reference/programmes.md, calculator step 1).
 */
export function operatedMonths(text: string): MonthRange | undefined {
  if (!OPENED_WORD.test(text)) return undefined;
  for (const form of FORMS) {
    const m = form.exec(text);
    const from = m ? MONTHS[m[1]!.toLowerCase()] : undefined;
    if (from !== undefined && from > 1) return { from, to: 12 };
  }
  return undefined;
}
