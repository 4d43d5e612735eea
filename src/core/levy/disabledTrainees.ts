import type { Assignment } from './monthlyEmployed.js';
import { PART_OF } from './partOfWhole.js';
import type { QuestionToken } from './questionTokens.js';
import type { StaffGroup } from './staffGroups.js';

// "one of them an apprentice": the English part words around the count
const OF_THEM = new Set(['of', 'them', 'whom']);

/**
 * Trainees named as a part of the disabled people counted before them ("sieben Schwerbehinderte, einer davon ist
 * unser Azubi", "darunter ein Azubi", "one of them an apprentice"): each counts for two places (§ 159 Abs. 2 SGB IX),
 * and the training place is no workplace (§ 157 Abs. 1), also when the staff count was named apart.
 */
export function traineesAmongDisabled(tokens: readonly QuestionToken[], groups: ReadonlyMap<number, StaffGroup>, assignments: readonly Assignment[]): { indices: Set<number>; count: number } {
  const indices = new Set<number>();
  let count = 0;
  for (const group of groups.values()) {
    if (!group.trainees || assignments.some((a) => a.index === group.index)) continue;
    const [before, after] = [tokens[group.index - 1], tokens[group.index + 1]];
    const partWord = (t: QuestionToken | undefined) => t?.kind === 'word' && (PART_OF.test(t.text) || OF_THEM.has(t.text));
    const whole = [...assignments].reverse().find((a) => a.index < group.index);
    if ((partWord(before) || partWord(after)) && whole !== undefined && whole.role !== 'workplaces' && whole.value >= group.count) {
      indices.add(group.index);
      count += group.count;
    }
  }
  return { indices, count };
}
