import { ActivityTypes, CardFactory, type TurnContext } from 'botbuilder';
import { formatAmount } from '../../src/cards/formatAmount.js';
import { suggestedActions } from '../../src/cards/messages.js';
import { CARD_VERSION } from '../../src/cards/topicCard.js';
import { DAYS_SLOT, facetContent, foldText, workdaysPerWeek, type Facet } from '../../src/core/conversation/index.js';
import { getTurnLanguage } from '../context/turnLanguage.js';
import { suggestions } from '../replies.js';
import { dayForQuestion, isValidOn } from '../../src/core/knowledge/dates.js';
import type { KnowledgeBase } from '../../src/core/knowledge/knowledgeBase.js';
import { todayOf, type DialogServices } from '../services.js';
import { conversationContext, rememberTopic } from './context.js';
import { regionalProvider, regionalTopic } from './regionalProvider.js';

/** With several special cases asked at once, the sentences kept on each (the first, on the case itself). */
const SENTENCES_PER_CONDITION = 1;

const textBlock = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'TextBlock', text, wrap: true, ...extra });

/** An application names where to apply; "Wann und an wen …?" asks the provider besides its first facet. */
function asksResponsible(services: DialogServices, facet: Facet, question: string): boolean {
  if (facet === 'provider' || facet === 'wage') return false;
  return facet === 'apply' || services.content.conversation.facets.some((f) => f.id === 'provider' && f.cue.test(foldText(question)));
}

/** The names of a topic: its keywords, synonyms and the titles of its texts, folded, without what stands in brackets. */
function namesOf(knowledge: KnowledgeBase, id: string): string[] {
  const topic = knowledge.byId.get(id);
  if (!topic) return [];
  const names = [...(topic.match?.keywords ?? []), ...(topic.match?.synonyms ?? []), ...Object.values(topic.texts).flatMap((x) => [x.title, x.short])];
  return [...new Set(names.map((name) => foldText(name.replace(/\([^)]*\)/gu, ' '))).filter(Boolean))];
}

/**
 * The names of the other topic of a combination question that the topic asked about does not share ("Minderleistung"
 * names both the Eingliederungszuschuss and the Beschäftigungssicherungszuschuss), as one pattern over folded
 * sentences; a word of a name may carry an ending ("außergewöhnlichen Belastungen").
 */
