import { levyTokens, measuredAt, type QuestionToken } from '../levy/questionTokens.js';
import { findStaffGroups, isExcluded, isTraineeWord, MIN_WEEKLY_HOURS } from '../levy/staffGroups.js';
import { monthlyCounts, namesEqualised, type LevyQuestion, type MonthRange } from '../levy/index.js';
import { analysed, type AnalysedMessage, type MessageInput } from '../text/analysedMessage.js';
import { messageCues } from './cuePatterns.js';
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

/** The disabled people of `previous` per month. */
const monthsOf = (previous: LevyFigures): number[] => previous.employedByMonth ?? Array<number>(12).fill(previous.employed);

/** The same figure in every month: the yearly figure says it all, and no monthly list is kept. */
const sameEveryMonth = (byMonth: readonly number[]): boolean => byMonth.every((n) => n === byMonth[0]);

/**
 * "und wenn ab Juli noch ein dritter dazugekommen wäre?": the people added in some months only, on top of those the
 * last calculation counted (the yearly sums run over the months, § 163 Abs. 2 SGB IX).
 */
function withAddedByMonth(previous: LevyFigures, added: readonly number[]): LevyFigures {
  const byMonth = monthsOf(previous).map((n, m) => n + (added[m] ?? 0));
  return { ...previous, employed: Math.max(...byMonth), employedByMonth: sameEveryMonth(byMonth) ? undefined : byMonth };
}

/**
 * "die dritte kam erst im Juli dazu, nicht im Januar": the `ordinal`-th of the people counted was there in `period` only;
 * outside it, at most those before her were (the yearly sums run over the months, § 163 Abs. 2 SGB IX).
 */
function withOrdinalIn(previous: LevyFigures, ordinal: number, period: MonthRange): LevyFigures {
  const byMonth = monthsOf(previous).map((n, m) => (m + 1 >= period.from && m + 1 <= period.to ? n : Math.min(n, ordinal - 1)));
  return { ...previous, employed: Math.max(...byMonth), employedByMonth: sameEveryMonth(byMonth) ? undefined : byMonth };
}

/** "die Aushilfen arbeiten 20 Stunden": the part-timers left out for fewer than 18 hours a week count again. */
function withHours(previous: LevyFigures, hours: number): LevyFigures | undefined {
  const shortPartTime = previous.notCounted?.shortPartTime;
  if (!shortPartTime || hours < MIN_WEEKLY_HOURS) return undefined;
  const trainees = previous.notCounted?.trainees;
  // the disabled part-timers among them are credited again (§ 158 Abs. 2 SGB IX)
  const employed = previous.employed + (previous.notCredited ?? 0);
  const workplacesByMonth = previous.workplacesByMonth?.map((n) => n + shortPartTime);
  return { ...previous, workplaces: previous.workplaces + shortPartTime, workplacesByMonth, employed, notCredited: undefined, notCounted: trainees ? { trainees } : undefined };
}

/**
 * "Einer der sieben ist übrigens unser Azubi", "zwei davon sind Auszubildende": disabled people counted before who are
 * trainees. Each counts for two places (§ 159 Abs. 2 SGB IX), and a training place is no workplace (§ 157 Abs. 1).
 */
export function traineesAmongCounted(input: MessageInput, previous: LevyFigures): number | undefined {
  const message = analysed(input);
  const tokens = message.get(levyTokens);
  if (!tokens.some((t) => t.kind === 'word' && isTraineeWord(t.text))) return undefined;
  const counted = Math.max(...monthsOf(previous));
  const [part, ...rest] = tokens.filter((t) => t.kind === 'number' && !t.yearLike);
  // "one of them is an apprentice": an article after the part is no whole
  const whole = rest.find((t) => t.kind === 'number' && t.written !== 'article');
  if (part?.kind !== 'number' || part.value < 1 || part.value > counted) return undefined;
  return whole?.kind === 'number' ? (whole.value === counted ? part.value : undefined) : OF_THE_COUNTED.test(message.text) ? part.value : undefined;
}

// words before a number that make it the whole a part is taken from ("von den fünf", "of the five")
const WHOLE_BEFORE = new Set(['von', 'of', 'unter', 'among']);
const ARTICLE_BEFORE = new Set(['den', 'diesen', 'unseren', 'allen', 'the', 'these', 'those', 'our', 'all']);

