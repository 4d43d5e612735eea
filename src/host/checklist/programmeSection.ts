import { applicableDeadlines, firstSentence } from '../../cards/checklistFacts.js';
import { formatDate, formatPartialDate } from '../../cards/format.js';
import { newestSourceDate } from '../../cards/topicCard.js';
import type { ChecklistSource, DeadlineRule } from '../../core/checklist/schema.js';
import type { TopicChecklist } from '../../core/checklist/loadChecklist.js';
import type { Topic } from '../../core/knowledge/knowledgeBase.js';
import type { Landschaftsverband } from '../../core/regions/index.js';
import type { AnswerLanguage, Translator } from '../../i18n.js';
import { escapeHtml as e } from '../pageTemplate.js';

/** What a programme section needs besides the topic. */
export interface ProgrammeContext {
  t: Translator;
  language: AnswerLanguage;
  locale: string;
  /** The district's Landschaftsverband; rules for the other one are left out. Unknown: all rules, each with its area. */
  landschaftsverband?: Landschaftsverband;
}

/** A link whose text is the host and path, so the printed page shows where it points. */
export const link = (url: string, text: string): string => `<a href="${e(url)}">${e(text)}</a>`;

/** "Quelle: lvr.de, gelesen am 06.12.2026": the source of a fact with its date and what that date means. */
function sourceNote(source: ChecklistSource, c: ProgrammeContext): string {
  const date = formatDate(source.date, c.locale);
  const when = c.t(source.dateKind === 'read' ? 'checklist:programme.readOn' : 'checklist:programme.publishedOn', { date });
  return `<span class="source">${e(c.t('checklist:programme.source'))}: ${link(source.url, new URL(source.url).hostname.replace(/^www\./, ''))}, ${e(when)}</span>`;
}

function deadlineItem(rule: DeadlineRule & { id: string }, c: ProgrammeContext): string {
  const kind = rule.binding ? '' : `<span class="badge">${e(c.t('checklist:programme.recommendation'))}</span> `;
  const area = rule.area && !c.landschaftsverband ? ` <span class="area">(${e(c.t('checklist:programme.onlyIn', { area: c.t(`checklist:programme.areas.${rule.area}`) }))})</span>` : '';
  const law = rule.legalBasis ? ` ${link(rule.legalBasis.url, rule.legalBasis.label)}` : '';
  return `<li>${kind}<strong class="deadline">${e(c.t(`checklist:deadlines.${rule.id}`))}</strong>${area}${law} ${sourceNote(rule.source, c)}</li>`;
}

/**
 * One programme of the checklist: what it is, who pays, the deadline rule in bold, documents to have ready,
 * how to apply, the next step, the legal basis and the sources with their dates.
 * @remarks A topic without checklist data shows what its own texts have; nothing is made up for it.
 */
export function programmeSection(topic: Topic, entry: TopicChecklist | undefined, c: ProgrammeContext): string {
  const text = topic.texts[c.language]!;
  const headingId = `programme-${topic.id}`;
  const deadlines = applicableDeadlines(entry, c.landschaftsverband);
  const documents = entry?.documents ?? [];
  const rows: [string, string][] = [
    [c.t('checklist:programme.provider'), e(text.provider)],
    [c.t('checklist:programme.deadline'), deadlines.length > 0 ? `<ul class="deadlines">${deadlines.map((r) => deadlineItem(r, c)).join('')}</ul>` : e(c.t('checklist:programme.noDeadline'))],
    [c.t('checklist:programme.documents'), documents.length > 0
      ? `<ul class="todo">${documents.map((d) => `<li>${e(c.t(`checklist:documents.${d.id}`))}</li>`).join('')}</ul>`
      : e(c.t('checklist:programme.noDocuments'))],
    [c.t('checklist:programme.apply'), e(text.details.apply)],
    [c.t('checklist:programme.next'), e(text.details.next)],
  ];
  if (topic.legalBasis.length > 0) rows.push([c.t('checklist:programme.legalBasis'), topic.legalBasis.map((l) => link(l.url, l.label)).join(', ')]);
  // Every topic has at least one link (the schema's min(1)); the first is its official page.
  const official = topic.links[0]!;
  const newest = newestSourceDate(topic);
  const asOf = newest ? c.t('checklist:programme.publishedOn', { date: formatPartialDate(newest, c.locale) }) : c.t('facts:sourcesUndated');
  rows.push([c.t('checklist:programme.source'), `${link(official.url, text.links[official.id] ?? c.t('checklist:programme.officialPage'))}, ${e(asOf)}`]);
  return `<article class="programme" aria-labelledby="${headingId}">
<h3 id="${headingId}">${e(text.title)}</h3>
<p class="summary">${e(firstSentence(text.answer))}</p>
<dl>${rows.map(([term, value]) => `<dt>${e(term)}</dt><dd>${value}</dd>`).join('')}</dl>
</article>`;
}
