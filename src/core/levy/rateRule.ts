import { newestDate } from '../knowledge/dates.js';
import { sourceEntry } from '../knowledge/schema.js';
import type { LevyRateSet, LevyRateTable } from './rateSchema.js';

/** § 160 Abs. 3 SGB IX: the amounts change when the Bezugsgröße has moved by at least this much since the last change. */
export const CHANGE_THRESHOLD_PERCENT = 10;

/**
 * Why the amounts of a rate set apply to a year:
 * - `published`: a source states the amounts for this year;
 * - `unchangedBelowThreshold`: no published change, and the Bezugsgröße of the year has moved by less than 10 %
 *   since the year of the last change, so under § 160 Abs. 3 SGB IX the amounts stay as they are;
 * - `changeDue`: the Bezugsgröße has moved by 10 % or more, so the amounts change, but the new amounts are not recorded;
 * - `notConfirmed`: the Bezugsgröße of the year is not recorded, so the rule cannot be applied.
 */
export type LevyRateRule =
  | { kind: 'published'; year: number }
  | { kind: 'unchangedBelowThreshold' | 'changeDue'; year: number; baseYear: number; changePercent: number; provisional: boolean; sourceDate: string | undefined }
  | { kind: 'notConfirmed'; year: number; baseYear: number };

const referenceFor = (table: LevyRateTable, year: number) => table.referenceValues.find((r) => r.year === year);

/** The rule under which the amounts of `rates` apply to Erhebungsjahr `year`. */
export function rateRuleFor(table: LevyRateTable, rates: LevyRateSet, year: number): LevyRateRule {
  if (year <= rates.confirmedThroughYear) return { kind: 'published', year };
  const base = referenceFor(table, rates.fromYear);
  const current = referenceFor(table, year);
  if (!base || !current) return { kind: 'notConfirmed', year, baseYear: rates.fromYear };
  const changePercent = Math.round(((current.monthlyEuro - base.monthlyEuro) / base.monthlyEuro) * 1000) / 10;
  const kind = Math.abs(changePercent) < CHANGE_THRESHOLD_PERCENT ? 'unchangedBelowThreshold' : 'changeDue';
  const sourceDate = newestDate([sourceEntry(base.source).sourceDate, sourceEntry(current.source).sourceDate]);
  return { kind, year, baseYear: rates.fromYear, changePercent, provisional: base.provisional || current.provisional, sourceDate };
}

/** True when the amounts applied to the year rest on a source or on the rule of § 160 Abs. 3 SGB IX. */
export const ruleConfirmsAmounts = (rule: LevyRateRule): boolean => rule.kind === 'published' || rule.kind === 'unchangedBelowThreshold';