/** Whether the number at `index` follows "von (den)"/"of (the)": the whole a part is taken from. */
function namesWhole(tokens: readonly QuestionToken[], index: number): boolean {
  let i = index - 1;
  const before = (): string | undefined => { const t = tokens[i]; return t?.kind === 'word' ? t.text.toLowerCase() : undefined; };
  if (ARTICLE_BEFORE.has(before() ?? '')) i--;
  return WHOLE_BEFORE.has(before() ?? '');
}

/**
 * The first month without the people who leave: "ab Juli", "im Juli" → July; "bis Juni" → July; undefined for the whole
 * year or a range that ends before December without starting in January.
 */
function leavingMonth({ from, to }: MonthRange): number | undefined {
  if (from > 1) return to === 12 || to === from ? from : undefined;
  return to < 12 ? to + 1 : undefined;
}

/**
 * "Und ohne den Azubi?", "und wenn einer davon geht?", "mit zwei weniger": disabled people counted before who leave.
 * Trainees named are taken from the trainees counted (their second credit goes with them, § 159 Abs. 2 SGB IX; their
 * training place never was a workplace, § 157 Abs. 1); others from the disabled people of every month. Undefined when
 * more leave than were counted.
 */
function withoutPeople(message: AnalysedMessage, previous: LevyFigures): LevyFigures | undefined {
  const tokens = message.get(levyTokens);
  // "von den fünf gehen zwei in Rente": a number after "von den"/"of the" is the whole, not those who leave;
  // "… und wir danach keinen mehr hatten": a "keinen" tells what is left, not who leaves
  const count = tokens.find((t, i) => t.kind === 'number' && !t.yearLike && !namesWhole(tokens, i) && !(t.written === 'article' && t.value === 0));
  const removed = count?.kind === 'number' ? count.value : 1;
  const counted = Math.max(...monthsOf(previous));
  if (removed < 1 || removed > counted) return undefined;
  // "wenn er ab Juli in Rente geht": gone from that month on, counted before it (the year's sums run over the months, § 163 Abs. 2 SGB IX)
  const period = tokens.find((t) => t.kind === 'period');
  const leaves = period?.kind === 'period' ? leavingMonth(period) : undefined;
  if (leaves !== undefined) {
    const byMonth = monthsOf(previous).map((n, m) => (m + 1 >= leaves ? Math.max(0, n - removed) : n));
    return { ...previous, employed: Math.max(...byMonth), employedByMonth: sameEveryMonth(byMonth) ? undefined : byMonth };
  }
  const byMonth = previous.employedByMonth?.map((n) => Math.max(0, n - removed));
  const namesTrainee = tokens.some((t) => t.kind === 'word' && isTraineeWord(t.text));
  const trainees = previous.extraCredits ?? 0;
  if (!namesTrainee) return { ...previous, employed: previous.employed - removed, employedByMonth: byMonth };
  if (trainees < removed) return undefined;
  const left = (previous.notCounted?.trainees ?? 0) - removed;
  const notCounted = { ...previous.notCounted, trainees: left > 0 ? left : undefined };
  const anyLeft = Object.values(notCounted).some((n) => n !== undefined);
  return { ...previous, employed: previous.employed - removed, employedByMonth: byMonth, extraCredits: trainees - removed || undefined, notCounted: anyLeft ? notCounted : undefined };
}

/**
 * "Und wenn sie nur noch 15 Stunden arbeitet?": a disabled person counted before now works fewer than 18 hours a
 * week. Without the approval of the Agentur für Arbeit the person is not credited (§ 158 Abs. 2 SGB IX), and the
 * position is no workplace any more (§ 156 Abs. 3); in the months of `period` only when one is named.
 */
