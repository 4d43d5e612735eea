import type { Assignment } from './monthlyEmployed.js';
import { PART_OF } from './partOfWhole.js';
import type { QuestionToken } from './questionTokens.js';
import { MIN_WEEKLY_HOURS, type StaffGroup } from './staffGroups.js';

/**
 * The disabled people a message says work fewer than 18 hours a week ("einen Schwerbehinderten mit 15 Stunden",
 * "2 Schwerbehinderte, einer davon mit 12 Stunden"): their position is no workplace, and they count only with the
 * approval of the Agentur für Arbeit (§ 158 Abs. 2 SGB IX), which the calculator does not assume.
 */
export function disabledShortPartTime(tokens: readonly QuestionToken[], groups: ReadonlyMap<number, StaffGroup>, assignments: readonly Assignment[]): { indices: Set<number>; count: number } {
  const people = assignments.filter((a) => a.role !== 'workplaces');
  const indices = new Set<number>();
  let count = 0;
  for (const group of groups.values()) {
    if (group.trainees || group.hours === undefined || group.hours >= MIN_WEEKLY_HOURS) continue;
    const own = people.some((a) => a.index === group.index);
    const after = tokens[group.index + 1];
    const before = [...assignments].reverse().find((a) => a.index < group.index);
    const partOfPeople = after?.kind === 'word' && PART_OF.test(after.text) && before !== undefined && before.role !== 'workplaces' && before.value >= group.count;
    if (own || partOfPeople) {
      indices.add(group.index);
      count += group.count;
    }
  }
  return { indices, count };
}
