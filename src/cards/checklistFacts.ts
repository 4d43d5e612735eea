import type { TopicChecklist } from '../core/checklist/loadChecklist.js';
import type { Content } from '../core/content.js';
import { newestDate, oldestDate } from '../core/knowledge/dates.js';
import { findContacts, type District, type Landschaftsverband } from '../core/regions/index.js';
import type { Translator } from '../i18n.js';
import { formatPartialDate } from './format.js';
import { newestSourceDate } from './topicCard.js';

/** One contact point as the checklist lists it (a district's contact, or a Landschaftsverband/NRW default). */
export interface ChecklistContact {
  name: string;
  role: string;
  url: string;
  phone?: string;
  email?: string;
  sector?: string;
  /** The date of the contact's source, as precise as the source gives it; absent when the source is undated. */
  asOf?: string | undefined;
}

/** An abbreviation such as "z. B." or "Abs." ends a token, not a sentence. */
const ABBREVIATION = /(?:^|\s)(?:\p{L}|Nr|Abs|bzw|ggf|inkl|usw|ca|vgl|evtl|sog|Tel|Dr)\.$/u;

/** The first sentence of a text (with the answer when it opens with a question), for the line that says what a programme is. */
export function firstSentence(text: string): string {
  const ends = /[.!?](?=\s+[\p{Lu}\d„"(§])/gu;
  for (let match = ends.exec(text); match; match = ends.exec(text)) {
    const upTo = text.slice(0, match.index + 1);
    if (!ABBREVIATION.test(upTo) && !upTo.endsWith('?')) return upTo;
  }
  return text;
}

/** The deadlines that apply where the employer is: all of them when the Landschaftsverband is unknown. */
export function applicableDeadlines(entry: TopicChecklist | undefined, landschaftsverband: Landschaftsverband | undefined) {
  return (entry?.deadlines ?? []).filter((rule) => !rule.area || !landschaftsverband || rule.area === landschaftsverband);
}

/** The contacts shown: the district's (in the contact card's order), else the overviews for all of NRW. */
export function checklistContacts(content: Content, district: District | undefined): ChecklistContact[] {
  if (district) return findContacts(content.regions, district.key).contacts;
  return [...content.regions.contacts.defaults];
}

/** The oldest and newest date of the dated sources the checklist cites (topics, rules, documents, contacts); undefined when none is dated. */
export function checklistDateRange(content: Content, topicIds: readonly string[], district: District | undefined): { from: string; to: string } | undefined {
  const dates = topicIds.flatMap((id) => {
    const entry = content.checklist.byTopic.get(id);
    const topic = content.knowledge.byId.get(id);
    return [topic ? newestSourceDate(topic) : undefined, ...(entry?.deadlines ?? []).map((d) => d.source.date), ...(entry?.documents ?? []).map((d) => d.source.date)];
  });
  const cited = [...dates, ...checklistContacts(content, district).map((c) => c.asOf)];
  const from = oldestDate(cited);
  const to = newestDate(cited);
  return from === undefined || to === undefined ? undefined : { from, to };
}

/** "Quellen vom 2018 bis 06.12.2026": the page and the card say the same (the sources' own dates, never the build date). */
export function checklistAsOf(range: { from: string; to: string } | undefined, t: Translator, locale: string): string {
  if (!range) return t('facts:sourcesUndated');
  const from = formatPartialDate(range.from, locale);
  const to = formatPartialDate(range.to, locale);
  return from === to ? t('checklist:page.asOfOne', { date: from }) : t('checklist:page.asOf', { from, to });
}
