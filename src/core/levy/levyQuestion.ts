import type { MonthRange } from './periods.js';
import type { NotCounted } from './workforce.js';

/** The numbers a levy question gives; a missing one is undefined, so the dialog can ask for it. */
export interface LevyQuestion {
  workplaces?: number;
  /** Schwerbehinderte and gleichgestellte people; with `employedByMonth`, the most in any month. */
  employed?: number;
  year?: number;
  /** A year named relative to today ("dieses Jahr" 0, "letztes Jahr" -1, "nächstes Jahr" 1) when no year is named; see {@link inCalendarYear}. */
  yearFromNow?: number;
  /** The disabled people per month (12 values) when a period was named for some ("nur von Januar bis Juni"). */
  employedByMonth?: number[];
  /** Positions named but not counted as workplaces: under 18 hours a week (§ 156 Abs. 3), trainees (§ 157 Abs. 1 SGB IX). */
  notCounted?: NotCounted;
  /** A period named for nobody ("und wenn er das ganze Jahr da gewesen wäre?"). */
  period?: MonthRange;
  /** Weekly hours named for nobody ("die Aushilfen arbeiten 20 Stunden"). */
  hoursPerWeek?: number;
  /** Schwerbehinderte trainees, who count for two places (§ 159 Abs. 2 SGB IX): one extra each. */
  extraCredits?: number;
  /** The months the business existed, when it opened during the year ("erst im Juli eröffnet"). */
  monthsOperated?: MonthRange;
  /** Disabled people under 18 hours a week, left out of `employed` (§ 158 Abs. 2 SGB IX: only with the Agentur's approval). */
  notCredited?: number;
  /** The workplaces per month (12 values) when they changed during the year ("bis März 30, ab April 45"); `workplaces` is then their average. */
  workplacesByMonth?: number[];
  /** The workplace count was given as an approximation ("knapp 60", "so um die 90"): calculated as written, and said so. */
  approximate?: true;
}

/** The question with a year named relative to today (`YYYY-MM-DD`) made a calendar year. */
export function inCalendarYear(question: LevyQuestion, today: string): LevyQuestion {
  if (question.yearFromNow === undefined) return question;
  const { yearFromNow, ...rest } = question;
  return { ...rest, year: Number(today.slice(0, 4)) + yearFromNow };
}
