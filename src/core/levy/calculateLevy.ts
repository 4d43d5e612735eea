import { rateSetForYear } from './loadRates.js';
import { normalizeInput, type MonthlyInput } from './normalizeInput.js';
import { newestDate } from '../knowledge/dates.js';
import { sourceEntry } from '../knowledge/schema.js';
import type { LevyRateSet, LevyRateTable } from './rateSchema.js';
import { rateRuleFor, ruleConfirmsAmounts, type LevyRateRule } from './rateRule.js';
import { amountFor, tierFor } from './tiers.js';
import type { EmployerSize, LevyCalculated, LevyCaveat, LevyFigures, LevyInput, LevyResult } from './types.js';

// § 154 Abs. 1 SGB IX: duty from 20 workplaces on yearly average, 5 % of them; 1 place below 40, 2 places below 60.
export const MIN_WORKPLACES = 20;
const QUOTA_PERCENT = 5;

/** Sums of yearly averages with fractions (12 × 1.6) must not carry floating-point noise into the figures. */
const clean = (n: number): number => Math.round(n * 1e6) / 1e6;
const sum = (values: number[]): number => clean(values.reduce((a, b) => a + b, 0));

/** The size class by yearly average workplaces. */
function sizeOf(averageWorkplaces: number): EmployerSize {
  if (averageWorkplaces < 40) return 'under40';
  if (averageWorkplaces < 60) return 'under60';
  return 'standard';
}

/** Pflichtarbeitsplätze of one month; § 157 Abs. 2 SGB IX rounds fractions of 0.5 and more up from 60 workplaces. */
function compulsoryPlaces(size: EmployerSize, workplaces: number): number {
  if (size === 'under40') return 1;
  if (size === 'under60') return 2;
  return Math.floor((workplaces * QUOTA_PERCENT) / 100 + 0.5);
}

/** The figures of the yearly calculation (§ 160 Abs. 1: per month and unfilled place, months offset each other). */
function figuresOf(monthly: MonthlyInput, year: number): LevyFigures {
  const months = monthly.workplaces.length;
  const workplaceMonths = sum(monthly.workplaces);
  const averageWorkplaces = workplaceMonths / months;
  const employerSize = sizeOf(averageWorkplaces);
  const compulsoryPlacesByMonth = monthly.workplaces.map((w) => compulsoryPlaces(employerSize, w));
  const compulsoryPlaceMonths = sum(compulsoryPlacesByMonth);
  const creditedPlaceMonths = sum(monthly.employed) + sum(monthly.extraCredits);
  const unfilledPlaceMonths = clean(Math.max(0, compulsoryPlaceMonths - creditedPlaceMonths));
  return {
    year,
    months,
    averageWorkplaces,
    employerSize,
    rounding: employerSize === 'standard' ? 'halfUp' : 'down',
    compulsoryPlacesByMonth,
    workplaceMonths,
    compulsoryPlaceMonths,
    creditedPlaceMonths,
    unfilledPlaceMonths,
    averageCompulsoryPlaces: compulsoryPlaceMonths / months,
    averageCreditedPlaces: creditedPlaceMonths / months,
    averageUnfilledPlaces: unfilledPlaceMonths / months,
    quotaPercent: (100 * creditedPlaceMonths) / workplaceMonths,
  };
}

function levyOf(figures: LevyFigures, rates: LevyRateSet, rateRule: LevyRateRule, caveats: LevyCaveat[]): LevyCalculated {
  const sources = rates.sources.map(sourceEntry);
  const rateSource = { rateSetId: rates.id, legalBasis: rates.legalBasis, sources: sources.map((s) => s.url), newestSourceDate: newestDate(sources.map((s) => s.sourceDate)), rateRule };
  const dueDate = `${figures.year + 1}-03-31`;
  if (figures.unfilledPlaceMonths === 0) {
    return { ...figures, status: 'calculated', tier: undefined, ratePerPlaceAndMonth: 0, totalEuro: 0, dueDate, caveats, rateSource };
  }
  const { tier, quotaReached } = tierFor({
    size: figures.employerSize,
    workplaceMonths: figures.workplaceMonths,
    creditedPlaceMonths: figures.creditedPlaceMonths,
    months: figures.months,
  });
  const ratePerPlaceAndMonth = amountFor(tier, rates);
  return {
    ...figures,
    status: 'calculated',
    tier,
    ratePerPlaceAndMonth,
    totalEuro: Math.round(figures.unfilledPlaceMonths * ratePerPlaceAndMonth * 100) / 100,
    dueDate,
    caveats: quotaReached ? [...caveats, 'quotaReachedDespiteUnfilledPlaces'] : caveats,
    rateSource,
  };
}

/** The newest Erhebungsjahr whose amounts are confirmed by a source. */
export function newestConfirmedYear(table: LevyRateTable): number {
  return Math.max(...table.rateSets.map((s) => s.confirmedThroughYear));
}

/**
 * The Erhebungsjahr a question that names none is about on `today` (`YYYY-MM-DD`): the one whose Anzeige and payment
 * are due next — until 31 March the year before, from April the running year (due by 31 March of the next year) —
 * or, when its amounts are not confirmed (no source, no recorded Bezugsgröße for § 160 Abs. 3 SGB IX), the latest
 * year before it whose amounts are. Without `today`, the newest year with published amounts.
 */
export function defaultLevyYear(table: LevyRateTable, today?: string): number {
  const newest = newestConfirmedYear(table);
  if (today === undefined) return newest;
  const year = Number(today.slice(0, 4));
  const due = today.slice(5) <= '03-31' ? year - 1 : year;
  for (let candidate = due; candidate > newest; candidate--) {
    const rates = rateSetForYear(table, candidate);
    if (rates && ruleConfirmsAmounts(rateRuleFor(table, rates, candidate))) return candidate;
  }
  return Math.min(due, newest);
}

/**
 * Calculates the Ausgleichsabgabe of one Erhebungsjahr (§§ 154–160 SGB IX) from yearly averages or monthly values; a
 * question without a year is about the year {@link defaultLevyYear} gives for `today`.
 * @remarks Never throws for bad input: it answers `invalidInput`, `unsupportedYear` or `noDuty` instead.
 */
export function calculateLevy(input: LevyInput, table: LevyRateTable, today?: string): LevyResult {
  const normalized = normalizeInput(input);
  if ('problems' in normalized) return { status: 'invalidInput', problems: normalized.problems };

  const year = input.year ?? defaultLevyYear(table, today);
  const rates = rateSetForYear(table, year);
  if (!rates) return { status: 'unsupportedYear', year, firstSupportedYear: table.rateSets[0]!.fromYear };

  const caveats: LevyCaveat[] = [];
  if (input.year === undefined) caveats.push('yearAssumed');
  // § 160 Abs. 3 SGB IX decides whether the newest amounts still hold for a year without a published change.
  const rateRule = rateRuleFor(table, rates, year);
  if (!ruleConfirmsAmounts(rateRule)) caveats.push('ratesNotConfirmedForYear');

  const figures = figuresOf(normalized.monthly, year);
  if (figures.averageWorkplaces < MIN_WORKPLACES) {
    return { status: 'noDuty', reason: 'fewerThan20Workplaces', year, months: figures.months, averageWorkplaces: figures.averageWorkplaces, caveats };
  }
  return levyOf(figures, rates, rateRule, caveats);
}
