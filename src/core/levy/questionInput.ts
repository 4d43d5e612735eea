import type { LevyInput } from './types.js';
import type { MonthRange } from './periods.js';

/** The figures a conversation holds about one calculation (numbers only). */
export interface LevyCounts {
  workplaces: number;
  employed: number;
  year?: number;
  employedByMonth?: number[];
  extraCredits?: number;
  monthsOperated?: MonthRange;
}

/**
 * The calculator input for the counts: monthly values when disabled people were there only some months or the
 * business existed only part of the year, yearly averages otherwise.
 */
export function levyInputFor(counts: LevyCounts): LevyInput {
  const { workplaces, employed, employedByMonth, extraCredits, monthsOperated, year } = counts;
  if (!monthsOperated) return { workplaces, employed: employedByMonth ?? employed, extraCredits, year };
  const months = monthsOperated.to - monthsOperated.from + 1;
  const byMonth = employedByMonth ? employedByMonth.slice(monthsOperated.from - 1, monthsOperated.to) : Array<number>(months).fill(employed);
  return { workplaces: Array<number>(months).fill(workplaces), employed: byMonth, extraCredits, year };
}
