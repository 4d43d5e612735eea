import { ActivityTypes, CardFactory, type TurnContext } from 'botbuilder';
import { formatAmount } from '../../src/cards/formatAmount.js';
import { suggestedActions } from '../../src/cards/messages.js';
import { CARD_VERSION } from '../../src/cards/topicCard.js';
import { facetContent, sentencesOf, type Facet } from '../../src/core/conversation/index.js';
import type { Topic } from '../../src/core/knowledge/knowledgeBase.js';
import type { Translator } from '../../src/i18n.js';
import { getTurnLanguage } from '../context/turnLanguage.js';
import { suggestions } from '../replies.js';
import type { DialogServices } from '../services.js';
import { conversationContext, overviewTopics } from './context.js';
import { regionalTopic } from './regionalProvider.js';

const MAX_PROVIDERS = 2;

/** One line per instrument: title, first amount, who pays (provider names from data/providers.json). */
function instrumentLine(services: DialogServices, topic: Topic, t: Translator, language: string, channelLocale: string): string {
  const text = topic.texts[language]!;
  const [amount] = topic.amounts;
  const names = [...new Set((topic.providers ?? []).map((id) => services.content.knowledge.providers.get(id)?.name[language === 'en' ? 'en' : 'de']).filter(Boolean))];
  const parts = [`**${text.title}**`];
  if (amount) parts.push(`${text.amounts[amount.id] ?? ''}: ${formatAmount(amount, t, channelLocale)}`);
  if (names.length > 0) parts.push(t('conversation:overview.pays', { providers: names.slice(0, MAX_PROVIDERS).join(', ') }));
  return parts.join(' · ');
}

/**
 * One line per instrument for a facet ("wo beantrage ich das alles?"): the first sentence that answers it; for a
 * special case ("sie hat GdB 30"), the first that speaks of it.
 */
function facetLine(services: DialogServices, topic: Topic, facet: Facet, language: string, condition?: string): string {
  const text = topic.texts[language]!;
  const lang = language === 'en' ? 'en' : 'de';
  const evidence = services.content.conversation.facets.find((f) => f.id === facet)!.evidence[lang];
  const caseWords = services.content.conversation.conditions.find((c) => c.id === condition)?.evidence[lang];
  const content = facetContent(text, facet === 'provider' ? 'apply' : facet, { evidence, question: '', ...(caseWords ? { condition: caseWords } : {}) });
  const applySection = facet === 'apply' ? sentencesOf(text.details.apply ?? '')[0] : undefined;
  const sentence = facet === 'provider' ? text.provider : applySection ?? content.sentences[0] ?? text.provider;
  return `**${text.short}**: ${sentence}`;
}

/**
 * The overview of a situation (hiring, training, keeping …): one line per instrument with who pays and a button
 * to its topic, plus the guided finder; with a facet, the facet of each instrument instead (of its special case
 * `condition`, when given). `exclude`: topics a correction took away; `paidBy`: only the instruments these providers fund.
 */
export async function sendOverview(context: TurnContext, services: DialogServices, situation: string, facet?: Facet, exclude: readonly string[] = [], condition?: string, paidBy?: readonly string[]): Promise<void> {
  const { t, language, channelLocale } = getTurnLanguage(context);
  const ctx = await conversationContext(context, services);
  const { knowledge } = services.content;
  const funded = (topic: Topic) => !paidBy || (topic.providers ?? []).some((id) => paidBy.includes(id));
  const topics = overviewTopics(services, situation).filter((id) => !exclude.includes(id)).map((id) => knowledge.byId.get(id)).filter((x): x is Topic => Boolean(x?.texts[language]) && funded(x!))
    .map((topic) => regionalTopic(services, topic, ctx.districtKey));
  const lines = topics.map((topic) => (facet ? facetLine(services, topic, facet, language, condition) : instrumentLine(services, topic, t, language, channelLocale)));
  // "Wie lange dauert so ein Antrag?": the texts name a time only where the law sets one; say so once for all
  if (facet === 'processing') lines.push(t('conversation:overview.processingNote'));
  if (facet === 'apply' || facet === 'provider' || facet === 'deadline' || facet === 'processing') lines.push(t('conversation:overview.eaaHelps'));
  const facetName = facet ? t(`conversation:facet.names.${facet}`) : '';
  const payers = (paidBy ?? []).map((id) => knowledge.providers.get(id)?.name[language === 'en' ? 'en' : 'de']).filter(Boolean);
  const intro = facet ? t('conversation:overview.facetIntro', { facet: facetName.charAt(0).toLocaleUpperCase() + facetName.slice(1) })
    : payers.length > 0 ? t('conversation:overview.paidBy', { providers: payers.join(', ') })
    : t(`conversation:overview.intro.${situation}`);
  const card = {
    type: 'AdaptiveCard',
    version: CARD_VERSION,
    lang: channelLocale.slice(0, 2),
    body: lines.map((line) => ({ type: 'TextBlock', text: line, wrap: true, spacing: 'Small' })),
    actions: [
      ...topics.map((topic) => ({ type: 'Action.Submit', title: topic.texts[language]!.short, data: { topic: topic.id } })),
      { type: 'Action.Submit', title: t('conversation:overview.finder'), data: { command: 'programmes' } },
    ],
  };
  await context.sendActivity({
    type: ActivityTypes.Message,
    locale: channelLocale,
    textFormat: 'markdown',
    text: intro,
    attachments: [CardFactory.adaptiveCard(card)],
    suggestedActions: suggestedActions(suggestions(context, 'findContact', 'help')),
  });
  Object.assign(ctx, { overview: situation, facet });
}
