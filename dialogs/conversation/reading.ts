import { ASSOCIATION_OFFICE, changedLevyFigures, correctsLevyDetail, facetContent, foldedMessage, messageCues, providerNameFinder, readCues, statesLevyFigures, statesNewStatus, traineesAmongCounted, DAYS_SLOT, workdaysPerWeek, type ConversationContext, type Cues, type Facet, type LevyFigures, type ProviderNameFinder, type Reading } from '../../src/core/conversation/index.js';
import type { KnowledgeBase } from '../../src/core/knowledge/knowledgeBase.js';
import { levyTokens, parseCountAnswer, statedEqualised, writesOutCount, type LevyQuestion } from '../../src/core/levy/index.js';
import { landschaftsverbandOf } from '../../src/core/regions/index.js';
import { analysed, type AnalysedMessage, type MessageInput } from '../../src/core/text/analysedMessage.js';
import { placeResolution, type Understanding } from '../../src/core/understand.js';
import { answerReaderFor, fitsStep } from '../finder/answers.js';
import type { FinderState } from '../finder/state.js';
import { levyFiguresToday, type DialogServices } from '../services.js';
import { chosenByWords, overviewTopics, topicNamesOf } from './context.js';
import { namesBothOffices } from './regionalProvider.js';
import { answerRestsOnCues, relatedCandidate, subjectAside, topicByHead } from './topicEvidence.js';

/**
 * A message read against the conversation for `interpret` (see readMessage): the figures and the context read at once,
 * the ask-back's choice, whether only agencies are named and the topic evidence when a decision first asks (see readCues).
 * @remarks A class, as MessageCues: an object literal with getters is costly to build. The context is read as it was
 * when the message came (a decision may change it before it asks).
 */
class MessageReading implements Reading {
  readonly cues: Cues;
  readonly levyChange: LevyFigures | undefined;
  readonly levyCorrection: boolean;
  readonly fitsSuspended: boolean;
  readonly knowsDistrict: boolean;
  readonly statement: boolean;
  readonly districtAssociation: 'LVR' | 'LWL' | undefined;
  readonly associationOffice: string | undefined;
  readonly otherAssociationOffice: string | undefined;
  readonly officeOfEither: string | undefined;
  readonly placeOfBoth: boolean;
  readonly workplaces: number | undefined;
  readonly equalised: number | undefined;
  readonly placeDependent: boolean;
  readonly officeAtHand: boolean;
  readonly applicationTopic: string | undefined;
  readonly #services: DialogServices;
  readonly #message: AnalysedMessage;
  readonly #figures: LevyQuestion;
  readonly #asCame: Pick<ConversationContext, 'topic' | 'recentTopics' | 'overview' | 'situation' | 'choices'>;
  #askBackTopic?: { id?: string };
  #agencyOnly?: boolean;
  #referredTopic?: { id?: string };
  #subjectAside?: boolean;
  #answerRestsOnCues?: boolean;
  #facetInTopic?: boolean;
  #facetChoice?: { id?: string };
  #caseTopic?: { id?: string };
  #relatedCandidate?: { id?: string };
  #computedFactTopic?: { id?: string };

  constructor(services: DialogServices, message: AnalysedMessage, ctx: ConversationContext, readonly understanding: Understanding) {
    const { text } = message;
    const { conversation: vocabulary, knowledge, regions } = services.content;
    this.#services = services;
    this.#message = message;
    this.#figures = message.get(levyFiguresToday(services));
    this.#asCame = { topic: ctx.topic, recentTopics: ctx.recentTopics, overview: ctx.overview, situation: ctx.situation, choices: ctx.choices };
    const figures = this.#figures;
    this.cues = readCues(message, vocabulary, topicNamesOf(knowledge));
    this.levyChange = ctx.levy ? changedLevyFigures(message, ctx.levy, figures, vocabulary) : undefined;
    this.levyCorrection = this.levyChange !== undefined && (correctsLevyDetail(figures) || statesNewStatus(message, figures, vocabulary) || traineesAmongCounted(message, ctx.levy!) !== undefined || statesLevyFigures(message, figures, vocabulary));
    this.fitsSuspended = fitsSuspended(services, message, ctx);
    this.knowsDistrict = ctx.districtKey !== undefined;
    this.statement = !text.includes('?');
    this.districtAssociation = ctx.districtKey ? landschaftsverbandOf(regions, ctx.districtKey) : undefined;
    this.associationOffice = associationOffice(knowledge, this.cues.namedTopics);
    const place = message.get(placeResolution(regions));
    const region = place.kind === 'ambiguous' ? place.region : undefined;
    this.placeOfBoth = !!region && !region.landschaftsverband;
    const placeAssociation = understanding.district ? landschaftsverbandOf(regions, understanding.district) : region ? region.landschaftsverband : this.districtAssociation;
    this.otherAssociationOffice = this.associationOffice && placeAssociation && twinOffice(knowledge, this.associationOffice, placeAssociation);
    this.officeOfEither = placeAssociation && officeOfEither(knowledge, this.cues.namedTopics, placeAssociation);
    this.workplaces = figures.workplaces;
    this.equalised = statedEqualised(text);
    this.placeDependent = namesBothOffices(knowledge.byId.get(ctx.topic ?? ''));
    this.officeAtHand = ctx.lastAnswer === 'contact' || (ctx.lastAnswer === 'topic' && (this.placeDependent || ASSOCIATION_OFFICE.test(ctx.topic ?? '')));
    this.applicationTopic = applicationElsewhere(knowledge, ctx);
  }

