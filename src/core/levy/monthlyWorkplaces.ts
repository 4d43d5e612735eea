import type { Assignment } from './monthlyEmployed.js';
import type { QuestionToken } from './questionTokens.js';

// "Ab April hatten wir 45": words between a period and the count it belongs to
const BETWEEN = new Set(['hatten', 'hatte', 'waren', 'war', 'sind', 'haben', 'wir', 'es', 'dann', 'had', 'have', 'were', 'we', 'there', 'then']);
// "ab April 60 statt 40": the count before the change
const INSTEAD = new Set(['statt', 'anstatt', 'instead']);
const SENTENCE_END = new Set(['.', '?', '!']);
const MONTHS = 12;

/** The period a count stands right after ("ab April 45", "Von Januar bis Juni hatten wir 40"), by its token position. */
function periodBefore(tokens: readonly QuestionToken[], i: number): number | undefined {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const t = tokens[j]!;
    if (t.kind === 'period') return j;
    if (t.kind !== 'word' || !BETWEEN.has(t.text)) return undefined;
  }
  return undefined;
}

/**
 * Workplaces that changed during the year ("bis März 30, ab April 45", "Von Januar bis Juni 40 Mitarbeiter, ab Juli
 * 60", "ab April 60 statt 40"): the workplaces of each month, and the periods they used (not the disabled people's).
 * @remarks The yearly average and the Pflichtplätze run over the months (calculator steps 1 and 3 of
 * shared/reference/programmes.md); months no count covers leave the reading undone.
 */
export function monthlyWorkplaces(tokens: readonly QuestionToken[], assignments: readonly Assignment[]): { byMonth?: number[]; periods: Set<number> } {
  const base = assignments.find((a) => a.role === 'workplaces');
  const none = { periods: new Set<number>() };
  if (!base || !tokens.some((t) => t.kind === 'period')) return none;
  const people = new Set(assignments.filter((a) => a.role !== 'workplaces').map((a) => a.index));
  const sentence = (i: number) => tokens.slice(0, i).filter((t) => t.kind === 'break' && SENTENCE_END.has(t.text)).length;
  // the base count, and the counts of its sentence that stand right after a period and count no people
  const counts = tokens.flatMap((t, i) => {
    if (t.kind !== 'number' || t.yearLike || t.written === 'article' || people.has(i) || sentence(i) !== sentence(base.index)) return [];
    const period = periodBefore(tokens, i);
    return i === base.index || period !== undefined ? [{ index: i, value: t.value, period }] : [];
  });
  const instead = tokens[base.index - 1];
  const before = tokens[base.index - 2];
  // "ab April 60 statt 40": 60 is the count after the change, 40 the count before it
  if (instead?.kind === 'word' && INSTEAD.has(instead.text) && before?.kind === 'number') {
    const changed = counts.find((c) => c.index === base.index - 2);
    const period = changed?.period === undefined ? undefined : tokens[changed.period];
    if (period?.kind !== 'period' || period.to !== MONTHS) return none;
    return { byMonth: Array.from({ length: MONTHS }, (_, m) => (m + 1 >= period.from ? before.value : base.value)), periods: new Set([changed!.period!]) };
  }
  if (counts.length < 2 || counts.filter((c) => c.period === undefined).length > 1) return none;
  const months = Array<number | undefined>(MONTHS).fill(undefined);
  for (const c of counts) {
    const period = c.period === undefined ? undefined : tokens[c.period];
    if (period?.kind === 'period') for (let m = period.from; m <= period.to; m++) months[m - 1] = c.value;
  }
  const rest = counts.find((c) => c.period === undefined);
  const byMonth = months.map((n) => n ?? rest?.value);
  if (byMonth.some((n) => n === undefined)) return none;
  return { byMonth: byMonth as number[], periods: new Set(counts.flatMap((c) => (c.period === undefined ? [] : [c.period]))) };
}
