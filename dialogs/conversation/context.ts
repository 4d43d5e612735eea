import type { TurnContext } from 'botbuilder';
import { askBackChoice, changedLevyFigures, statesLevyFigures, statesNewStatus, traineesAmongCounted, choiceWords, correctsLevyDetail, facetContent, foldedMessage, leadingChoice, providerNameFinder, type ProviderNameFinder, messageCues, readCues, topicNameFinder, type ChoiceWords, type ConversationContext, type ConversationVocabulary, type Facet, type Reading, type TopicNameFinder } from '../../src/core/conversation/index.js';
import type { KnowledgeBase } from '../../src/core/knowledge/knowledgeBase.js';
import { parseCountAnswer, statedEqualised } from '../../src/core/levy/index.js';
import type { RankedTopic } from '../../src/core/recognizer/types.js';
import { analysed, type AnalysedMessage, type MessageInput } from '../../src/core/text/analysedMessage.js';
import { levyFigures, type Understanding } from '../../src/core/understand.js';
import type { DialogServices } from '../services.js';
import { answerReaderFor, fitsStep } from '../finder/answers.js';
import type { FinderState } from '../finder/state.js';
import { perTopic } from './perTopic.js';
import { namesBothOffices } from './regionalProvider.js';
import { landschaftsverbandOf } from '../../src/core/regions/index.js';
import { answerRestsOnCues, relatedCandidate, subjectAside, topicByHead } from './topicEvidence.js';

const finders = new WeakMap<KnowledgeBase, TopicNameFinder>();

/** The topic-name index of a knowledge base: keywords, English keywords and titles; built once per knowledge base. */
export function topicNamesOf(knowledge: KnowledgeBase): TopicNameFinder {
  let finder = finders.get(knowledge);
  if (!finder) {
    finder = topicNameFinder(knowledge.topics.map((t) => ({
      id: t.id,
      names: [...(t.match?.keywords ?? []), ...(t.match?.en ?? []), ...Object.values(t.texts).flatMap((x) => [x.title, x.short])],
    })));
    finders.set(knowledge, finder);
  }
  return finder;
}

/** The conversation context of this conversation (created empty), with the remembered district. */
export async function conversationContext(context: TurnContext, services: DialogServices): Promise<ConversationContext> {
  const data = await services.state.conversationData.get(context, {});
  data.conversation ??= {};
  data.conversation.districtKey = data.districtKey;
  return data.conversation;
}

/** Makes `topicId` the topic under discussion; the previous one moves into the two recent topics. */
export function rememberTopic(ctx: ConversationContext, topicId: string, facet?: Facet, condition?: string): void {
  if (ctx.topic && ctx.topic !== topicId) ctx.recentTopics = [ctx.topic, ...(ctx.recentTopics ?? []).filter((id) => id !== topicId)].slice(0, 2);
  ctx.topic = topicId;
  ctx.lastAnswer = 'topic';
  ctx.overview = undefined;
  ctx.facet = facet;
  ctx.condition = condition;
  ctx.choices = undefined;
  ctx.choiceLead = undefined;
}

