import { FULL_MONTH_NAMES, type MonthRange } from './periods.js';

const MONTH = `(${Object.keys(FULL_MONTH_NAMES).join('|')})`;
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
    const from = m ? FULL_MONTH_NAMES[m[1]!.toLowerCase()] : undefined;
    if (from !== undefined && from > 1) return { from, to: 12 };
  }
  return undefined;
}
