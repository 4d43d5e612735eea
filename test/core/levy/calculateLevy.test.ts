import { describe, expect, it } from 'vitest';
import { calculateLevy, loadLevyRates, type LevyCalculated, type LevyInput } from '../../../src/core/levy/index.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const rates = loadLevyRates(PROJECT_ROOT);
const months = (first: number, firstCount: number, rest: number): number[] => [...Array<number>(firstCount).fill(first), ...Array<number>(12 - firstCount).fill(rest)];

function calculated(input: LevyInput): LevyCalculated {
  const result = calculateLevy(input, rates);
  if (result.status !== 'calculated') throw new Error(`expected a calculation, got ${JSON.stringify(result)}`);
  return result;
}

describe('calculateLevy: worked examples of the reference (Erhebungsjahr 2025, due 31.03.2026)', () => {
  it.each([
    // 1: 2 SB employees + 1 SB trainee (counts 2, § 159 Abs. 2) on 100 workplaces; the trainee position is not a workplace
    { name: '1 trainee counts twice', input: { workplaces: 100, employed: 3, extraCredits: 1 }, compulsory: 60, credited: 48, unfilled: 12, quota: 4, tier: 'quota3To5', rate: 155, total: 1860 },
    { name: '2 no SB employee, 12.5 rounded up', input: { workplaces: 250, employed: 0 }, compulsory: 156, credited: 0, unfilled: 156, quota: 0, tier: 'quotaZero', rate: 815, total: 127_140 },
    { name: '3 quota 2.5 %', input: { workplaces: 120, employed: 3 }, compulsory: 72, credited: 36, unfilled: 36, quota: 2.5, tier: 'quota2To3', rate: 275, total: 9900 },
    { name: '4 small employer, 1 SB Jan–Jun', input: { workplaces: 45, employed: months(1, 6, 0) }, compulsory: 24, credited: 6, unfilled: 18, quota: (100 * 6) / 540, tier: 'under60CreditedBelow1', rate: 275, total: 4950 },
    { name: '5 30 workplaces, nobody', input: { workplaces: 30, employed: 0 }, compulsory: 12, credited: 0, unfilled: 12, quota: 0, tier: 'under40CreditedZero', rate: 235, total: 2820 },
    { name: '6 months offset each other', input: { workplaces: 100, employed: months(4, 6, 6) }, compulsory: 60, credited: 60, unfilled: 0, quota: 5, tier: undefined, rate: 0, total: 0 },
  ] as const)('$name', ({ input, compulsory, credited, unfilled, quota, tier, rate, total }) => {
    const r = calculated({ ...input, year: 2025 });
    expect(r).toMatchObject({ compulsoryPlaceMonths: compulsory, creditedPlaceMonths: credited, unfilledPlaceMonths: unfilled, tier, ratePerPlaceAndMonth: rate, totalEuro: total, dueDate: '2026-03-31', caveats: [] });
    expect(r.quotaPercent).toBeCloseTo(quota, 10);
  });

  it('7: 18 workplaces (part-timers under 18 h are no workplaces) means no duty', () => {
    expect(calculateLevy({ workplaces: 18, employed: 0, year: 2025 }, rates)).toEqual({ status: 'noDuty', reason: 'fewerThan20Workplaces', year: 2025, months: 12, averageWorkplaces: 18, caveats: [] });
  });

  it.each([
    { input: { workplaces: 250, employed: 0 }, rate: 720, total: 112_320 },
    { input: { workplaces: 30, employed: 0 }, rate: 210, total: 2520 },
    { input: { workplaces: 45, employed: 0 }, rate: 410, total: 24 * 410 },
    { input: { workplaces: 45, employed: months(1, 6, 0) }, rate: 245, total: 18 * 245 },
    { input: { workplaces: 100, employed: 1 }, rate: 360, total: 48 * 360 },
  ])('Erhebungsjahr 2024 uses the 2024 amounts: $rate €', ({ input, rate, total }) => {
    expect(calculated({ ...input, year: 2024 })).toMatchObject({ ratePerPlaceAndMonth: rate, totalEuro: total, dueDate: '2025-03-31', rateSource: { rateSetId: '2024' } });
  });
});

