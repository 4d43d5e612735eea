import { describe, expect, it } from 'vitest';
import { calculateLevy, defaultLevyYear, loadLevyRates, newestConfirmedYear } from '../../../src/core/levy/index.js';
import type { LevyRateTable } from '../../../src/core/levy/rateSchema.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const rates = loadLevyRates(PROJECT_ROOT);

describe('defaultLevyYear: a question without a year is about the year whose Anzeige is due next', () => {
  it.each([
    // the Anzeige and payment for year Y are due by 31 March of Y + 1 (§ 163 Abs. 2, § 160 Abs. 4 SGB IX)
    ['2026-03-31', 2025],
    ['2026-04-01', 2026], // 2026's amounts hold under § 160 Abs. 3 (Bezugsgröße +5.6 %, recorded in rates.json)
    ['2026-12-07', 2026],
    ['2027-02-15', 2026],
  ])('on %s: %i', (today, year) => {
    expect(defaultLevyYear(rates, today)).toBe(year);
  });

  it('falls back to the latest year with confirmed amounts when the year due has none (no Bezugsgröße for 2027 recorded)', () => {
    expect(rates.referenceValues.some((r) => r.year === 2027)).toBe(false);
    expect(defaultLevyYear(rates, '2027-06-01')).toBe(2026);
  });

  it('a day before the first published year gives that day\'s due year, not a later one', () => {
    expect(defaultLevyYear(rates, '2025-02-01')).toBe(2024);
  });

  it('without a day: the newest confirmed year, as before', () => {
    expect(defaultLevyYear(rates)).toBe(newestConfirmedYear(rates));
  });

  it('a year changed by 10 % or more is not assumed', () => {
    const raised: LevyRateTable = { ...rates, referenceValues: rates.referenceValues.map((r) => (r.year === 2026 ? { ...r, monthlyEuro: 4200 } : r)) };
    expect(defaultLevyYear(raised, '2026-12-07')).toBe(newestConfirmedYear(rates));
  });

  it('calculateLevy uses it: in December 2026 the result is for 2026, due 31.03.2027, with the year marked as assumed', () => {
    const result = calculateLevy({ workplaces: 38, employed: 0 }, rates, '2026-12-07');
    expect(result).toMatchObject({ status: 'calculated', year: 2026, dueDate: '2027-03-31', totalEuro: 2820 });
    expect(result.status === 'calculated' && result.caveats).toContain('yearAssumed');
    expect(calculateLevy({ workplaces: 38, employed: 0, year: 2025 }, rates, '2026-12-07')).toMatchObject({ year: 2025, dueDate: '2026-03-31' });
  });
});
