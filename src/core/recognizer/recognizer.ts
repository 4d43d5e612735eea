import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { ContentValidationError, type ContentProblem } from '../knowledge/validationError.js';
import { foldGerman } from '../text/fold.js';
import { AnalysedMessage } from '../text/analysedMessage.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { DEFAULT_THRESHOLDS, type DecisionThresholds } from './decision.js';
import type { IntentData } from './intentData.js';
import { createEvidenceFilters, inScopeVocabulary } from './evidence.js';
import { writtenLanguageReader } from './questionLanguage.js';
import { createSlotBuilder, DEFAULT_SLOT_WEIGHTS, type QuerySlot, type SlotWeights } from './querySlots.js';
import { routeMessage, type RouteSettings } from './route.js';
import { scoreDocuments } from './scoring.js';
import type { ConversationalSignal } from './signals.js';
import { createCountedNumberTest } from './countedNumbers.js';
import { MAX_TOKENS, messageTokens, sanitizedText, signalsReader } from './messageSignals.js';
import { analyzerFor, collectRecognizerTerms } from './recognizerTerms.js';
import { DEFAULT_PROSE_IDF_CAP, topicIndexFrom, type TopicTerms } from './topicIndex.js';
import { createTypoCorrector } from './typoCorrector.js';
import type { Recognition, RecognizeOptions, Recognizer } from './types.js';
import { createCompoundJoiner } from './separatedCompounds.js';
import { createGeneralQuestionTest, createNegatedWordFinder } from './generalQuestion.js';
import { createObjectNeedReader } from './objectNeeds.js';
import { createConditionCounter } from './conditionWords.js';
import { createPayerReader } from './payers.js';
import { compileParaphrases, rewriterFrom, type ParaphraseTables } from './plainParaphrases.js';
import { createGenericHelpTest } from './genericQuestions.js';
import { createOfficeQuestionReader } from './officeQuestion.js';
import { createGovernedSubjectReader } from './governedSubject.js';
import { createComparisonOrder } from './comparisons.js';
import { createExampleSimilarity, DEFAULT_EXAMPLE_WEIGHTS, FOLLOW_UP_WORDS, withExampleEvidence, type ExampleWeights, type TopicExampleInput } from './exampleEvidence.js';
import { createIntentWordTest, createNeedTerm, createObligationTerm, createStandInTerm } from './wordClasses.js';

/** Knobs for tuning and tests; the defaults are what the eval figures were measured with. */
export interface RecognizerTuning {
  thresholds: DecisionThresholds;
  slots: SlotWeights;
  proseIdfCap: number;
  namingKeywordDf: number;
  namingScore: number;
  outOfScopeFloor: number;
  outOfScopeShare: number;
  outOfScopeCloseShare: number;
  outOfScopeDominance: number;
  /** How similarity to the example utterances adds to the keyword evidence (exampleEvidence.ts). */
  examples: ExampleWeights;
}

const DEFAULT_TUNING: RecognizerTuning = { thresholds: DEFAULT_THRESHOLDS, slots: DEFAULT_SLOT_WEIGHTS, proseIdfCap: DEFAULT_PROSE_IDF_CAP, namingKeywordDf: 2, namingScore: 0.5, outOfScopeFloor: 0.1, outOfScopeShare: 0.6, outOfScopeCloseShare: 0.9, outOfScopeDominance: 2, examples: DEFAULT_EXAMPLE_WEIGHTS };
// without a region resolver: the unknown words of a short message naming a contact point are probably a place ("EAA Xanten")
const SHORT_CONTACT_MESSAGE = 4;
// a follow-up this short inside a conversation about a topic of the remit carries that conversation's evidence
const FOLLOW_UP_CONTENT_WORDS = 2;

function checkTopicIds(knowledge: KnowledgeBase, intents: IntentData): void {
  const referenced = [...intents.outOfScope.flatMap((s) => [...(s.remitTopic ? [s.remitTopic] : []), ...(s.employerWide ?? [])]), ...intents.findContact.contactTopics, ...intents.findContact.otherContactTopics, intents.findContact.answerTopic, intents.findContact.generalTopic, ...intents.levyCalculator.topics];
  const problems: ContentProblem[] = referenced
    .filter((id) => !knowledge.byId.has(id))
    .map((id) => ({ file: 'data/intents.json', item: id, field: 'outOfScope/findContact/levyCalculator', problem: `unknown topic id "${id}"` }));
  if (problems.length > 0) throw new ContentValidationError(problems);
}