/** Reads a message for `interpret`: what it means, its cues and, after a levy result, the figures it changes. */
export function readMessage(services: DialogServices, input: MessageInput, ctx: ConversationContext, understood?: Understanding): { understood: Understanding; reading: Reading } {
  const message = analysed(input);
  const { text } = message;
  const u = understood ?? services.understand(message);
  const vocabulary = services.content.conversation;
  const cues = readCues(message, vocabulary, topicNamesOf(services.content.knowledge));
  const figures = message.get(levyFigures);
  const said = messageCues(message, vocabulary);
  const levyChange = ctx.levy ? changedLevyFigures(message, ctx.levy, figures, vocabulary) : undefined;
  const levyCorrection = levyChange !== undefined && (correctsLevyDetail(figures) || statesNewStatus(message, figures, vocabulary) || traineesAmongCounted(message, ctx.levy!) !== undefined || statesLevyFigures(message, figures, vocabulary));
  // the ask-back's choice, whether only agencies are named and the topic evidence are read when a decision asks (see readCues)
  const { choices, topic } = ctx;
  // the context as it was when the message came: a decision may change the context before it asks
  const asCame = { ...ctx };
  let askBackTopic: { id?: string } | undefined;
  let onlyAgencies: boolean | undefined;
  let referred: { id?: string } | undefined;
  let aside: boolean | undefined;
  let restsOnCues: boolean | undefined;
  let related: { id?: string } | undefined;
  let inTopic: boolean | undefined;
  const { knowledge } = services.content;
  const reading: Reading = {
    understanding: u, cues, levyChange, levyCorrection, levyEmployed: figures.employed !== undefined || said.test(vocabulary.levyChange.remove), levyPayee: said.test(vocabulary.levyChange.payee), asksCounting: said.test(vocabulary.levyChange.counts), fitsSuspended: fitsSuspended(services, message, ctx),
    get askBackTopic() { return (askBackTopic ??= { id: chosenByWords(services, text, choices) }).id; },
    knowsDistrict: ctx.districtKey !== undefined, statement: !text.includes('?'), districtAssociation: ctx.districtKey ? landschaftsverbandOf(services.content.regions, ctx.districtKey) : undefined, workplaces: figures.workplaces, equalised: statedEqualised(text),
    placeDependent: namesBothOffices(knowledge.byId.get(ctx.topic ?? '')), applicationTopic: applicationElsewhere(knowledge, ctx),
    get agencyOnly() { return (onlyAgencies ??= agencyOnly(knowledge, u, cues.namedTopics)); },
    get referredTopic() { return (referred ??= { id: topicByHead(services, message.get(foldedMessage), asCame) }).id; },
    get subjectAside() { return (aside ??= subjectAside(services, text, u, cues, topic)); },
    get answerRestsOnCues() { return (restsOnCues ??= !choices && answerRestsOnCues(services, u, cues, topic)); },
    get facetInTopic() { return (inTopic ??= facetInTopic(services, cues.facet, topic)); },
    get relatedCandidate() { return (related ??= { id: relatedCandidate(services, u, topic) }).id; },
    payersIn: (situation, backToOverview) => overviewPayers(services, message.get(foldedMessage), situation, u, cues.namedTopics, backToOverview),
  };
  return { understood: u, reading };
}

/** The topics of an overview situation, in their order. */
export function overviewTopics(services: DialogServices, situation: string | undefined): string[] {
  return services.content.conversation.overviews.situations.find((s) => s.id === situation)?.topics ?? [];
}

const providerFinders = new WeakMap<KnowledgeBase, ProviderNameFinder>();

/**
 * The providers a message names that fund some, not all, of a situation's instruments ("Was zahlt die Arbeitsagentur
 * davon?"); undefined without such a provider, when the message names a topic that is no agency, or when the
 * recognizer is sure of one instrument of the situation ("Gibt es von LVR oder LWL noch etwas extra?" is their premium)
 * or, unless the message refers back to the overview, of another instrument the payer funds ("…braucht eine
 * Braillezeile. Zahlt das die Arbeitsagentur?" is the agency's work aids).
 */
function overviewPayers(services: DialogServices, folded: string, situation: string, u: Understanding, namedTopics: readonly string[], backToOverview: boolean): string[] | undefined {
  const { knowledge } = services.content;
  if (!namedTopics.every((id) => knowledge.byId.get(id)?.group === 'contact')) return undefined;
  const instruments = overviewTopics(services, situation);
  const sure = u.decision === 'answer' ? knowledge.byId.get(u.topics[0]?.id ?? '') : undefined;
  if (sure && instruments.includes(sure.id)) return undefined;
  let finder = providerFinders.get(knowledge);
  if (!finder) providerFinders.set(knowledge, (finder = providerNameFinder(knowledge.providers.values())));
  const named = finder(folded);
  // the employer's duties and the agencies themselves are no instrument anyone funds
  const instrumentElsewhere = sure && sure.group !== 'duty' && sure.group !== 'contact' && sure.providers.some((id) => named.includes(id));
  if (instrumentElsewhere && !backToOverview) return undefined;
  const funders = instruments.map((id) => knowledge.byId.get(id)?.providers ?? []);
  const payers = named.filter((id) => {
    const funded = funders.filter((providers) => providers.includes(id)).length;
    return funded > 0 && funded < funders.length;
  });
  return payers.length > 0 ? payers : undefined;
}

/** The recognizer's topic and every named topic are agencies (topic group `contact`), so the message names who, not what. */
function agencyOnly(knowledge: KnowledgeBase, u: Understanding, named: readonly string[]): boolean {
  const isAgency = (id: string | undefined) => knowledge.byId.get(id ?? '')?.group === 'contact';
  // an ask-back whose first topic is the instrument (the example evidence may put it before the agency) still names who
  return (isAgency(u.topics[0]?.id) || (u.decision === 'ask-back' && named.length > 0 && u.topics.some((t) => isAgency(t.id)))) && named.every(isAgency);
}