  get levyEmployed(): boolean {
    return this.#figures.employed !== undefined || this.#said(this.#services.content.conversation.levyChange.remove);
  }

  get writesOutCount(): boolean { return writesOutCount(this.#message.get(levyTokens)); }

  get levyPayee(): boolean { return this.#said(this.#services.content.conversation.levyChange.payee); }
  get asksWhyLevy(): boolean { return this.#said(this.#services.content.conversation.levyChange.why); }
  get asksCounting(): boolean { return this.#said(this.#services.content.conversation.levyChange.counts); }

  get askBackTopic(): string | undefined {
    return (this.#askBackTopic ??= { id: chosenByWords(this.#services, this.#message.text, this.#asCame.choices) }).id;
  }

  get agencyOnly(): boolean {
    return (this.#agencyOnly ??= agencyOnly(this.#services.content.knowledge, this.understanding, this.cues.namedTopics));
  }

  get referredTopic(): string | undefined {
    return (this.#referredTopic ??= { id: topicByHead(this.#services, this.#message.get(foldedMessage), this.#asCame) }).id;
  }

  get subjectAside(): boolean {
    return (this.#subjectAside ??= subjectAside(this.#services, this.#message.text, this.understanding, this.cues, this.#asCame.topic));
  }

  get answerRestsOnCues(): boolean {
    return (this.#answerRestsOnCues ??= !this.#asCame.choices && answerRestsOnCues(this.#services, this.understanding, this.cues, this.#asCame.topic));
  }

  get facetInTopic(): boolean {
    return (this.#facetInTopic ??= facetInTopic(this.#services, this.cues.facet, this.#asCame.topic));
  }

  get facetChoice(): string | undefined {
    const answering = (this.#asCame.choices ?? []).filter((id) => facetInTopic(this.#services, this.cues.facet, id));
    return (this.#facetChoice ??= { id: answering.length === 1 ? answering[0] : undefined }).id;
  }

  get caseTopic(): string | undefined {
    return (this.#caseTopic ??= { id: caseTopic(this.#services, this.cues.condition, [this.#asCame.topic, ...(this.#asCame.recentTopics ?? [])]) }).id;
  }

  get relatedCandidate(): string | undefined {
    return (this.#relatedCandidate ??= { id: relatedCandidate(this.#services, this.understanding, this.#asCame.topic) }).id;
  }

  get situationAtHand(): string | undefined {
    const topic = this.#asCame.topic;
    return topic ? this.#services.content.conversation.overviews.situations.find((s) => s.topics.includes(topic))?.id : undefined;
  }

  get computedFactTopic(): string | undefined {
    return (this.#computedFactTopic ??= { id: computedFactTopic(this.#services, this.#message.text, this.cues, this.understanding) }).id;
  }

  payersIn(situation: string, backToOverview: boolean): readonly string[] | undefined {
    return overviewPayers(this.#services, this.#message.get(foldedMessage), situation, this.understanding, this.cues.namedTopics, backToOverview);
  }

  /** Whether the message says what `pattern` (a levy follow-up cue) finds; tested once per message (see CueText.test). */
  #said(pattern: RegExp): boolean {
    return messageCues(this.#message, this.#services.content.conversation).test(pattern);
  }
}

/** The one office of a Landschaftsverband the message names ("der LWL", "das LVR-Inklusionsamt"), if it names one. */
function associationOffice(knowledge: KnowledgeBase, named: readonly string[]): string | undefined {
  const offices = named.filter((id) => ASSOCIATION_OFFICE.test(id) && isAgency(knowledge, id));
  return offices.length === 1 ? offices[0] : undefined;
}

/** "der LVR oder der LWL": the message names the same office of both Landschaftsverbände; that office of `association`. */
function officeOfEither(knowledge: KnowledgeBase, named: readonly string[], association: 'LVR' | 'LWL'): string | undefined {
  const offices = named.filter((id) => ASSOCIATION_OFFICE.test(id) && isAgency(knowledge, id));
  const [first, second] = offices;
  if (offices.length !== 2 || first!.replace(ASSOCIATION_OFFICE, '') !== second!.replace(ASSOCIATION_OFFICE, '')) return undefined;
  return offices.find((id) => id.endsWith(`-${association.toLowerCase()}`));
}

/** The office of `association` when `office` is the other Landschaftsverband's ("der LWL" from the Rheinland: the LVR-Inklusionsamt). */
function twinOffice(knowledge: KnowledgeBase, office: string, association: 'LVR' | 'LWL'): string | undefined {
  const own = `-${association.toLowerCase()}`;
  if (office.endsWith(own)) return undefined;
  const twin = office.replace(ASSOCIATION_OFFICE, own);
  return knowledge.byId.has(twin) ? twin : undefined;
}

/** Reads a message for `interpret`: what it means, its cues and, after a levy result, the figures it changes. */
export function readMessage(services: DialogServices, input: MessageInput, ctx: ConversationContext, understood?: Understanding): { understood: Understanding; reading: Reading } {
  const message = analysed(input);
  const u = understood ?? services.understand(message);
  return { understood: u, reading: new MessageReading(services, message, ctx, u) };
}

/** Whether a topic is an agency (topic group `contact`: EAA, Arbeitgeber-Service, Inklusionsamt …). */
const isAgency = (knowledge: KnowledgeBase, id: string | undefined): boolean => knowledge.byId.get(id ?? '')?.group === 'contact';

/** The recognizer's topic and every named topic are agencies, so the message names who, not what. */
function agencyOnly(knowledge: KnowledgeBase, u: Understanding, named: readonly string[]): boolean {
  const agency = (id: string | undefined) => isAgency(knowledge, id);
  // an ask-back whose first topic is the instrument (the example evidence may put it before the agency) still names who
  return (agency(u.topics[0]?.id) || (u.decision === 'ask-back' && named.length > 0 && u.topics.some((t) => agency(t.id)))) && named.every(agency);
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
  if (!namedTopics.every((id) => isAgency(knowledge, id))) return undefined;
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

/** When the topic under discussion needs no application (no provider: the employer's own duty), the recent topic that has one. */
function applicationElsewhere(knowledge: KnowledgeBase, ctx: ConversationContext): string | undefined {
  const needsApplication = (id: string | undefined) => (knowledge.byId.get(id ?? '')?.providers ?? []).length > 0;
  if (!ctx.topic || needsApplication(ctx.topic)) return undefined;
  return ctx.recentTopics?.find(needsApplication);
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
  const parsed = message.get(levyFiguresToday(services));
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

/** The first of the topics discussed (the one at hand first) that has a sourced fact on the special case `condition`. */
function caseTopic(services: DialogServices, condition: string | undefined, discussed: readonly (string | undefined)[]): string | undefined {
  if (!condition) return undefined;
  const facts = services.content.conversation.facts.filter((f) => f.condition === condition);
  return discussed.find((id) => facts.some((f) => f.topic === id));
}

/**
 * The topic the message names, or else the one the recognizer is sure of, whose sourced fact on the special case the
 * message states is computed from the working days per week the message gives; undefined without such figures.
 */
function computedFactTopic(services: DialogServices, text: string, cues: Cues, u: Understanding): string | undefined {
  if (!cues.condition) return undefined;
  const facts = services.content.conversation.facts.filter((f) => f.condition === cues.condition && f.text.de.includes(DAYS_SLOT));
  if (facts.length === 0 || workdaysPerWeek(text) === undefined) return undefined;
  const sure = u.decision === 'answer' && u.topics[0] ? [u.topics[0].id] : [];
  return [...cues.namedTopics, ...sure].find((id) => facts.some((f) => f.topic === id));
}
