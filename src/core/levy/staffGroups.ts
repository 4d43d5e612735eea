import type { QuestionToken } from './questionTokens.js';

/**
 * A count of staff the message describes by hours or training ("vier Aushilfen mit je 12 Stunden", "5 Azubis"):
 * positions under 18 hours a week (§ 156 Abs. 3 SGB IX) and trainee positions (§ 157 Abs. 1 SGB IX) are no
 * workplaces for the levy.
 */
export interface StaffGroup {
  /** Position of the count among the tokens. */
  index: number;
  count: number;
  /** Weekly hours said for the group; a bound below ("unter 18 Stunden") is kept just under it. */
  hours?: number;
  trainees: boolean;
  /** Minijobs without hours: under 18 hours a week by their earnings limit (see data/levy/counting-rules.json, `minijob`). */
  minijob?: true;
}

/** § 156 Abs. 3 SGB IX: positions of fewer hours a week are no workplaces. */
export const MIN_WEEKLY_HOURS = 18;

const HOURS = /^(?:stunden|std|h|hours?|hrs?|wochenstunden|stundenwoche)$/u;
const BELOW = new Set(['unter', 'weniger', 'below', 'under', 'less', 'fewer', 'höchstens', 'maximal', 'max']);
const TRAINEE = /^(?:azubis?$|azubi-|auszubildende|lehrling|apprentice|trainees?$|ausbildung$)/u;
const MINIJOB = /^(?:mini-?jobs?$|mini-?jobber|minijobkr|geringfügig|minijob-?kr|mini-?jobs?-)/u;
const SENTENCE_END = new Set(['.', '?', '!']);
// words between the count and what it counts ("5 davon Azubis", "vier in Ausbildung", "3 of them apprentices")
const BETWEEN = new Set(['davon', 'darunter', 'in', 'der', 'die', 'unser', 'unsere', 'unserer', 'of', 'them', 'our', 'are', 'sind', 'ist', 'is', 'als', 'as', 'und', 'and']);
// "ein schwerbehinderter Azubi", "a severely disabled apprentice": the status between the count and the trainee noun
const STATUS = /^(?:schwer-?behindert|gleichgestellt|disabled$|severely$)/u;

/** "12 Stunden", "unter 18 Std.": the weekly hours a number token gives, or undefined when it gives none. */
function hoursAt(tokens: readonly QuestionToken[], i: number): number | undefined {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (token?.kind !== 'number' || next?.kind !== 'word' || !HOURS.test(next.text)) return undefined;
  const before = [tokens[i - 1], tokens[i - 2]].map((t) => (t?.kind === 'word' ? t.text : ''));
  return before.some((w) => BELOW.has(w)) ? token.value - 0.5 : token.value;
}

/** The count the hours at `i` describe: the nearest count before them in the same sentence. */
function countBefore(tokens: readonly QuestionToken[], i: number, hourIndices: ReadonlySet<number>): number | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.kind === 'break' && SENTENCE_END.has(t.text)) return undefined;
    if (t.kind === 'number' && !hourIndices.has(j) && !t.yearLike) return j;
  }
  return undefined;
}

/** "Azubi", "Auszubildende", "apprentices": a word for trainees. */
export const isTraineeWord = (word: string): boolean => TRAINEE.test(word);

/** Whether the count at `i` counts what `noun` names ("5 Azubis", "zwei davon in Ausbildung", "10 Minijobber"). */
function counts(tokens: readonly QuestionToken[], i: number, noun: RegExp): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (noun.test(t.text)) return true;
    if (!BETWEEN.has(t.text) && !STATUS.test(t.text)) return false;
  }
  return false;
}
const countsTrainees = (tokens: readonly QuestionToken[], i: number) => counts(tokens, i, TRAINEE);

/**
 * The staff groups of a tokenized message, by the position of their count, and the weekly hours it names without
 * a count of its own ("die Aushilfen arbeiten 20 Stunden").
 */
export function findStaffGroups(tokens: readonly QuestionToken[]): { groups: Map<number, StaffGroup>; looseHours?: number } {
  const hours = new Map<number, number>();
  tokens.forEach((_, i) => {
    const h = hoursAt(tokens, i);
    if (h !== undefined) hours.set(i, h);
  });
  const groups = new Map<number, StaffGroup>();
  let looseHours: number | undefined;
  for (const [at, h] of hours) {
    const index = countBefore(tokens, at, new Set(hours.keys()));
    const token = index === undefined ? undefined : tokens[index];
    if (index === undefined || token?.kind !== 'number') looseHours ??= h;
    else groups.set(index, { index, count: token.value, hours: h, trainees: countsTrainees(tokens, index) });
  }
  tokens.forEach((t, i) => {
    if (t.kind !== 'number' || groups.has(i) || hours.has(i)) return;
    if (countsTrainees(tokens, i)) groups.set(i, { index: i, count: t.value, trainees: true });
    else if (counts(tokens, i, MINIJOB)) groups.set(i, { index: i, count: t.value, trainees: false, minijob: true });
  });
  return { groups, looseHours };
}

/** True for a group whose positions are no workplaces: trainees, or fewer than 18 hours a week. */
export const isExcluded = (group: StaffGroup): boolean => group.trainees || group.minijob === true || (group.hours !== undefined && group.hours < MIN_WEEKLY_HOURS);

const PART_WORDS = new Set(['davon', 'darunter', 'hiervon', 'inkl', 'inklusive', 'einschließlich', 'einschliesslich', 'including', 'incl', 'thereof', 'whom', 'which']);
const ADDED_WORDS = new Set(['und', 'plus', 'sowie', 'zusätzlich', 'außerdem', 'ausserdem', 'dazu', 'weitere', 'and', 'also', 'additionally', 'another', 'extra']);

/**
 * Whether the group at `g` is a part of the workplaces counted at `w` ("42 Mitarbeiter, davon vier Aushilfen",
 * "50 MA inkl. 5 Azubis", "22 Leute: zwei Azubis und eine Aushilfe") rather than added to them ("38 Vollzeit und 4
 * Aushilfen"). A group named after the whole without a joining word is a part of it, and so is every group of a list
 * after a colon behind the whole (in the same sentence); one named before it is not.
 */
export function isPartOf(tokens: readonly QuestionToken[], g: number, w: number): boolean {
  const after = tokens[g + 1];
  if (after?.kind === 'word' && PART_WORDS.has(after.text)) return true;
  if (g < w) return false;
  const between = tokens.slice(w + 1, g);
  const listAfterColon = between.findIndex((t) => t.kind === 'break' && t.text === ':');
  if (listAfterColon >= 0 && !between.some((t, k) => k > listAfterColon && t.kind === 'break' && SENTENCE_END.has(t.text))) return true;
  const words = between.flatMap((t) => (t.kind === 'word' ? [t.text] : []));
  if (words.some((word) => PART_WORDS.has(word))) return true;
  return !words.some((word) => ADDED_WORDS.has(word));
}