describe('calculateLevy: size classes and rounding (§ 154 Abs. 1, § 157 Abs. 2 SGB IX)', () => {
  it.each([
    { workplaces: 20, size: 'under40', perMonth: 1, rounding: 'down' },
    { workplaces: 39, size: 'under40', perMonth: 1, rounding: 'down' },
    { workplaces: 39.9, size: 'under40', perMonth: 1, rounding: 'down' },
    { workplaces: 40, size: 'under60', perMonth: 2, rounding: 'down' },
    { workplaces: 59, size: 'under60', perMonth: 2, rounding: 'down' },
    { workplaces: 60, size: 'standard', perMonth: 3, rounding: 'halfUp' },
    { workplaces: 69, size: 'standard', perMonth: 3, rounding: 'halfUp' },
    { workplaces: 70, size: 'standard', perMonth: 4, rounding: 'halfUp' },
    { workplaces: 1000, size: 'standard', perMonth: 50, rounding: 'halfUp' },
  ] as const)('$workplaces workplaces: $size, $perMonth compulsory places', ({ workplaces, size, perMonth, rounding }) => {
    const r = calculated({ workplaces, employed: 0, year: 2025 });
    expect(r).toMatchObject({ employerSize: size, rounding, averageCompulsoryPlaces: perMonth, compulsoryPlacesByMonth: Array(12).fill(perMonth) });
  });

  it.each([19, 19.99, 0])('%s workplaces: no duty, not an error', (workplaces) => {
    expect(calculateLevy({ workplaces, employed: 0, year: 2025 }, rates).status).toBe('noDuty');
  });

  it('rounds each month on its own and judges the size by the yearly average', () => {
    const r = calculated({ workplaces: [55, 55, 65, 65, 70, 70, 70, 70, 65, 65, 55, 55], employed: 0, year: 2025 });
    expect(r.averageWorkplaces).toBeCloseTo(63.333, 3);
    expect(r.compulsoryPlacesByMonth).toEqual([3, 3, 3, 3, 4, 4, 4, 4, 3, 3, 3, 3]);
    expect(r.totalEuro).toBe(40 * 815);
  });

  it('counts only the months operated', () => {
    expect(calculated({ workplaces: [100, 100, 100, 100, 100, 100], employed: 0, year: 2025 })).toMatchObject({ months: 6, compulsoryPlaceMonths: 30, totalEuro: 30 * 815 });
  });
});

describe('calculateLevy: tiers at their boundaries (2025 amounts)', () => {
  it.each([
    { name: 'quota exactly 2 %', input: { workplaces: 100, employed: 2 }, tier: 'quota2To3', total: 36 * 275 },
    { name: 'quota just under 2 %', input: { workplaces: 101, employed: 2 }, tier: 'quotaBelow2', total: 36 * 405 },
    { name: 'quota exactly 3 %', input: { workplaces: 100, employed: 3 }, tier: 'quota3To5', total: 24 * 155 },
    { name: 'quota exactly 5 %', input: { workplaces: 100, employed: 5 }, tier: undefined, total: 0 },
    { name: 'quota above 5 %', input: { workplaces: 100, employed: 9 }, tier: undefined, total: 0 },
    { name: 'under 60, exactly 1 credited', input: { workplaces: 45, employed: 1 }, tier: 'under60Credited1To2', total: 12 * 155 },
    { name: 'under 60, 2 credited', input: { workplaces: 45, employed: 2 }, tier: undefined, total: 0 },
    { name: 'under 60, nobody', input: { workplaces: 59, employed: 0 }, tier: 'under60CreditedZero', total: 24 * 465 },
    { name: 'under 40, 1 credited', input: { workplaces: 39, employed: 1 }, tier: undefined, total: 0 },
    { name: 'under 40, half a year', input: { workplaces: 25, employed: months(0, 6, 1) }, tier: 'under40CreditedBelow1', total: 6 * 155 },
    { name: 'Mehrfachanrechnung fills the quota', input: { workplaces: 100, employed: 4, extraCredits: 1 }, tier: undefined, total: 0 },
  ] as const)('$name', ({ input, tier, total }) => {
    expect(calculated({ ...input, year: 2025 })).toMatchObject({ tier, totalEuro: total });
  });

  it('applies the lowest tier, with a caveat, when monthly rounding leaves places unfilled at a 5 % quota', () => {
    const r = calculated({ workplaces: 110, employed: months(5, 6, 6), year: 2025 });
    expect(r.quotaPercent).toBeCloseTo(5, 10);
    expect(r).toMatchObject({ unfilledPlaceMonths: 6, tier: 'quota3To5', totalEuro: 930, caveats: ['quotaReachedDespiteUnfilledPlaces'] });
  });
});

