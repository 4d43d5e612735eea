import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import type { ChecklistRequest } from '../core/checklist/link.js';
import type { Content } from '../core/content.js';
import type { AnswerLanguage, Translator } from '../i18n.js';
import { applicableDeadlines, checklistAsOf, checklistContacts, checklistDateRange, firstSentence } from './checklistFacts.js';
import { telUri } from './contactCard.js';
import { CARD_VERSION } from './topicCard.js';

const textBlock = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'TextBlock', text, wrap: true, ...extra });
const bullets = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

/** What the checklist card is built from: the validated request, the content and a translator of its language. */
export interface ChecklistCardInput {
  request: ChecklistRequest;
  content: Content;
  t: Translator;
  channelLocale: string;
  /** The checklist page to print, when the server has a public URL; Teams cannot open a relative link. */
  pageUrl?: string;
}

function programmeBlocks(topicId: string, input: ChecklistCardInput, landschaftsverband: 'LVR' | 'LWL' | undefined): unknown {
  const { content, t } = input;
  const topic = content.knowledge.byId.get(topicId)!;
  const text = topic.texts[input.request.language as AnswerLanguage]!;
  const entry = content.checklist.byTopic.get(topicId);
  const deadlines = applicableDeadlines(entry, landschaftsverband).map((rule) => `**${t(`checklist:deadlines.${rule.id}`)}**`);
  const documents = (entry?.documents ?? []).map((d) => t(`checklist:documents.${d.id}`));
  const items = [
    textBlock(text.title, { weight: 'Bolder', size: 'Medium' }),
    textBlock(firstSentence(text.answer), { spacing: 'Small' }),
    textBlock(`${t('checklist:programme.provider')}: ${text.provider}`, { spacing: 'Small' }),
    textBlock(`${t('checklist:programme.deadline')}: ${deadlines.length > 0 ? deadlines.join(' ') : t('checklist:programme.noDeadline')}`, { spacing: 'Small' }),
  ];
  if (documents.length > 0) items.push(textBlock(`${t('checklist:programme.documents')}:\n${bullets(documents)}`, { spacing: 'Small' }));
  items.push(textBlock(`${t('checklist:programme.next')}: ${text.details.next}`, { spacing: 'Small' }));
  if (topic.legalBasis.length > 0) items.push(textBlock(`${t('checklist:programme.legalBasis')}: ${topic.legalBasis.map((l) => `[${l.label}](${l.url})`).join(', ')}`, { spacing: 'Small', isSubtle: true }));
  return { type: 'Container', separator: true, spacing: 'Medium', items };
}

/**
 * The checklist as an Adaptive Card, for Teams, where it can be kept and forwarded in a chat: the same programmes,
 * deadlines, documents, next steps, contact points, first steps, disclaimer and sources' dates as the page.
 */
export function checklistMessage(input: ChecklistCardInput): Partial<Activity> {
  const { request, content, t, channelLocale } = input;
  const district = request.districtKey ? content.regions.districtsByKey.get(request.districtKey) : undefined;
  const contacts = checklistContacts(content, district).map((c) => `**${c.name}**: [${c.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}](${c.url})${c.phone ? `, [${c.phone}](${telUri(c.phone)})` : ''}`);
  const meta = [district ? t('checklist:page.region', { place: district.name }) : t('checklist:page.noRegion'), checklistAsOf(checklistDateRange(content, request.topicIds, district), t, channelLocale)];
  const body: unknown[] = [
    textBlock(t('checklist:page.title'), { size: 'Large', weight: 'Bolder', style: 'heading' }),
    textBlock(meta.join('  \n'), { isSubtle: true, spacing: 'Small' }),
    textBlock(t('checklist:firstSteps.heading'), { weight: 'Bolder', spacing: 'Medium' }),
    textBlock(bullets(t('checklist:firstSteps.items', { returnObjects: true }) as string[]), { spacing: 'Small' }),
    ...request.topicIds.map((id) => programmeBlocks(id, input, district?.landschaftsverband)),
    textBlock(district ? t('checklist:contacts.heading', { place: district.name }) : t('checklist:contacts.headingNrw'), { weight: 'Bolder', separator: true, spacing: 'Medium' }),
    textBlock(bullets(contacts), { spacing: 'Small' }),
    textBlock(t('checklist:page.disclaimer'), { isSubtle: true, size: 'Small', spacing: 'Medium' }),
  ];
  const card = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    lang: channelLocale.slice(0, 2),
    fallbackText: request.topicIds.map((id) => content.knowledge.byId.get(id)!.texts[request.language as AnswerLanguage]!.title).join('\n'),
    body,
    actions: input.pageUrl ? [{ type: 'Action.OpenUrl', title: t('checklist:page.print'), url: input.pageUrl }] : [],
  };
  return {
    type: ActivityTypes.Message,
    locale: channelLocale,
    text: t('checklist:page.title'),
    summary: t('checklist:page.title'),
    attachments: [CardFactory.adaptiveCard(card)],
  };
}
