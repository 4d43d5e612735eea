import type { LevyRateSet } from './rateSchema.js';
import type { EmployerSize, LevyTier } from './types.js';

/** Tolerance for comparing sums of yearly averages that carry fractions. */
const EPSILON = 1e-9;
const below = (a: number, b: number): boolean => a < b - EPSILON * Math.max(1, Math.abs(b));

/** The sums a tier is chosen from. */
export interface TierBasis {
  size: EmployerSize;
  workplaceMonths: number;
  creditedPlaceMonths: number;
  months: number;
}

/**
 * The tier of § 160 Abs. 2 SGB IX for an employer with unfilled places.
 * @remarks From 60 workplaces the yearly quota decides (3 % to under 5 %, 2 % to under 3 %, above 0 to under 2 %, 0 %);
 * below 60 the average number of credited places per month decides. A quota of 5 % or more with unfilled places
 * (possible only through monthly rounding) falls into the lowest tier; `quotaReached` says so.
 */
export function tierFor(basis: TierBasis): { tier: LevyTier; quotaReached: boolean } {
  const { size, workplaceMonths: a, creditedPlaceMonths: b, months } = basis;
  if (size === 'under40') return { tier: b === 0 ? 'under40CreditedZero' : 'under40CreditedBelow1', quotaReached: false };
  if (size === 'under60') {
    if (b === 0) return { tier: 'under60CreditedZero', quotaReached: false };
    return { tier: below(b, months) ? 'under60CreditedBelow1' : 'under60Credited1To2', quotaReached: false };
  }
  if (b === 0) return { tier: 'quotaZero', quotaReached: false };
  if (below(100 * b, 2 * a)) return { tier: 'quotaBelow2', quotaReached: false };
  if (below(100 * b, 3 * a)) return { tier: 'quota2To3', quotaReached: false };
  return { tier: 'quota3To5', quotaReached: !below(100 * b, 5 * a) };
}

/** The monthly amount of a tier in one rate set. */
export function amountFor(tier: LevyTier, rates: LevyRateSet): number {
  const amounts: Record<LevyTier, number> = {
    quota3To5: rates.standard.quota3To5,
    quota2To3: rates.standard.quota2To3,
    quotaBelow2: rates.standard.quotaBelow2,
    quotaZero: rates.standard.quotaZero,
    under60Credited1To2: rates.under60.credited1To2,
    under60CreditedBelow1: rates.under60.creditedBelow1,
    under60CreditedZero: rates.under60.creditedZero,
    under40CreditedBelow1: rates.under40.creditedBelow1,
    under40CreditedZero: rates.under40.creditedZero,
  };
  return amounts[tier];
}