function withDisabledShortHours(message: AnalysedMessage, previous: LevyFigures, period: LevyQuestion['period']): LevyFigures | undefined {
  const counted = Math.max(...monthsOf(previous));
  const count = message.get(levyTokens).find((t) => t.kind === 'number' && !t.yearLike && t.written !== 'digits');
  const people = count?.kind === 'number' && count.value >= 1 ? count.value : 1;
  if (counted < people || previous.workplaces <= people) return undefined;
  const months = period ? monthlyCounts(people, period) : Array<number>(12).fill(people);
  const employedByMonth = monthsOf(previous).map((n, m) => n - months[m]!);
  const places = previous.workplacesByMonth ?? Array<number>(12).fill(previous.workplaces);
  const workplacesByMonth = places.map((n, m) => n - months[m]!);
  const whole = months.every((n) => n === people);
  const notCounted = { ...previous.notCounted, shortPartTime: (previous.notCounted?.shortPartTime ?? 0) + people };
  return {
    ...previous,
    workplaces: whole ? previous.workplaces - people : workplacesByMonth.reduce((a, b) => a + b, 0) / 12,
    workplacesByMonth: sameEveryMonth(workplacesByMonth) ? undefined : workplacesByMonth,
    employed: Math.max(...employedByMonth),
    employedByMonth: sameEveryMonth(employedByMonth) ? undefined : employedByMonth,
    notCredited: (previous.notCredited ?? 0) + people,
    notCounted,
  };
}

/** The changed figures for the year the same message names ("… was wäre es 2024 gewesen?"), if it names one. */
const inYear = (figures: LevyFigures | undefined, year: number | undefined): LevyFigures | undefined =>
  figures && year !== undefined ? { ...figures, year } : figures;

/**
 * The figures with `trainees` of the disabled people counted before being trainees. When the last calculation already
 * left out at least as many training places ("1.200 Beschäftigte, darunter 180 Azubis"), theirs were among them.
 */
function withTrainees(previous: LevyFigures, trainees: number): LevyFigures {
  if ((previous.notCounted?.trainees ?? 0) >= trainees) return { ...previous, extraCredits: (previous.extraCredits ?? 0) + trainees };
  const notCounted = { ...previous.notCounted, trainees: (previous.notCounted?.trainees ?? 0) + trainees };
  const workplacesByMonth = previous.workplacesByMonth?.map((n) => Math.max(0, n - trainees));
  return { ...previous, workplaces: previous.workplaces - trainees, workplacesByMonth, extraCredits: (previous.extraCredits ?? 0) + trainees, notCounted };
}

/** "Eine Pflegekraft hat jetzt einen Ausweis mit GdB 50": one more severely disabled person, stated without a number. */
export const statesNewStatus = (input: MessageInput, parsed: LevyQuestion, vocabulary: ConversationVocabulary): boolean =>
  parsed.employed === undefined && messageCues(analysed(input), vocabulary).test(vocabulary.levyChange.newStatus);

/**
 * "Ach, ich hab vergessen: wir haben zusätzlich noch einen schwerbehinderten Azubi.", "Zwei davon gehen in Rente.":
 * a statement (no question) that gives disabled people or workplaces, or says that people counted leave. Right after
 * a levy result it changes that result, however many words it has.
 */
export const statesLevyFigures = (input: MessageInput, parsed: LevyQuestion, vocabulary: ConversationVocabulary): boolean => {
  const message = analysed(input);
  if (message.text.includes('?')) return false;
  return parsed.employed !== undefined || parsed.workplaces !== undefined || messageCues(message, vocabulary).test(vocabulary.levyChange.remove);
};

/**
 * "Und wenn einer davon kündigt, muss das Inklusionsamt zustimmen?": the circumstance comes first, the last clause asks
 * something without a word of the levy or its amount (`levyChange.amountWords`); "…, was zahlen wir dann?" asks the levy.
 */
export function asksBesideLevy(input: MessageInput, vocabulary: ConversationVocabulary): boolean {
  const clauses = analysed(input).text.split(/[,;:–—]|\s-\s/u).map((c) => c.trim()).filter((c) => c.length > 0);
  const last = clauses.at(-1);
  return clauses.length > 1 && !!last && last.endsWith('?') && ASKING_CLAUSE.test(last) && !vocabulary.levyChange.amountWords.test(last.toLowerCase());
}