function otherNamesPattern(knowledge: KnowledgeBase, topicId: string, other: string): RegExp | undefined {
  const own = namesOf(knowledge, topicId).join(' | ');
  const names = namesOf(knowledge, other).filter((name) => !own.includes(name))
    .map((name) => name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\S* '));
  return names.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})`, 'u') : undefined;
}

/**
 * Answers one facet of a topic: a short answer from the topic's own texts (with the amounts for "wie viel", the
 * office of the remembered region for "wer"/"wo"), the card section that holds more, and the full card one tap away.
 * Where the texts say nothing on the facet, it says so (in the facet's own words where it has them: "no fixed processing
 * time") and names the provider. A combination question with another
 * topic (`other`) is answered from the sentences that name that topic, or says openly that the texts do not tell.
 */
export async function sendFacet(context: TurnContext, services: DialogServices, topicId: string, facet: Facet, question: string, condition?: string, alsoConditions: readonly string[] = [], other?: string): Promise<boolean> {
  const known = services.content.knowledge.byId.get(topicId);
  if (!known) return false;
  const ctx = await conversationContext(context, services);
  const district = ctx.districtKey ? services.content.regions.districtsByKey.get(ctx.districtKey) : undefined;
  // with the district known, the texts name only its Landschaftsverband's office
  const topic = regionalTopic(services, known, district?.key);
  const { t, language, channelLocale } = getTurnLanguage(context);
  const text = topic.texts[language];
  if (!text) return false;
  const family = language === 'en' ? 'en' : 'de';
  const vocabulary = services.content.conversation;
  const evidence = vocabulary.facets.find((f) => f.id === facet)!.evidence[family];
  // "Geht beides gleichzeitig?": the sentences that name the other topic stand in for a special case's words
  const otherNames = other ? otherNamesPattern(services.content.knowledge, topicId, other) : undefined;
  const days = workdaysPerWeek(question);
  const contentOf = (id: string | undefined) => {
    const conditionWords = (id === condition ? otherNames : undefined) ?? (id ? vocabulary.conditions.find((c) => c.id === id)?.evidence[family] : undefined);
    const extra = vocabulary.facts
      .filter((f) => f.topic === topicId && f.condition === id && (days !== undefined || !f.text[language].includes(DAYS_SLOT)))
      .map((f) => f.text[language].replaceAll(DAYS_SLOT, String(days)));
    return facetContent(text, facet, { evidence, condition: conditionWords, question, extra });
  };
  const content = contentOf(condition);
  const regional = ['provider', 'apply', 'deadline', 'processing'].includes(facet) ? regionalProvider(services, topic, district?.key, language === 'en') : undefined;
  const own = regional && facet === 'provider' ? content.sentences.slice(1) : content.sentences;
  // "Zählen Azubis und Aushilfen mit?": the first sentences on each special case named, one after the other
  const sentences = alsoConditions.length === 0 ? own : [condition, ...alsoConditions]
    .flatMap((id, i) => (i === 0 ? own : contentOf(id).sentences).slice(0, SENTENCES_PER_CONDITION))
    .filter((sentence, i, all) => all.indexOf(sentence) === i);
  const lines = [t('conversation:facet.lead', { title: text.title, facet: t(`conversation:facet.names.${facet}`) })];
  if (regional && district) lines.push(t('conversation:facet.regional', { place: district.name, provider: regional }));
  else if (content.found && asksResponsible(services, facet, question) && !sentences.some((s) => s.includes(text.provider))) lines.push(t('conversation:facet.responsible', { provider: text.provider }));
  // The amounts valid on the day asked, or in the year the question names ("für 2024"); for another year the texts,
  // which describe the amounts valid now, give way to the dated amounts.
  const { day, year } = dayForQuestion(question, todayOf(services));
  const namedYearAmounts = (facet === 'amount' || facet === 'duration') && year !== undefined && topic.amounts.some((a) => a.validFrom || a.validUntil);
  if (!namedYearAmounts) lines.push(...sentences);
  const amounts = facet === 'amount' || facet === 'duration' ? topic.amounts.filter((a) => isValidOn(a, day)) : [];
  if (facet === 'amount' || facet === 'duration') {
    if (year) lines.push(`${t('facts:forYear')}: ${year}`);
    for (const amount of amounts) lines.push(`- ${text.amounts[amount.id] ?? amount.id}: ${formatAmount(amount, t, channelLocale)}`);
  }
  // "Wie viele Tage?": the topic's dated amounts answer it even where no sentence of its text does
  const otherTitle = other ? services.content.knowledge.byId.get(other)?.texts[language]?.short : undefined;
  if (!content.found && amounts.length === 0) {
    lines.push(otherTitle
      ? t('conversation:facet.missingCombination', { title: text.short, other: otherTitle, provider: text.provider })
      : t([`conversation:facet.missingFor.${facet}`, 'conversation:facet.missing'], { title: text.short, provider: text.provider }));
  }

  const sectionText = content.section ? text.details[content.section] : undefined;
  // no card section beside "not in my information" on a combination: the section speaks of other things
  const showSection = sectionText && !sentences.some((s) => sectionText.includes(s)) && !(otherTitle && !content.found);
  const card = {
    type: 'AdaptiveCard',
    version: CARD_VERSION,
    lang: channelLocale.slice(0, 2),
    body: showSection ? [textBlock(t(`card.details.${content.section}`), { weight: 'Bolder' }), textBlock(sectionText)] : [],
    actions: [{ type: 'Action.Submit', title: t('conversation:facet.showAll', { title: text.short }), data: { topic: topicId } }],
  };
  await context.sendActivity({
    type: ActivityTypes.Message,
    locale: channelLocale,
    textFormat: 'markdown',
    text: lines.join('\n\n'),
    attachments: [CardFactory.adaptiveCard(card)],
    suggestedActions: suggestedActions(suggestions(context, 'findContact', 'help')),
  });
  rememberTopic(ctx, topicId, facet, condition);
  (await services.state.conversationData.get(context, {})).lastTopicId = topicId;
  return true;
}
