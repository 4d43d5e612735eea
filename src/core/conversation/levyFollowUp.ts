import { levyTokens } from '../levy/questionTokens.js';
import { MIN_WEEKLY_HOURS } from '../levy/staffGroups.js';
import { monthlyCounts, namesEqualised, type LevyQuestion } from '../levy/index.js';
import { analysed, type AnalysedMessage, type MessageInput } from '../text/analysedMessage.js';
import { foldedMessage } from './fold.js';
import type { LevyFigures } from './types.js';
import type { ConversationVocabulary } from './vocabulary.js';

// "einer von den vieren", "einer davon", "one of them": people already counted
const OF_THE_COUNTED = /\b(?:von\s+(?:den|denen|ihnen|diesen)|davon|darunter|one\s+of|two\s+of|of\s+(?:them|those|these))\b/iu;

/** A bare count from this size on is read as workplaces, below it as disabled employees ("und wenn es nur 50 wären?"). */
const WORKPLACES_FROM = 20;

/** The figures with the disabled people of the last calculation present in `parsed.period` only ("und wenn er das ganze Jahr da gewesen wäre?"). */
function withPeriod(previous: LevyFigures, period: NonNullable<LevyQuestion['period']>): LevyFigures | undefined {
  const count = previous.employedByMonth ? Math.max(...previous.employedByMonth) : previous.employed;
  if (count === 0) return undefined;
  const byMonth = monthlyCounts(count, period);
  return { ...previous, employed: count, employedByMonth: byMonth.every((n) => n === count) ? undefined : byMonth };
}

/** "die Aushilfen arbeiten 20 Stunden": the part-timers left out for fewer than 18 hours a week count again. */
function withHours(previous: LevyFigures, hours: number): LevyFigures | undefined {
  const shortPartTime = previous.notCounted?.shortPartTime;
  if (!shortPartTime || hours < MIN_WEEKLY_HOURS) return undefined;
  const trainees = previous.notCounted?.trainees;
  // the disabled part-timers among them are credited again (§ 158 Abs. 2 SGB IX)
  const employed = previous.employed + (previous.notCredited ?? 0);
  return { ...previous, workplaces: previous.workplaces + shortPartTime, employed, notCredited: undefined, notCounted: trainees ? { trainees } : undefined };
}

/** "Eine Pflegekraft hat jetzt einen Ausweis mit GdB 50": one more severely disabled person, stated without a number. */
export const statesNewStatus = (input: MessageInput, parsed: LevyQuestion, vocabulary: ConversationVocabulary): boolean =>
  parsed.employed === undefined && vocabulary.levyChange.newStatus.test(analysed(input).get(foldedMessage));

/** True when a follow-up corrects a detail only the last calculation holds (a period, the hours of its part-timers). */
export const correctsLevyDetail = (parsed: LevyQuestion): boolean => parsed.period !== undefined || parsed.hoursPerWeek !== undefined;

/**
 * The figures of the last calculation with what the follow-up changes: a year, workplaces or disabled employees
 * the levy parser found (also "mit einem Schwerbehinderten"); "einen einstellen" adds one; "mit einem zweiten" sets two; a bare number sets the figure
 * it can only be; a period changes when the disabled people were there; weekly hours of 18 or more count the
 * part-timers left out; gleichgestellte among those counted change nothing but are said to. Undefined when the
 * message changes nothing.
 */
export function changedLevyFigures(input: MessageInput, last: LevyFigures, parsed: LevyQuestion, vocabulary: ConversationVocabulary): LevyFigures | undefined {
  const message = analysed(input);
  // "Eine Pflegekraft hat jetzt einen Ausweis mit GdB 50, rechnen Sie …": one more person, stated by the status, not a number
  const newStatus = statesNewStatus(message, parsed, vocabulary);
  const previous = newStatus ? { ...last, employed: last.employed + 1, employedByMonth: last.employedByMonth?.map((n) => n + 1) } : last;
  const changed = figuresChangedBy(message, previous, parsed, vocabulary);
  return changed ?? (newStatus ? previous : undefined);
}

/** The figures of the last calculation (with a status stated in the message already added) that the message changes. */
function figuresChangedBy(message: AnalysedMessage, previous: LevyFigures, parsed: LevyQuestion, vocabulary: ConversationVocabulary): LevyFigures | undefined {
  const { text } = message;
  // "und wenn einer von den vieren nur gleichgestellt ist?": gleichgestellte count the same (§ 151 Abs. 3 SGB IX)
  if (previous.employed > 0 && parsed.workplaces === undefined && namesEqualised(text) && OF_THE_COUNTED.test(text)) return { ...previous, equalisedAsked: true };
  if (parsed.year !== undefined || parsed.workplaces !== undefined || parsed.employed !== undefined) {
    // "und wenn wir zehn weitere Schwerbehinderte einstellen?" adds to those counted, with their monthly counts and credits;
    // "zwei mehr, also fünf" gives the new total itself
    const counts = message.get(levyTokens).filter((t) => t.kind === 'number' && !t.yearLike).length;
    const adds = parsed.employed !== undefined && parsed.workplaces === undefined && counts === 1 && vocabulary.levyChange.add.test(message.get(foldedMessage));
    const employed = parsed.employed === undefined || adds
      ? { employed: previous.employed + (parsed.employed ?? 0), employedByMonth: previous.employedByMonth?.map((n) => n + (parsed.employed ?? 0)), extraCredits: previous.extraCredits }
      : { employed: parsed.employed, employedByMonth: parsed.employedByMonth, extraCredits: parsed.extraCredits };
    const workforce = parsed.workplaces === undefined
      ? { notCounted: previous.notCounted, monthsOperated: previous.monthsOperated, notCredited: previous.notCredited }
      : { notCounted: parsed.notCounted, monthsOperated: parsed.monthsOperated, notCredited: parsed.notCredited };
    const figures = { workplaces: parsed.workplaces ?? previous.workplaces, ...employed, year: parsed.year ?? previous.year, ...workforce };
    // "Und 2024 war sie das ganze Jahr da?": the year and when the people counted were there change together
    return parsed.period && parsed.employed === undefined ? (withPeriod(figures, parsed.period) ?? figures) : figures;
  }
  if (parsed.period) return withPeriod(previous, parsed.period);
  if (parsed.hoursPerWeek !== undefined) return withHours(previous, parsed.hoursPerWeek);
  const folded = message.get(foldedMessage);
  const words = folded.split(' ');
  const ordinal = words.map((w) => vocabulary.levyChange.ordinals.get(w)).find((n) => n !== undefined);
  const constant = { ...previous, employedByMonth: undefined, extraCredits: undefined };
  if (ordinal !== undefined) return { ...constant, employed: ordinal };
  const count = message.get(levyTokens).find((t) => t.kind === 'number' && !t.yearLike);
  if (!count || count.kind !== 'number') return undefined;
  if (vocabulary.levyChange.add.test(folded)) return previous.employedByMonth ? { ...previous, employedByMonth: previous.employedByMonth.map((n) => n + count.value), employed: previous.employed + count.value } : { ...previous, employed: previous.employed + count.value };
  // "und wenn wir keinen hätten?": none; "einen" alone says nothing without a noun
  if (count.written === 'article') return count.value === 0 ? { ...constant, employed: 0 } : undefined;
  return count.value >= WORKPLACES_FROM ? { ...previous, workplaces: count.value } : { ...constant, employed: count.value };
}