/** A clause that asks by itself: it starts with a question word or a verb ("muss …", "bekommen wir …"), not "ab Januar?". */
const ASKING_CLAUSE = /^(?:muss|müssen|darf|dürfen|kann|können|bekomm\w*|brauch\w*|gibt|gilt|ist|sind|hat|haben|wer|wie|was|wo|wann|welche\w*|does|do|is|are|can|must|who|what|how|when|where|which)\b/iu;

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
  // "Warum zahlen wir für 22 Plätze?": the figures a question why names are those of the result, not new ones
  if (messageCues(message, vocabulary).test(vocabulary.levyChange.why)) return undefined;
  // "Eine Pflegekraft hat jetzt einen Ausweis mit GdB 50, rechnen Sie …": one more person, stated by the status, not a number
  const newStatus = statesNewStatus(message, parsed, vocabulary);
  const previous = newStatus ? { ...last, employed: last.employed + 1, employedByMonth: last.employedByMonth?.map((n) => n + 1) } : last;
  const trainees = traineesAmongCounted(message, previous);
  // "Vier von den 38 sind übrigens Azubis. Ändert das was für 2025?": the year named goes with them
  if (trainees !== undefined) return inYear(withTrainees(previous, trainees), parsed.year);
  const changed = figuresChangedBy(message, previous, parsed, vocabulary);
  return changed ?? (newStatus ? previous : undefined);
}

/** The ordinal the message names ("mit einem dritten"), as a number. */
function ordinalIn(folded: string, vocabulary: ConversationVocabulary): number | undefined {
  for (const word of folded.split(' ')) {
    const ordinal = vocabulary.levyChange.ordinals.get(word);
    if (ordinal !== undefined) return ordinal;
  }
  return undefined;
}

/** "ein dritter Schwerbehinderter ab Juli": one person, whose ordinal says that those counted before stay. */
const addsByOrdinal = (folded: string, previous: LevyFigures, parsed: LevyQuestion, vocabulary: ConversationVocabulary): boolean => {
  const ordinal = ordinalIn(folded, vocabulary);
  return ordinal !== undefined && parsed.employed !== undefined && ordinal === Math.max(...monthsOf(previous)) + parsed.employed;
};

