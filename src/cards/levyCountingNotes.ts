import type { CountingRule, CountingRuleId, LevyCountingRules } from '../core/levy/index.js';
import type { Translator } from '../i18n.js';

/** What a calculation left out, counted by month or took from an earlier message; every note names its law. */
export interface LevyCounting {
  notCounted?: { shortPartTime?: number; trainees?: number; minijobs?: number };
  employedByMonth?: number[];
  /** The workplaces per month when they changed during the year. */
  workplacesByMonth?: number[];
  /** The workplace count was an approximation ("knapp 60"), calculated as written. */
  approximate?: boolean;
  /** Disabled people under 18 hours a week, not credited (§ 158 Abs. 2 SGB IX). */
  notCredited?: number;
  /** The months the business existed, when it opened during the year. */
  monthsOperated?: { from: number; to: number };
  /** Schwerbehinderte trainees counted twice (§ 159 Abs. 2 SGB IX). */
  extraCredits?: number;
  /** Gleichgestellte people an earlier message stated, added to the disabled employees. */
  equalisedFromEarlier?: number;
  /** The message asked whether some being gleichgestellt changes the result. */
  equalisedAsked?: boolean;
}

/** The name of a month (0 = January) in the locale. */
const monthName = (m: number, locale: string) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, m, 1));

/** The monthly counts (the first of them for month `first`) as runs of equal months: "Januar bis Juni: 1, Juli bis Dezember: 0". */
function monthRuns(byMonth: readonly number[], t: Translator, locale: string, first = 1): string {
  const name = (m: number) => monthName(m + first - 1, locale);
  const runs: { from: number; to: number; count: number }[] = [];
  byMonth.forEach((count, m) => {
    const last = runs.at(-1);
    if (last && last.count === count) last.to = m;
    else runs.push({ from: m, to: m, count });
  });
  return runs.map((r) => (r.from === r.to ? t('levyfigures:oneMonth', { month: name(r.from), count: r.count }) : t('levyfigures:monthRun', { from: name(r.from), to: name(r.to), count: r.count }))).join(', ');
}

/**
 * The notes on how the figures were counted, each naming its paragraph: as a Markdown link to the law text for the
 * card (`linked`), as plain text for the message text.
 */
export function countingNotes(counting: LevyCounting, rules: LevyCountingRules, t: Translator, locale: string, linked: boolean): string[] {
  const paragraph = (rule: CountingRule) => (linked ? `[${rule.paragraph}](${rule.legalBasis})` : rule.paragraph);
  const note = (id: CountingRuleId, key: string, options: Record<string, unknown>) => t(`levyfigures:${key}`, { ...options, paragraph: paragraph(rules[id]) });
  const notes: string[] = [];
  const { shortPartTime, trainees } = counting.notCounted ?? {};
  if (shortPartTime) notes.push(note('shortPartTime', 'shortPartTime', { count: shortPartTime }));
  if (counting.notCounted?.minijobs) notes.push(note('minijob', 'minijobs', { count: counting.notCounted.minijobs }));
  if (counting.notCredited) notes.push(note('disabledShortPartTime', 'notCredited', { count: counting.notCredited }));
  if (trainees) notes.push(note('trainees', 'trainees', { count: trainees }));
  if (counting.extraCredits) notes.push(note('traineeDouble', 'traineeDouble', { count: counting.extraCredits }));
  const operated = counting.monthsOperated;
  if (operated) notes.push(note('monthly', 'monthsOperated', { count: operated.to - operated.from + 1, from: monthName(operated.from - 1, locale), to: monthName(operated.to - 1, locale) }));
  const byMonth = operated ? counting.employedByMonth?.slice(operated.from - 1, operated.to) : counting.employedByMonth;
  if (byMonth && byMonth.some((n) => n !== byMonth[0])) notes.push(note('monthly', 'monthly', { months: monthRuns(byMonth, t, locale, operated?.from ?? 1) }));
  const places = operated ? counting.workplacesByMonth?.slice(operated.from - 1, operated.to) : counting.workplacesByMonth;
  if (places && places.some((n) => n !== places[0])) notes.push(note('monthly', 'workplacesMonthly', { months: monthRuns(places, t, locale, operated?.from ?? 1) }));
  if (counting.approximate) notes.push(t('levyfigures:approximate'));
  if (counting.equalisedFromEarlier) notes.push(note('equalised', 'equalisedEarlier', { count: counting.equalisedFromEarlier }));
  if (counting.equalisedAsked) notes.push(note('equalised', 'equalisedSame', {}));
  return notes;
}
