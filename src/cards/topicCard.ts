import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import type { Topic } from '../core/knowledge/knowledgeBase.js';
import type { AnswerLanguage, Translator } from '../i18n.js';
import { isValidOn, newestDate, validityOn } from '../core/knowledge/dates.js';
import { sourceEntry } from '../core/knowledge/schema.js';
import { checklistAction, type ChecklistTarget } from './checklistLink.js';
import { formatDate, formatPartialDate } from './format.js';
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
  /** The day of the question (`YYYY-MM-DD`): it decides which amounts and changes hold and whether a programme has ended. */
  today: string;
  /** The year the question named, when `today` stands for that year rather than the day of asking. */
  namedYear?: number;
  /** Where "Als Checkliste" leads (see checklistTargetFor); without it the card has no such button. */
  checklist?: ChecklistTarget;
  /** The district the conversation knows, carried into the checklist link. */
  districtKey?: string;
}

const textBlock = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'TextBlock', text, wrap: true, ...extra });

/** The newest date among a topic's sources, if any source is dated. */
export const newestSourceDate = (topic: Topic): string | undefined => newestDate(topic.sources.map((s) => sourceEntry(s).sourceDate));

/**
 * The facts of a topic as title/value pairs: Träger, Rechtsgrundlage, the amounts valid today, how long the programme
 * runs, how old the sources are and — only if a person reviewed the topic — when.
 */
function facts(topic: Topic, o: TopicAnswerOptions) {
  const text = topic.texts[o.language]!;
  const list = [{ title: o.t('card.provider'), value: text.provider }];
  if (o.namedYear) list.unshift({ title: o.t('facts:forYear'), value: String(o.namedYear) });
  if (topic.legalBasis.length > 0) list.push({ title: o.t('card.legalBasis'), value: topic.legalBasis.map((l) => l.label).join(', ') });
  for (const amount of topic.amounts.filter((a) => isValidOn(a, o.today))) {
    list.push({ title: text.amounts[amount.id] ?? amount.id, value: formatAmount(amount, o.t, o.channelLocale) });
  }
  if (topic.validUntil && validityOn(topic, o.today) === 'valid') list.push({ title: o.t('facts:runsUntil'), value: formatDate(topic.validUntil, o.channelLocale) });
  const newest = newestSourceDate(topic);
  list.push({ title: o.t('facts:sourcesFrom'), value: newest ? formatPartialDate(newest, o.channelLocale) : o.t('facts:sourcesUndated') });
  if (topic.reviewedOn) list.push({ title: o.t('facts:reviewedOn'), value: formatDate(topic.reviewedOn, o.channelLocale) });
  return list;
}

/** Sentences that depend on the day: a programme that has ended or not started, and the changes in force today. */
export function datedNotices(topic: Topic, o: Pick<TopicAnswerOptions, 't' | 'language' | 'channelLocale' | 'today'>): string[] {
  const notices: string[] = [];
  const state = validityOn(topic, o.today);
  if (state === 'ended') notices.push(o.t('facts:programmeEnded', { date: formatDate(topic.validUntil!, o.channelLocale) }));
  if (state === 'notYet') notices.push(o.t('facts:programmeStarts', { date: formatDate(topic.validFrom!, o.channelLocale) }));
  const texts = topic.texts[o.language]!.changes;
  for (const change of topic.changes) if (isValidOn(change, o.today) && texts[change.id]) notices.push(texts[change.id]!);
  return notices;
}

/** Detail blocks made so far, by topic, translator and language: they hold only content, never the day or the user. */
const madeDetailBlocks = new WeakMap<Topic, WeakMap<Translator, Map<AnswerLanguage, readonly object[]>>>();

/**
 * The detail sections (who, what, conditions, apply, next) and the law texts as links, made once per topic, translator
 * and language and frozen, since every card of the topic shares them.
 */
function detailBlocks(topic: Topic, o: Pick<TopicAnswerOptions, 't' | 'language'>): readonly object[] {
  let byTranslator = madeDetailBlocks.get(topic);
  if (!byTranslator) madeDetailBlocks.set(topic, (byTranslator = new WeakMap()));
  let byLanguage = byTranslator.get(o.t);
  if (!byLanguage) byTranslator.set(o.t, (byLanguage = new Map()));
  let blocks = byLanguage.get(o.language);
  if (!blocks) byLanguage.set(o.language, (blocks = Object.freeze(makeDetailBlocks(topic, o).map((block) => Object.freeze(block)))));
  return blocks;
}

function makeDetailBlocks(topic: Topic, o: Pick<TopicAnswerOptions, 't' | 'language'>) {
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
  const notices = datedNotices(topic, o);

  const body: unknown[] = [
    textBlock(text.title, { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    ...notices.map((n) => textBlock(n, { weight: 'Bolder', spacing: 'Small' })),
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
    text: [`**${text.title}**`, ...notices, text.answer].join('\n\n'),
    summary: text.title,
    attachments: [CardFactory.adaptiveCard(card)],
  };
}
