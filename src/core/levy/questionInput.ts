import type { LevyInput } from './types.js';
import type { MonthRange } from './periods.js';

/** The figures a conversation holds about one calculation (numbers only). */
export interface LevyCounts {
  workplaces: number;
  employed: number;
  year?: number;
  employedByMonth?: number[];
  /** The workplaces per month when they changed during the year; `workplaces` is their average. */
  workplacesByMonth?: number[];
  extraCredits?: number;
  monthsOperated?: MonthRange;
}

/**
 * The calculator input for the counts: monthly values when disabled people were there only some months or the
 * business existed only part of the year, yearly averages otherwise.
 */
export function levyInputFor(counts: LevyCounts): LevyInput {
  const { workplaces, employed, employedByMonth, workplacesByMonth, extraCredits, monthsOperated, year } = counts;
  if (!monthsOperated) return { workplaces: workplacesByMonth ?? workplaces, employed: employedByMonth ?? employed, extraCredits, year };
  const months = monthsOperated.to - monthsOperated.from + 1;
  const operated = (values: number[] | undefined, all: number) => values ? values.slice(monthsOperated.from - 1, monthsOperated.to) : Array<number>(months).fill(all);
  return { workplaces: operated(workplacesByMonth, workplaces), employed: operated(employedByMonth, employed), extraCredits, year };
}