/** When the topic under discussion needs no application (no provider: the employer's own duty), the recent topic that has one. */
function applicationElsewhere(knowledge: KnowledgeBase, ctx: ConversationContext): string | undefined {
  const needsApplication = (id: string | undefined) => (knowledge.byId.get(id ?? '')?.providers ?? []).length > 0;
  if (!ctx.topic || needsApplication(ctx.topic)) return undefined;
  return ctx.recentTopics?.find(needsApplication);
}

/** The word beginnings of a topic's texts in all languages; counted once per topic and knowledge base. */
const wordsOfTopic = perTopic((knowledge, id): ChoiceWords =>
  choiceWords(Object.values(knowledge.byId.get(id)?.texts ?? {}).map((x) => JSON.stringify(x)).join(' ')));

const cueWordTests = new WeakMap<ConversationVocabulary, (word: string) => boolean>();

/** Whether a word only asks a facet or a special case (its cues), per vocabulary. */
function cueWordTest(vocabulary: ConversationVocabulary): (word: string) => boolean {
  let test = cueWordTests.get(vocabulary);
  if (!test) {
    const cues = [...vocabulary.facets, ...vocabulary.conditions].map((f) => f.cue);
    test = (word) => cues.some((cue) => cue.test(word));
    cueWordTests.set(vocabulary, test);
  }
  return test;
}

/** Of the offered topics, the one whose texts (all languages) hold the message's own words. */
function chosenByWords(services: DialogServices, text: string, offered: readonly string[] | undefined): string | undefined {
  if (!offered) return undefined;
  const { knowledge, conversation } = services.content;
  const choices = offered.map((id) => ({ id, words: wordsOfTopic(knowledge, id) }));
  return askBackChoice(text, choices, conversation.fillers, cueWordTest(conversation));
}

/**
 * When the bot asks back, the offered topic a later follow-up ("Wer zahlt das?") is about, if one stands out: the
 * topic under discussion when it is offered again, the one the recognizer scored clearly ahead, or the one whose
 * texts hold the asked-back message's own words. Only the id is kept, never the text.
 */
export function askBackLead(services: DialogServices, text: string, ctx: ConversationContext, offered: readonly RankedTopic[]): string | undefined {
  const ids = offered.map((t) => t.id);
  if (ctx.topic && ids.includes(ctx.topic)) return ctx.topic;
  return leadingChoice(offered) ?? chosenByWords(services, text, ids);
}

/**
 * A suspended dialog takes a message that only says yes or go on ("ja, weiter"); a levy calculation one that gives
 * the number it waited for; the programme finder one that answers the step it asked ("Wir wollen jemanden einstellen").
 */
function fitsSuspended(services: DialogServices, message: AnalysedMessage, ctx: ConversationContext): boolean {
  const suspended = ctx.suspended;
  if (!suspended) return false;
  if (messageCues(message, services.content.conversation).test(services.content.conversation.resumeYes)) return true;
  if (suspended.dialog === 'finder') {
    const { finder, regions } = services.content;
    return fitsStep(answerReaderFor(finder, regions, services.localizer), suspended.state as unknown as FinderState, message.text);
  }
  if (suspended.dialog !== 'levy') return false;
  const asking = suspended.state.asking;
  const parsed = message.get(levyFigures);
  return (asking === 'employed' && parsed.employed !== undefined) || (asking === 'workplaces' && parsed.workplaces !== undefined) || isBareCount(message.text);
}

/** The most words a bare answer to "how many?" has ("so um die 65", "ungefähr siebzig Leute"). */
const BARE_COUNT_WORDS = 4;

/** "65", "keinen", "so um die siebzig": a short answer that is one count and asks nothing. */
const isBareCount = (text: string): boolean =>
  !text.includes('?') && text.trim().split(/\s+/u).length <= BARE_COUNT_WORDS && parseCountAnswer(text) !== undefined;

/** Whether the German texts of the topic under discussion have sentences on the facet (its evidence words find them). */
function facetInTopic(services: DialogServices, facet: Facet | undefined, topicId: string | undefined): boolean {
  const text = services.content.knowledge.byId.get(topicId ?? '')?.texts.de;
  const evidence = services.content.conversation.facets.find((f) => f.id === facet)?.evidence.de;
  return !!text && !!evidence && facet !== undefined && facetContent(text, facet, { evidence, question: '' }).sentences.length > 0;
}
