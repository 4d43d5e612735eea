import { join } from 'node:path';
import { readJson } from '../knowledge/readJson.js';
import { ContentValidationError, problemsFromZod, type ContentProblem } from '../knowledge/validationError.js';
import { levyRatesFileSchema, type LevyRateSet, type LevyRateTable } from './rateSchema.js';

export const LEVY_RATES_FILE = 'data/levy/rates.json';

/** Problems of a sorted list of rate sets: gaps, overlaps, and an open-ended set that is not the last. */
function checkYearRanges(sets: LevyRateSet[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  sets.forEach((set, index) => {
    const next = sets[index + 1];
    if (!next) return;
    if (set.toYear === null) problems.push({ file: LEVY_RATES_FILE, item: set.id, field: 'toYear', problem: 'only the last rate set may be open-ended' });
    else if (next.fromYear !== set.toYear + 1) problems.push({ file: LEVY_RATES_FILE, item: next.id, field: 'fromYear', problem: `must be ${set.toYear + 1} (gap or overlap after ${set.id})` });
  });
  return problems;
}

/** Loads and validates `data/levy/rates.json` below `root`; throws ContentValidationError listing every problem. */
export function loadLevyRates(root: string): LevyRateTable {
  const read = readJson(join(root, LEVY_RATES_FILE), LEVY_RATES_FILE, '-');
  if ('problem' in read) throw new ContentValidationError([read.problem]);
  const parsed = levyRatesFileSchema.safeParse(read.value);
  if (!parsed.success) throw new ContentValidationError(problemsFromZod(LEVY_RATES_FILE, '-', parsed.error));
  const rateSets = [...parsed.data.rateSets].sort((a, b) => a.fromYear - b.fromYear);
  const problems = checkYearRanges(rateSets);
  if (problems.length > 0) throw new ContentValidationError(problems);
  return { rateSets, referenceValues: parsed.data.referenceValues, unconfirmed: parsed.data.unconfirmed };
}

/** The rate set that applies to Erhebungsjahr `year`, or undefined before the first set. */
export function rateSetForYear(table: LevyRateTable, year: number): LevyRateSet | undefined {
  return table.rateSets.find((s) => year >= s.fromYear && (s.toYear === null || year <= s.toYear));
}