// workforce words that count places, not people
const WORKPLACE_WORD = /platz|plaetz|stelle|job|position|workplace/;

/**
 * Builds the recognizer once at start-up: index over all topics in all loaded languages, typo corrector, intent cues.
 * `terms` are the index's terms collected before (content snapshot); by default they are collected here. `examples` are the
 * example utterances per topic (data/matching/topic-examples.json), as written or as a recognizer read them before;
 * `paraphrases` the compiled plain-language paraphrases (content snapshot), compiled here by default.
 */
export function createRecognizer(knowledge: KnowledgeBase, intents: IntentData, tuning: Partial<RecognizerTuning> = {}, terms?: TopicTerms, examples: readonly TopicExampleInput[] = [], paraphrases?: ParaphraseTables): Recognizer {
  checkTopicIds(knowledge, intents);
  const tune = { ...DEFAULT_TUNING, ...tuning };
  const analyzer = analyzerFor(intents);
  const index = topicIndexFrom(terms ?? collectRecognizerTerms(knowledge, intents), analyzer, tune.proseIdfCap);
  // a typo is corrected only into a word of some topic: "Schweißer" must not become "Schweiz", an out-of-scope subject
  const { isDomainMarked, isOrdinary, weighClauses } = createEvidenceFilters(index, analyzer, intents, tune.namingKeywordDf);
  const healthTerm = createStandInTerm(intents.healthConditions, analyzer);
  const aidTerm = createStandInTerm(intents.workAids, analyzer);
  const barrierTerm = createStandInTerm(intents.buildingBarriers, analyzer);
  const withoutBarrier = (slot: QuerySlot): QuerySlot => (barrierTerm(slot.token.folded) !== undefined && slot.kind === 'compound' ? { ...slot, kind: 'unknown', alternatives: [] } : slot);
  const obligationTerm = createObligationTerm(intents.obligationWords, analyzer);
  const { workforceTerms } = intents.levyCalculator;
  // people only: "3 Pflichtplätze" counts what the levy is about, "100 Mitarbeiter" counts the staff
  const personWords = [...workforceTerms.de, ...workforceTerms['de-x-simple'], ...workforceTerms.en].filter((w) => !WORKPLACE_WORD.test(foldGerman(w)));
  const isHeadCount = createCountedNumberTest(personWords, analyzer, (folded) => index.phraseTerms.has(folded) && !index.keywordTerms.has(folded));
  const buildSlots = createSlotBuilder(index, analyzer, createTypoCorrector(inScopeVocabulary(index)), tune.slots, {
    isOrdinary,
    isIntentWord: createIntentWordTest(intents),
    healthTerm: (folded) => healthTerm(folded) ?? aidTerm(folded) ?? barrierTerm(folded),
    obligationTerm,
    needTerm: createNeedTerm(intents.describedNeeds, analyzer),
  });
  const joinCompounds = createCompoundJoiner(index, analyzer);
  const isGeneralQuestion = createGeneralQuestionTest(intents.generalQuestions, analyzer);
  const negatedWords = createNegatedWordFinder(intents.generalQuestions);
  const readObjectNeeds = createObjectNeedReader(intents.objectNeed, index, analyzer);
  const countConditionOnce = createConditionCounter(healthTerm);
  const readPayers = createPayerReader(intents.payerVerbs, intents.findContact.otherContactTopics, index);
  const rewriteParaphrases = rewriterFrom(paraphrases ?? compileParaphrases({ paraphrases: intents.plainParaphrases, ...intents.plainClasses }));
  const isGenericHelp = createGenericHelpTest(index, analyzer, intents.helpWords);
  // subjects whose meaning disability changes (Kündigung → Kündigungsschutz) are never won by a question word alone
  const subjectIds = (keep: (o: IntentData['outOfScope'][number]) => boolean): Set<string> => new Set(intents.outOfScope.filter(keep).map((o) => o.id));
  const readGovernedSubject = createGovernedSubjectReader(intents.generalQuestions, analyzer, index, { governed: subjectIds((o) => !o.remitTopic), clause: subjectIds((o) => !o.remitTopic || o.sameForDisabled === true) }, isDomainMarked);
  const readAskedOffices = createOfficeQuestionReader(intents.findContact.otherContactTopics, index);
  const compareInOrder = createComparisonOrder(intents.generalQuestions.comparisonWords ?? [], index);
  const readSignals = signalsReader(intents);
  // the examples are read exactly like messages (the content snapshot keeps what was read: the typo corrector's search is costly)
  const examplesRead = createExampleSimilarity(examples, { analyzer, isOrdinary, buildSlots, rewriteParaphrases, obligationTerm }, tune.examples.bestExamples);
  const readWritten = writtenLanguageReader(intents);
  const notBeforePlace = new Set((intents.findContact.notBeforePlace ?? []).map(foldGerman));
  const subjects = new Map(intents.outOfScope.map((subject) => [subject.id, subject]));
  const settings: RouteSettings = {
    contactTopics: intents.findContact.contactTopics,
    otherContactTopics: intents.findContact.otherContactTopics,
    contactAnswerTopic: intents.findContact.answerTopic,
    generalTopic: intents.findContact.generalTopic,
    levyTopics: intents.levyCalculator.topics,
    thresholds: tune.thresholds,
    namingKeywordDf: tune.namingKeywordDf,
    namingScore: tune.namingScore,
    outOfScopeFloor: tune.outOfScopeFloor,
    outOfScopeShare: tune.outOfScopeShare,
    outOfScopeCloseShare: tune.outOfScopeCloseShare,
    outOfScopeDominance: tune.outOfScopeDominance,
    remitTopics: new Map(intents.outOfScope.flatMap((o) => (o.remitTopic ? [[o.id, o.remitTopic] as const] : []))),
  };

  const recognizeSafely = (text: string, options: RecognizeOptions): Recognition => {
    // the turn's analysis when the caller has one: the language detector has already read the same words
    const message = options.message ?? new AnalysedMessage(text);
    const sanitized = message.get(sanitizedText);
    const tokens = message.get(messageTokens).slice(0, MAX_TOKENS);
    const questionLanguage = message.get(readWritten).language;
    const placeWords = tokenize((options.ignoreTokens ?? []).join(' ')).map((t) => t.folded);
    const ignored = new Set(placeWords);
    const signals = message.get(readSignals);
    // "Monschau-Imgenbroich" (one token, "MonschauImgenbroich"): a part of a town joined to its name is the town's place
    const joinedToPlace = (t: Token): boolean => placeWords.some((w) => t.folded.length > w.length && t.folded.startsWith(w) && /\p{Lu}/u.test(t.raw.charAt(w.length)));
    const isPlace = (t: Token): boolean => ignored.has(t.folded) || signals.postcodes.includes(t.index) || joinedToPlace(t);
    // "… in English?" asks for a language, not for a topic
    const languageWords = new Set(signals.conversational.flatMap((s) => (s.intent === 'language' ? [...s.covered] : [])));
    // modal verbs of obligation are stop words, but matched (weakly) as "Pflicht"
    // plain German says some concepts without their words: "sieht fast nichts" is "sehbehindert"
    const matched = rewriteParaphrases(sanitized, analyzer.joinExpressions(message.get(messageTokens)).slice(0, MAX_TOKENS)).filter((t) => (!analyzer.isStopWord(t.folded) || obligationTerm(t.folded) !== undefined) && !isPlace(t) && !languageWords.has(t.index) && !isHeadCount(tokens, t));
    const content = matched.filter((t) => obligationTerm(t.folded) === undefined);
    const wordSlots = readPayers(tokens, joinCompounds(buildSlots(matched, questionLanguage === 'en' ? 'en' : 'de')));
    // "Sie braucht ein Telefon mit Licht": in a question about disability, a needed thing is an aid
    // "Die Tür ist zu schmal" asks for a conversion only in a question about disability ("Wann schließt die Tür?" asks nothing)
    const slots = countConditionOnce(weighClauses(sanitized, isDomainMarked(wordSlots) ? readObjectNeeds(tokens, wordSlots) : wordSlots.map(withoutBarrier)));
    const keywordRanking = scoreDocuments(index, slots);

    // "Hallo" or "English please" wins unless the rest of the message asks something the knowledge answers
    const isOnlyConversational = (signal: ConversationalSignal): boolean => {
      if (signals.contactPhrase || signals.levyPhrase || signals.finderPhrase || tokens.some(isPlace)) return false;
      const rest = slots.filter((slot) => !signal.covered.has(slot.token.index) && slot.kind !== 'unknown' && (slot.weight ?? 1) > 0);
      // "Wer hilft mir bei Fragen zu Arbeit und Behinderung?" asks about the remit, not about the bot
      if (signal.intent !== 'language' && isDomainMarked(rest)) return false;
      const fullRanking = rest.length > 0 ? scoreDocuments(index, rest) : [];
      // "Hallo, was kostet ein Minijob?", "Hi, can you help me with my tax return?" ask about a known subject outside the remit
      if (signal.intent !== 'language' && fullRanking[0]?.outOfScope && fullRanking[0].score >= settings.thresholds.answer) return false;
      const restRanking = fullRanking.filter((r) => !r.outOfScope);
      // "Hi, do you speak English? We want to hire …" switches the language AND asks; the answer comes in the new language
      return (restRanking[0]?.score ?? 0) < (languageWords.size > 0 ? settings.thresholds.floor : settings.thresholds.answer);
    };
    const conversational = signals.conversational.find(isOnlyConversational);
    if (conversational) {
      return { intent: conversational.intent, decision: 'answer', topics: [], confidence: 0.9, questionLanguage, placeMentioned: false, ...(conversational.language ? { language: conversational.language } : {}) };
    }
    const first = keywordRanking.find((r) => !r.outOfScope);
    // "ist das eine Behörde?": a word after an indefinite article is a common noun, never the unresolved name of a place
    const unknown = slots.filter((s) => s.kind === 'unknown' && !notBeforePlace.has(tokens[s.token.index - 1]?.folded ?? ''));
    const placeMentioned = tokens.some(isPlace)
      || (!!first && settings.contactTopics.includes(first.id) && first.nameSharedBy <= settings.namingKeywordDf && unknown.length > 0 && content.length <= SHORT_CONTACT_MESSAGE);
    const onlyPlace = tokens.some(isPlace) && content.length === 0;
    if (content.length === 0 && !onlyPlace && !signals.contactPhrase) {
      return { intent: 'out-of-scope', decision: 'dont-know', topics: [], confidence: 0, questionLanguage, placeMentioned: false };
    }
    // "… bei einem Angestellten ohne Behinderung" says the question is not about disability
    const negated = negatedWords(tokens);
    const remitEvidence = isDomainMarked(negated.size > 0 ? slots.filter((slot) => !negated.has(slot.token.index)) : slots);
    const domainMarked = remitEvidence || (options.inRemit === true && content.length <= FOLLOW_UP_CONTENT_WORDS);
    // the example utterances add their evidence to the keywords' (exampleEvidence.ts)
    const ranking = withExampleEvidence(keywordRanking, () => examplesRead.similarity(matched, slots, questionLanguage), tune.examples, { inRemit: domainMarked, thresholds: tune.thresholds, followUp: options.inRemit === true && content.length <= FOLLOW_UP_WORDS });
    const routed = routeMessage({ ranking, signals, placeMentioned, onlyPlace, vaguePlace: options.vaguePlace === true, askedOffices: readAskedOffices(signals.officeQuestionEnds, slots), governedSubject: readGovernedSubject(tokens, slots), domainMarked, remitEvidence, genericHelp: isGenericHelp(slots, signals.contactPhrase), contentWords: content.length, generalQuestion: isGeneralQuestion(tokens), evidenceWords: new Set(slots.filter((s) => s.alternatives.length > 0 && (s.weight ?? 1) > 0).map((s) => s.token.index)).size }, settings);
    const { referral: plainReferral, referralInRemit, remitTopic } = (routed.outOfScopeSubject ? subjects.get(routed.outOfScopeSubject) : undefined) ?? {};
    // "Wie formuliere ich eine Stellenanzeige, die auch Menschen mit Behinderung anspricht?": the referral that names our side too
    const referral = remitEvidence && referralInRemit ? referralInRemit : plainReferral;
    // assigned rather than spread in: the same keys in the same order, without the temporary objects
    const recognition: Recognition = { ...routed, questionLanguage, placeMentioned };
    // "Was ist der Unterschied zwischen BEM und stufenweiser Wiedereingliederung?": the compared topics in the order named
    if (routed.intent === 'knowledge') recognition.topics = compareInOrder(tokens, slots, routed.topics);
    if (referral) recognition.referral = referral;
    if (remitTopic) recognition.remitTopic = remitTopic;
    if (remitEvidence) recognition.remitEvidence = remitEvidence;
    return recognition;
  };

  return {
    exampleVectors: examplesRead.vectors,
    recognize(text, options = {}) {
      try {
        return recognizeSafely(text, options);
      } catch {
        // a message must never break the conversation; the tests feed garbage to keep this path cold
        return { intent: 'out-of-scope', decision: 'dont-know', topics: [], confidence: 0, questionLanguage: 'de', placeMentioned: false };
      }
    },
  };
}
