import { rateRuleFor, rateSetForYear, type LevyRateTable } from '../levy/index.js';
import { addDays, lastDayOf, newestDate, type ValidityPeriod } from './dates.js';
import type { KnowledgeBase, Topic } from './knowledgeBase.js';
import { sourceEntry } from './schema.js';

/** How far ahead the report looks for facts that expire or change. */
export const LOOKAHEAD_DAYS = 90;
/** Sources older than this many days are listed as old. */
export const OLD_SOURCE_DAYS = 730;

/** A dated fact of a topic: the topic itself (a programme), an amount, or a change. */
export interface DatedFact {
  kind: 'programme' | 'amount' | 'change';
  id: string;
  /** `until` for the last day a fact holds, `from` for the first day a change or amount takes effect. */
  edge: 'from' | 'until';
  date: string;
}

/** What the report says about one topic. */
export interface TopicFreshness {
  id: string;
  newestSourceDate: string | undefined;
  reviewedOn: string | undefined;
  /** Facts that end or start within the next 90 days. */
  dueSoon: DatedFact[];
  /** Facts whose last day has passed and that nothing replaces. */
  expired: DatedFact[];
  /** Sources whose own date is more than two years before today. */
  oldSources: { url: string; sourceDate: string }[];
  undatedSources: number;
  /** Links shown to users whose address is not among the sources, so no copy of that page was read. */
  linksNeverSeen: string[];
}

/** A contact whose shown link is not among its sources, or whose sources show no date. */
export interface ContactFreshness {
  id: string;
  asOf: string | undefined;
  linkNeverSeen: boolean;
}

/** Under which rule the levy amounts hold for a year (§ 160 Abs. 3 SGB IX), for last year and this year. */
export interface LevyYearFreshness {
  year: number;
  rule: 'published' | 'unchangedBelowThreshold' | 'changeDue' | 'notConfirmed' | 'noRates';
  provisional: boolean;
}

/** The whole freshness report for a day. */
export interface ContentReport {
  today: string;
  topics: TopicFreshness[];
  contacts: ContactFreshness[];
  levy: LevyYearFreshness[];
  summary: { topics: number; reviewed: number; dueSoon: number; expired: number; oldSources: number; undatedSources: number; linksNeverSeen: number };
}

/** A contact as the report needs it. */
export interface ReportContact {
  id: string;
  url: string;
  asOf?: string | undefined;
  sources: readonly string[];
}

/** An address without scheme, "www." and trailing slash, so http/https spellings of one page compare equal. */
const samePage = (url: string): string => url.replace(/^https?:\/\/(?:www\.)?/, '').replace(/\/$/, '').toLowerCase();

/** The dated facts of a topic with the days on which they start or end. */
function datedFacts(topic: Topic): DatedFact[] {
  const edges = (kind: DatedFact['kind'], id: string, period: ValidityPeriod): DatedFact[] => [
    ...(period.validFrom ? [{ kind, id, edge: 'from' as const, date: period.validFrom }] : []),
    ...(period.validUntil ? [{ kind, id, edge: 'until' as const, date: period.validUntil }] : []),
  ];
  return [
    ...edges('programme', topic.id, topic),
    ...topic.amounts.flatMap((a) => edges('amount', a.id, a)),
    ...topic.changes.flatMap((c) => edges('change', c.id, c)),
  ];
}

/** True when another amount of the same id takes over after `fact` ends: an old amount with a successor is history. */
function hasSuccessor(topic: Topic, fact: DatedFact): boolean {
  if (fact.kind !== 'amount') return false;
  return topic.amounts.some((a) => a.id === fact.id && a.validFrom !== undefined && a.validFrom > fact.date);
}

/** The freshness of one topic on `today`; `seen` holds every address read as a source anywhere in the content. */
export function topicFreshness(topic: Topic, today: string, seen: ReadonlySet<string>): TopicFreshness {
  const horizon = addDays(today, LOOKAHEAD_DAYS);
  const oldBefore = addDays(today, -OLD_SOURCE_DAYS);
  const facts = datedFacts(topic);
  const sources = topic.sources.map(sourceEntry);
  return {
    id: topic.id,
    newestSourceDate: newestDate(sources.map((s) => s.sourceDate)),
    reviewedOn: topic.reviewedOn,
    dueSoon: facts.filter((f) => (f.edge === 'until' ? f.date >= today : f.date > today) && f.date <= horizon),
    expired: facts.filter((f) => f.edge === 'until' && f.date < today && !hasSuccessor(topic, f)),
    oldSources: sources.flatMap((s) => (s.sourceDate && lastDayOf(s.sourceDate) < oldBefore ? [{ url: s.url, sourceDate: s.sourceDate }] : [])),
    undatedSources: sources.filter((s) => !s.sourceDate).length,
    linksNeverSeen: topic.links.map((l) => l.url).filter((url) => !seen.has(samePage(url))),
  };
}

/**
 * The freshness report for the people who maintain the content: per topic the newest source date, the last review,
 * facts that end or start within 90 days, facts that have ended without a successor, sources older than two years
 * and links never seen; per contact whether its link was seen and how old its sources are.
 */
export function contentReport(knowledge: KnowledgeBase, contacts: readonly ReportContact[], levyRates: LevyRateTable, today: string): ContentReport {
  const seen = new Set([
    ...knowledge.topics.flatMap((t) => t.sources.map((s) => sourceEntry(s).url)),
    ...[...knowledge.providers.values()].flatMap((p) => p.sources),
    ...contacts.flatMap((c) => c.sources),
  ].map(samePage));
  const topics = knowledge.topics.map((t) => topicFreshness(t, today, seen));
  const contactRows = contacts.map((c) => ({ id: c.id, asOf: c.asOf, linkNeverSeen: !seen.has(samePage(c.url)) }));
  const count = (pick: (t: TopicFreshness) => number) => topics.reduce((n, t) => n + pick(t), 0);
  return {
    today,
    topics,
    contacts: contactRows,
    levy: levyFreshness(levyRates, Number(today.slice(0, 4))),
    summary: {
      topics: topics.length,
      reviewed: topics.filter((t) => t.reviewedOn !== undefined).length,
      dueSoon: count((t) => t.dueSoon.length),
      expired: count((t) => t.expired.length),
      oldSources: count((t) => t.oldSources.length),
      undatedSources: count((t) => t.undatedSources),
      linksNeverSeen: count((t) => t.linksNeverSeen.length) + contactRows.filter((c) => c.linkNeverSeen).length,
    },
  };
}

/** The levy rule for last year (whose Anzeige is due by 31 March) and for this year. */
function levyFreshness(table: LevyRateTable, thisYear: number): LevyYearFreshness[] {
  return [thisYear - 1, thisYear].map((year) => {
    const rates = rateSetForYear(table, year);
    if (!rates) return { year, rule: 'noRates', provisional: false };
    const rule = rateRuleFor(table, rates, year);
    return { year, rule: rule.kind, provisional: 'provisional' in rule && rule.provisional };
  });
}