/** The figures of the last calculation (with a status stated in the message already added) that the message changes. */
function figuresChangedBy(message: AnalysedMessage, previous: LevyFigures, parsed: LevyQuestion, vocabulary: ConversationVocabulary): LevyFigures | undefined {
  const { text } = message;
  const cues = messageCues(message, vocabulary);
  // "und wenn einer von den vieren nur gleichgestellt ist?": gleichgestellte count the same (§ 151 Abs. 3 SGB IX)
  if (previous.employed > 0 && parsed.workplaces === undefined && namesEqualised(text) && OF_THE_COUNTED.test(text)) return { ...previous, equalisedAsked: true };
  // "Und wenn sie ab Januar auf 15 Stunden reduziert?": a disabled person counted before below 18 hours
  // ("Und wenn einer davon kündigt, muss das Inklusionsamt zustimmen?" asks another subject)
  if (parsed.hoursPerWeek !== undefined && parsed.hoursPerWeek < MIN_WEEKLY_HOURS && !previous.notCounted?.shortPartTime && parsed.workplaces === undefined && parsed.employed === undefined && previous.employed > 0 && !asksBesideLevy(message, vocabulary)) {
    return inYear(withDisabledShortHours(message, previous, parsed.period), parsed.year);
  }
  // "Und wenn die Minijobber auf 25 Stunden gehen?": the part-timers left out count again ("25 Stunden gehen" is no one leaving)
  const hours = parsed.period ? undefined : parsed.hoursPerWeek;
  if (hours !== undefined && hours >= MIN_WEEKLY_HOURS && previous.notCounted?.shortPartTime) return inYear(withHours(previous, hours), parsed.year);
  // "Und ohne den Azubi – was wäre es 2024 gewesen?": people counted before leave (and the year may change with them)
  // (more leaving than were counted changes nothing; the count is no new total)
  // ("zwei davon gehen in Rente": the parser's count of disabled people is the number who leave)
  if (parsed.workplaces === undefined && cues.test(vocabulary.levyChange.remove)) {
    return asksBesideLevy(message, vocabulary) ? undefined : inYear(withoutPeople(message, previous), parsed.year);
  }
  // "Und wenn wir nächstes Jahr auf 45 wachsen?": a year beside a bare count changes both
  if (parsed.year !== undefined && parsed.workplaces === undefined && parsed.employed === undefined) {
    const { year, ...rest } = parsed;
    return { ...(figuresChangedBy(message, previous, rest, vocabulary) ?? previous), year };
  }
  if (parsed.workplaces !== undefined || parsed.employed !== undefined) {
    // "und wenn wir zehn weitere Schwerbehinderte einstellen?" adds to those counted, with their monthly counts and credits;
    // "zwei mehr, also fünf" gives the new total itself
    // (the particle of "stellen zwei … ein" is no second count)
    const counts = message.get(levyTokens).filter((t) => t.kind === 'number' && !t.yearLike && t.written !== 'article').length;
    const adds = parsed.employed !== undefined && parsed.workplaces === undefined && counts <= 1 && cues.test(vocabulary.levyChange.add);
    const addedByMonth = adds || addsByOrdinal(message.get(foldedMessage), previous, parsed, vocabulary) ? parsed.employedByMonth : undefined;
    const employed = addedByMonth
      ? { ...withAddedByMonth(previous, addedByMonth), extraCredits: previous.extraCredits }
      : parsed.employed === undefined || adds
        // "noch einen schwerbehinderten Azubi": an added trainee brings the second credit along (§ 159 Abs. 2 SGB IX)
        ? { employed: previous.employed + (parsed.employed ?? 0), employedByMonth: previous.employedByMonth?.map((n) => n + (parsed.employed ?? 0)), extraCredits: adds && parsed.extraCredits ? (previous.extraCredits ?? 0) + parsed.extraCredits : previous.extraCredits }
        : { employed: parsed.employed, employedByMonth: parsed.employedByMonth, extraCredits: parsed.extraCredits };
    const workforce = parsed.workplaces === undefined
      ? { notCounted: previous.notCounted, monthsOperated: previous.monthsOperated, notCredited: previous.notCredited, workplacesByMonth: previous.workplacesByMonth, approximate: previous.approximate }
      : { notCounted: parsed.notCounted, monthsOperated: parsed.monthsOperated, notCredited: parsed.notCredited, workplacesByMonth: parsed.workplacesByMonth, approximate: parsed.approximate };
    const figures = { workplaces: parsed.workplaces ?? previous.workplaces, ...employed, year: parsed.year ?? previous.year, ...workforce };
    // "Und 2024 war sie das ganze Jahr da?": the year and when the people counted were there change together
    return parsed.period && parsed.employed === undefined ? (withPeriod(figures, parsed.period) ?? figures) : figures;
  }
  const folded = message.get(foldedMessage);
  const ordinal = ordinalIn(folded, vocabulary);
  const tokens = message.get(levyTokens);
  // "und die 2 Azubis zählen auch nicht?": a count of positions that are no workplaces (trainees, under 18 hours) is
  // no figure of the calculation, and neither are the hours themselves ("mit 20 Stunden")
  const { groups } = findStaffGroups(tokens);
  const count = tokens.find((t, i) => t.kind === 'number' && !t.yearLike && !measuredAt(tokens, i) && !(groups.has(i) && isExcluded(groups.get(i)!)));
  if (parsed.period) {
    const current = Math.max(...monthsOf(previous));
    // "die dritte kam erst im Juli dazu": the person of that ordinal among those counted was there in those months only
    if (ordinal !== undefined && ordinal >= 1 && ordinal <= current) return withOrdinalIn(previous, ordinal, parsed.period);
    // "und wenn ab Juli ein dritter dazugekommen wäre?", "ab Oktober zwei weitere": added in those months only
    const added = ordinal !== undefined && ordinal > current ? ordinal - current : count?.kind === 'number' && count.value > 0 && cues.test(vocabulary.levyChange.add) ? count.value : undefined;
    return added === undefined ? withPeriod(previous, parsed.period) : withAddedByMonth(previous, monthlyCounts(added, parsed.period));
  }
  if (parsed.hoursPerWeek !== undefined) return withHours(previous, parsed.hoursPerWeek);
  // the disabled people set anew, the same in every month
  const constant = (employed: number): LevyFigures => ({ ...previous, employedByMonth: undefined, extraCredits: undefined, employed });
  if (ordinal !== undefined) return constant(ordinal);
  if (!count || count.kind !== 'number') return undefined;
  if (cues.test(vocabulary.levyChange.add)) return previous.employedByMonth ? { ...previous, employedByMonth: previous.employedByMonth.map((n) => n + count.value), employed: previous.employed + count.value } : { ...previous, employed: previous.employed + count.value };
  // "und wenn wir keinen hätten?": none; "einen" alone says nothing without a noun
  if (count.written === 'article') return count.value === 0 ? constant(0) : undefined;
  return count.value >= WORKPLACES_FROM ? { ...previous, workplaces: count.value, workplacesByMonth: undefined, approximate: count.approximate } : constant(count.value);
}