describe('calculateLevy: Erhebungsjahr', () => {
  it('assumes the newest confirmed year when none is given', () => {
    expect(calculated({ workplaces: 30, employed: 0 })).toMatchObject({ year: 2025, dueDate: '2026-03-31', caveats: ['yearAssumed'] });
  });

  it('applies the 2025 amounts to 2026 under § 160 Abs. 3 SGB IX: the Bezugsgröße rose by less than 10 %', () => {
    expect(calculated({ workplaces: 30, employed: 0, year: 2026 })).toMatchObject({
      ratePerPlaceAndMonth: 235,
      dueDate: '2027-03-31',
      caveats: [],
      rateSource: { rateSetId: '2025', rateRule: { kind: 'unchangedBelowThreshold', year: 2026, baseYear: 2025, changePercent: 5.6, provisional: false, sourceDate: '2025-11-24' } },
    });
  });

  it('says the amounts are not confirmed for a year whose Bezugsgröße is not recorded', () => {
    expect(calculated({ workplaces: 30, employed: 0, year: 2027 })).toMatchObject({ ratePerPlaceAndMonth: 235, caveats: ['ratesNotConfirmedForYear'], rateSource: { rateRule: { kind: 'notConfirmed', year: 2027, baseYear: 2025 } } });
  });

  it('names the published amounts as the rule for a year with a notice', () => {
    expect(calculated({ workplaces: 30, employed: 0, year: 2024 }).rateSource.rateRule).toEqual({ kind: 'published', year: 2024 });
  });

  it.each([2023, 2016, 1950])('%s is not supported', (year) => {
    expect(calculateLevy({ workplaces: 30, employed: 0, year }, rates)).toEqual({ status: 'unsupportedYear', year, firstSupportedYear: 2024 });
  });

  it('names its sources', () => {
    const { rateSource } = calculated({ workplaces: 30, employed: 0, year: 2025 });
    expect(rateSource.legalBasis).toBe('https://www.gesetze-im-internet.de/sgb_9_2018/__160.html');
    expect(rateSource.sources[0]).toMatch(/^https:\/\/bih\.de\//);
    expect(rateSource.sources.length).toBeGreaterThan(0);
  });
});

describe('calculateLevy: bad input is a result, not an exception', () => {
  it.each([
    { input: { workplaces: -5, employed: 0 }, problems: [{ field: 'workplaces', problem: 'negative' }] },
    { input: { workplaces: Number.NaN, employed: 0 }, problems: [{ field: 'workplaces', problem: 'notANumber' }] },
    { input: { workplaces: 100, employed: Number.POSITIVE_INFINITY }, problems: [{ field: 'employed', problem: 'notANumber' }] },
    { input: { workplaces: 2_000_000, employed: 0 }, problems: [{ field: 'workplaces', problem: 'tooLarge' }] },
    { input: { workplaces: 30, employed: 31 }, problems: [{ field: 'employed', problem: 'moreEmployedThanWorkplaces' }] },
    { input: { workplaces: 100, employed: 2, extraCredits: 5 }, problems: [{ field: 'extraCredits', problem: 'tooLarge' }] },
    { input: { workplaces: 100, employed: -1, extraCredits: -1 }, problems: [{ field: 'employed', problem: 'negative' }, { field: 'extraCredits', problem: 'negative' }] },
    { input: { workplaces: 30, employed: 0, year: 2025.5 }, problems: [{ field: 'year', problem: 'notAnInteger' }] },
    { input: { workplaces: 30, employed: 0, year: 20250 }, problems: [{ field: 'year', problem: 'outOfRange' }] },
    { input: { workplaces: months(100.5, 1, 100), employed: 0 }, problems: [{ field: 'workplaces', month: 1, problem: 'notAnInteger' }] },
    { input: { workplaces: Array(13).fill(100), employed: 0 }, problems: [{ field: 'workplaces', problem: 'monthCount' }] },
    { input: { workplaces: [], employed: 0 }, problems: [{ field: 'workplaces', problem: 'monthCount' }] },
    { input: { workplaces: Array(11).fill(100), employed: Array(12).fill(1) }, problems: [{ field: 'employed', problem: 'monthCountMismatch' }] },
    { input: { workplaces: months(30, 11, 2), employed: 3 }, problems: [{ field: 'employed', month: 12, problem: 'moreEmployedThanWorkplaces' }] },
  ])('$problems.0.field: $problems.0.problem', ({ input, problems }) => {
    expect(calculateLevy(input as LevyInput, rates)).toEqual({ status: 'invalidInput', problems });
  });

  it('accepts yearly averages with fractions', () => {
    // 18 / 906 = 1.99 %: just under 2 %
    expect(calculated({ workplaces: 75.5, employed: 1.5, year: 2025 })).toMatchObject({ compulsoryPlaceMonths: 48, creditedPlaceMonths: 18, unfilledPlaceMonths: 30, tier: 'quotaBelow2', totalEuro: 30 * 405 });
    expect(calculated({ workplaces: 75, employed: 1.6, year: 2025 })).toMatchObject({ creditedPlaceMonths: 19.2, unfilledPlaceMonths: 28.8, tier: 'quota2To3', totalEuro: 7920 });
  });
});
