import type { TopicChecklist } from '../core/checklist/loadChecklist.js';
import type { Content } from '../core/content.js';
import { findContacts, type District, type Landschaftsverband } from '../core/regions/index.js';
import type { Translator } from '../i18n.js';
import { formatDate } from './format.js';

/** One contact point as the checklist lists it (a district's contact, or a Landschaftsverband/NRW default). */
export interface ChecklistContact {
  name: string;
  role: string;
  url: string;
  phone?: string;
  email?: string;
  sector?: string;
  asOf: string;
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

/** The first and last date of every source the checklist cites (topics, rules, documents, contacts). */
export function checklistDateRange(content: Content, topicIds: readonly string[], district: District | undefined): { from: string; to: string } {
  const dates = topicIds.flatMap((id) => {
    const entry = content.checklist.byTopic.get(id);
    return [content.knowledge.byId.get(id)?.asOf ?? [], ...(entry?.deadlines ?? []).map((d) => d.source.date), ...(entry?.documents ?? []).map((d) => d.source.date)].flat();
  });
  const sorted = [...dates, ...checklistContacts(content, district).map((c) => c.asOf)].sort();
  return { from: sorted[0]!, to: sorted[sorted.length - 1]! };
}

/** "Stand der Quellen: 23.11.2026 bis 06.12.2026": the page and the card say the same. */
export function checklistAsOf(range: { from: string; to: string }, t: Translator, locale: string): string {
  const from = formatDate(range.from, locale);
  const to = formatDate(range.to, locale);
  return from === to ? t('checklist:page.asOfOne', { date: from }) : t('checklist:page.asOf', { from, to });
}
