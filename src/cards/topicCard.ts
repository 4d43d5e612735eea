import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import type { Topic } from '../core/knowledge/knowledgeBase.js';
import type { AnswerLanguage, Translator } from '../i18n.js';
import { checklistAction, type ChecklistTarget } from './checklistLink.js';
import { formatDate } from './format.js';
import { formatAmount } from './formatAmount.js';
import { languageSwitchAction } from './languageSwitch.js';

/** Adaptive Card version that both Teams and Web Chat render. */
export const CARD_VERSION = '1.5';

/** What a topic answer needs besides the topic. */
export interface TopicAnswerOptions {
  t: Translator;
  language: AnswerLanguage;
  channelLocale: string;
  /** Titles of related topics, by id, in the answer language. */
  relatedTitle: (id: string) => string | undefined;
  /** Channels without Action.ShowCard support get the details inline. */
  inlineDetails?: boolean;
  /** Where "Als Checkliste" leads (see checklistTargetFor); without it the card has no such button. */
  checklist?: ChecklistTarget;
  /** The district the conversation knows, carried into the checklist link. */
  districtKey?: string;
}

const textBlock = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'TextBlock', text, wrap: true, ...extra });

/** The facts of a topic as title/value pairs: Träger, Rechtsgrundlage, amounts, Stand. */
function facts(topic: Topic, o: TopicAnswerOptions) {
  const text = topic.texts[o.language]!;
  const list = [{ title: o.t('card.provider'), value: text.provider }];
  if (topic.legalBasis.length > 0) list.push({ title: o.t('card.legalBasis'), value: topic.legalBasis.map((l) => l.label).join(', ') });
  for (const amount of topic.amounts) list.push({ title: text.amounts[amount.id] ?? amount.id, value: formatAmount(amount, o.t, o.channelLocale) });
  list.push({ title: o.t('card.asOf'), value: formatDate(topic.asOf, o.channelLocale) });
  return list;
}

/** The detail sections (who, what, conditions, apply, next) and the law texts as links. */
function detailBlocks(topic: Topic, o: TopicAnswerOptions) {
  const { details, expert } = topic.texts[o.language]!;
  const sections = (['who', 'what', 'conditions', 'apply', 'next'] as const).filter((key) => details[key]);
  const blocks = sections.flatMap((key) => [
    textBlock(o.t(`card.details.${key}`), { weight: 'Bolder', spacing: 'Medium' }),
    textBlock(details[key]!, { spacing: 'Small' }),
  ]);
  if (expert) blocks.push(textBlock(expert, { isSubtle: true, spacing: 'Medium' }));
  if (topic.legalBasis.length > 0) {
    blocks.push(textBlock(`${o.t('card.lawTexts')}: ${topic.legalBasis.map((l) => `[${l.label}](${l.url})`).join(', ')}`, { spacing: 'Medium' }));
  }
  return blocks;
}

/**
 * The answer to a knowledge question: a short text (the direct answer, for every channel and for screen readers)
 * and an Adaptive Card with the facts, the details, the official link and the next steps.
 * @remarks The card holds only our own texts; nothing the user typed is ever put into it.
 */
export function topicAnswer(topic: Topic, o: TopicAnswerOptions): Partial<Activity> {
  const text = topic.texts[o.language]!;
  const [official] = topic.links;
  const related = topic.related
    .map((id) => ({ id, title: o.relatedTitle(id) }))
    .filter((r): r is { id: string; title: string } => Boolean(r.title))
    .slice(0, 3);
  const details = detailBlocks(topic, o);

  const body: unknown[] = [
    textBlock(text.title, { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    { type: 'FactSet', facts: facts(topic, o) },
  ];
  if (o.inlineDetails) body.push(...details);
  if (related.length > 0) {
    body.push(textBlock(o.t('card.related'), { weight: 'Bolder', spacing: 'Medium' }));
    body.push({ type: 'ActionSet', actions: related.map((r) => ({ type: 'Action.Submit', title: r.title, data: { topic: r.id } })) });
  }
  const actions: unknown[] = [];
  if (official) actions.push({ type: 'Action.OpenUrl', title: text.links[official.id] ?? o.t('card.officialPage'), url: official.url });
  actions.push(...checklistAction(o.checklist, [topic.id], o.districtKey, o.language, o.t));
  if (!o.inlineDetails) actions.push({ type: 'Action.ShowCard', title: o.t('card.showDetails'), card: { type: 'AdaptiveCard', version: CARD_VERSION, body: details } });
  actions.push({ type: 'Action.Submit', title: o.t('actions.findContact'), data: { command: 'findContact' } });
  actions.push(languageSwitchAction(o.language, o.t));

  const card = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    lang: o.channelLocale.slice(0, 2),
    fallbackText: `${text.title}: ${text.answer}${official ? ` ${official.url}` : ''}`,
    body,
    actions,
  };
  return {
    type: ActivityTypes.Message,
    locale: o.channelLocale,
    textFormat: 'markdown',
    text: `**${text.title}**\n\n${text.answer}`,
    summary: text.title,
    attachments: [CardFactory.adaptiveCard(card)],
  };
}
