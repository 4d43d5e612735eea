import { PART_OF } from './partOfWhole.js';
import { monthlyCounts, type MonthRange } from './periods.js';
import type { QuestionToken } from './questionTokens.js';

/** A count the parser gave a role, by its position among the tokens. */
export interface Assignment {
  index: number;
  role: 'workplaces' | 'employed' | 'equalised';
  value: number;
}

const SENTENCE_END = new Set(['.', '?', '!']);

/** The index of the sentence each token is in. */
function sentenceOf(tokens: readonly QuestionToken[]): number[] {
  let sentence = 0;
  return tokens.map((t) => (t.kind === 'break' && SENTENCE_END.has(t.text) ? sentence++ : sentence));
}

/**
 * The count of disabled people a period belongs to: the nearest one before it in its sentence or the one before
 * ("ein schwerbehinderter Kollege, der war nur von Januar bis Juni bei uns"), else the next one in its sentence
 * when no workplace count stands between ("Seit Juli haben wir einen Schwerbehinderten").
 */
function ownerOf(p: number, people: readonly Assignment[], workplaces: Assignment | undefined, sentences: readonly number[]): Assignment | undefined {
  const before = [...people].reverse().find((a) => a.index < p && sentences[p]! - sentences[a.index]! <= 1);
  if (before) return before;
  const after = people.find((a) => a.index > p && sentences[a.index] === sentences[p]);
  if (!after || (workplaces && workplaces.index > p && workplaces.index < after.index)) return undefined;
  return after;
}

/** "einer davon", "davon einer", "one of them": the count is a part of the count of people named before it. */
function isPart(tokens: readonly QuestionToken[], a: Assignment): boolean {
  const [before, after] = [tokens[a.index - 1], tokens[a.index + 1]];
  return (after?.kind === 'word' && (PART_OF.test(after.text) || after.text === 'of')) || (before?.kind === 'word' && PART_OF.test(before.text));
}

/**
 * The people counts with the counts after them the parser gave no role: parts ("3 Schwerbehinderte, einer davon nur
 * bis Juni") and counts with a period of their own ("4 Schwerbehinderte von Januar bis Juni, 6 von Juli bis Dezember").
 */
function withParts(tokens: readonly QuestionToken[], people: readonly Assignment[]): Assignment[] {
  const parts = tokens.flatMap((t, index) => {
    if (t.kind !== 'number' || t.yearLike || people.some((a) => a.index === index) || !people.some((a) => a.index < index)) return [];
    const part: Assignment = { index, role: 'employed', value: t.value };
    const ofWhole = isPart(tokens, part) && people.some((a) => a.index < index && a.value >= t.value);
    return ofWhole || (t.written !== 'article' && tokens[index + 1]?.kind === 'period') ? [part] : [];
  });
  return [...people, ...parts].sort((a, b) => a.index - b.index);
}

/**
 * The disabled people per month when a period is named for some of them ("3 Schwerbehinderte, einer davon nur bis
 * Juni"), and a period named for nobody (a follow-up: "und wenn er das ganze Jahr da gewesen wäre?").
 * @remarks The yearly calculation sums monthly figures (§ 163 Abs. 2 SGB IX, Anzeige by month); people without a period count in every month.
 */
export function monthlyEmployed(tokens: readonly QuestionToken[], assignments: readonly Assignment[]): { byMonth?: number[]; loosePeriod?: MonthRange } {
  if (!tokens.some((t) => t.kind === 'period')) return {};
  const periods = tokens.flatMap((t, i) => (t.kind === 'period' ? [{ index: i, range: { from: t.from, to: t.to } }] : []));
  const sentences = sentenceOf(tokens);
  const people = withParts(tokens, assignments.filter((a) => a.role !== 'workplaces'));
  const workplaces = assignments.find((a) => a.role === 'workplaces');
  const owned = new Map<Assignment, MonthRange>();
  let loosePeriod: MonthRange | undefined;
  for (const { index, range } of periods) {
    const owner = ownerOf(index, people, workplaces, sentences);
    if (owner && !owned.has(owner)) owned.set(owner, range);
    else if (!owner) loosePeriod = range;
  }
  if (owned.size === 0) return { loosePeriod };
  // the first count of each role is the base, as without periods; a later one counts only with a period of its own
  const bases = (['employed', 'equalised'] as const).flatMap((role) => people.filter((a) => a.role === role).slice(0, 1));
  const months = Array<number>(12).fill(0);
  const add = (values: number[], sign = 1) => values.forEach((v, m) => (months[m] = months[m]! + sign * v));
  for (const base of bases) add(monthlyCounts(base.value, owned.get(base) ?? { from: 1, to: 12 }));
  for (const [a, range] of owned) {
    if (bases.includes(a)) continue;
    const whole = [...bases].reverse().find((b) => b.index < a.index && b.value >= a.value && !owned.has(b));
    if (whole && isPart(tokens, a)) add(monthlyCounts(a.value, { from: 1, to: 12 }), -1);
    add(monthlyCounts(a.value, range));
  }
  const constant = months.every((m) => m === months[0]);
  return { byMonth: constant ? undefined : months, loosePeriod };
}
