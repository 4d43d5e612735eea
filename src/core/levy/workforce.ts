import type { Assignment } from './monthlyEmployed.js';
import type { QuestionToken } from './questionTokens.js';
import { isExcluded, isPartOf, type StaffGroup } from './staffGroups.js';

/** Positions a message named that are no workplaces for the levy. */
export interface NotCounted {
  /** Positions of fewer than 18 hours a week (§ 156 Abs. 3 SGB IX). */
  shortPartTime?: number;
  /** Trainee positions (§ 157 Abs. 1 SGB IX). */
  trainees?: number;
  /** Of `shortPartTime`: Minijobs named without hours, under 18 hours a week by their earnings limit. */
  minijobs?: number;
}

/**
 * The workplaces after the staff groups (`amongStaff`: groups of disabled people, always part of the count): excluded positions that are part of the count are taken off
 * ("42 Mitarbeiter, davon vier Aushilfen mit je 12 Stunden" → 38), positions of 18 hours or more named besides it are
 * added ("38 Vollzeit und 4 Teilzeit mit 20 Stunden" → 42); a count that is itself under 18 hours counts none.
 */
export function adjustedWorkplaces(tokens: readonly QuestionToken[], groups: ReadonlyMap<number, StaffGroup>, count: Assignment | undefined, amongStaff: ReadonlySet<number> = new Set()): { workplaces?: number; notCounted?: NotCounted } {
  if (!count) return {};
  let workplaces = count.value;
  const notCounted: NotCounted = {};
  const exclude = (group: StaffGroup, n: number) => {
    const key = group.trainees ? 'trainees' : 'shortPartTime';
    notCounted[key] = (notCounted[key] ?? 0) + n;
    if (group.minijob) notCounted.minijobs = (notCounted.minijobs ?? 0) + n;
  };
  for (const group of groups.values()) {
    if (group.index === count.index) {
      if (isExcluded(group)) { exclude(group, workplaces); workplaces = 0; }
      continue;
    }
    // disabled people are among the staff ("40 Mitarbeiter und einen Schwerbehinderten mit 15 Stunden")
    const part = amongStaff.has(group.index) || isPartOf(tokens, group.index, count.index);
    if (isExcluded(group) && part && group.count <= workplaces) {
      workplaces -= group.count;
      exclude(group, group.count);
    } else if (!isExcluded(group) && !part && group.index > count.index) {
      workplaces += group.count;
    }
  }
  return Object.keys(notCounted).length > 0 ? { workplaces, notCounted } : { workplaces };
}
