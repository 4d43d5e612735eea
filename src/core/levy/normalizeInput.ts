import type { LevyInput, LevyInputProblem, YearlyOrMonthly } from './types.js';

/** Beyond this, a number is a typo rather than an employer (the largest German employers have some 600,000 workplaces). */
export const MAX_WORKPLACES = 1_000_000;

/** § 159 Abs. 1 SGB IX: one person may count for at most 3 places, so at most 2 extra. */
const MAX_EXTRA_CREDITS_PER_PERSON = 2;

/** The input as one value per month operated. */
export interface MonthlyInput {
  workplaces: number[];
  employed: number[];
  extraCredits: number[];
}

type Field = LevyInputProblem['field'];

/** Problems of one number; monthly values must be whole, yearly averages may have fractions. */
function problemsOfValue(field: Field, value: number, monthly: boolean, month?: number): LevyInputProblem[] {
  const at = month === undefined ? {} : { month };
  if (typeof value !== 'number' || !Number.isFinite(value)) return [{ field, ...at, problem: 'notANumber' }];
  if (value < 0) return [{ field, ...at, problem: 'negative' }];
  if (monthly && !Number.isInteger(value)) return [{ field, ...at, problem: 'notAnInteger' }];
  if (value > MAX_WORKPLACES) return [{ field, ...at, problem: 'tooLarge' }];
  return [];
}

function problemsOf(field: Field, value: YearlyOrMonthly): LevyInputProblem[] {
  if (typeof value === 'number') return problemsOfValue(field, value, false);
  if (!Array.isArray(value)) return [{ field, problem: 'notANumber' }];
  if (value.length < 1 || value.length > 12) return [{ field, problem: 'monthCount' }];
  return value.flatMap((v, i) => problemsOfValue(field, v, true, i + 1));
}

const monthCountOf = (value: YearlyOrMonthly | undefined): number | undefined => (Array.isArray(value) ? value.length : undefined);

const expand = (value: YearlyOrMonthly, months: number): number[] => (typeof value === 'number' ? Array<number>(months).fill(value) : [...value]);

/** Checks the input and spreads yearly averages over the months; returns every problem found. */
export function normalizeInput(input: LevyInput): { monthly: MonthlyInput } | { problems: LevyInputProblem[] } {
  const extra = input.extraCredits ?? 0;
  const problems = [...problemsOf('workplaces', input.workplaces), ...problemsOf('employed', input.employed), ...problemsOf('extraCredits', extra)];
  if (input.year !== undefined && !Number.isInteger(input.year)) problems.push({ field: 'year', problem: 'notAnInteger' });
  else if (input.year !== undefined && (input.year < 1900 || input.year > 2100)) problems.push({ field: 'year', problem: 'outOfRange' });
  if (problems.length > 0) return { problems };

  const counts = [input.workplaces, input.employed, extra].map(monthCountOf).filter((n) => n !== undefined);
  const months = counts[0] ?? 12;
  if (counts.some((n) => n !== months)) return { problems: [{ field: 'employed', problem: 'monthCountMismatch' }] };

  const monthly = { workplaces: expand(input.workplaces, months), employed: expand(input.employed, months), extraCredits: expand(extra, months) };
  monthly.workplaces.forEach((workplaces, i) => {
    const month = typeof input.workplaces === 'number' && typeof input.employed === 'number' ? {} : { month: i + 1 };
    if (monthly.employed[i]! > workplaces) problems.push({ field: 'employed', ...month, problem: 'moreEmployedThanWorkplaces' });
    if (monthly.extraCredits[i]! > MAX_EXTRA_CREDITS_PER_PERSON * monthly.employed[i]!) problems.push({ field: 'extraCredits', ...month, problem: 'tooLarge' });
  });
  return problems.length > 0 ? { problems: dedupe(problems) } : { monthly };
}

/** Yearly averages repeat the same problem for each month; report it once. */
function dedupe(problems: LevyInputProblem[]): LevyInputProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.field}|${p.month ?? ''}|${p.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
