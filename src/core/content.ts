import { loadSectorWords, type SectorWords } from './contacts/sectors.js';
import { loadChecklist, type Checklist } from './checklist/loadChecklist.js';
import { loadConversationVocabulary, type ConversationVocabulary } from './conversation/vocabulary.js';
import { loadFinderRules, prefillFromText, type FinderRules } from './finder/index.js';
import { loadKnowledgeBase, type KnowledgeBase } from './knowledge/knowledgeBase.js';
import { loadLevyCountingRules, loadLevyQuestionWords, loadLevyRates, type LevyCountingRules, type LevyQuestionWords, type LevyRateTable } from './levy/index.js';
import { loadIntents } from './recognizer/intentData.js';
import { compileParaphrases, type ParaphraseTables } from './recognizer/plainParaphrases.js';
import { createRecognizer, type RecognizerTuning } from './recognizer/recognizer.js';
import { loadTopicExamples } from './recognizer/topicExamples.js';
import type { ExampleVector } from './recognizer/exampleIndex.js';
import { collectRecognizerTerms } from './recognizer/recognizerTerms.js';
import type { TopicTerms } from './recognizer/topicIndex.js';
import { loadRegions, type Regions } from './regions/index.js';
import { analysed, type AnalysedMessage } from './text/analysedMessage.js';
import { createUnderstand, placeFinderFor, placeResolution, type PlaceFinder, type Understand } from './understand.js';

/** The languages every text must exist in: standard German, Einfache Sprache, English. */
export const CONTENT_LANGUAGES = ['de', 'de-x-simple', 'en'] as const;

/** Everything the bot knows, loaded and validated once at start-up. */
export interface Content {
  knowledge: KnowledgeBase;
  regions: Regions;
  intents: ReturnType<typeof loadIntents>;
  levyRates: LevyRateTable;
  /** Words that make a levy question ask for a calculation (data/levy/question-words.json). */
  levyWords: LevyQuestionWords;
  /** What the levy calculator leaves out or counts by month, with the law for each (data/levy/counting-rules.json). */
  levyCounting: LevyCountingRules;
  finder: FinderRules;
  /** Words that tell a business's chamber sector (contact card). */
  sectorWords: SectorWords;
  /** Deadlines and documents per topic for the checklist page (`data/checklist.json`). */
  checklist: Checklist;
  /** Follow-up, small-talk and overview words (data/conversation/cues.json, data/finder/overviews.json). */
  conversation: ConversationVocabulary;
  /** The recognizer's index terms, derived from knowledge and intents (the costly part of its index; kept in the content snapshot). */
  recognizerTerms: TopicTerms;
  /** Example utterances per topic and out of scope (data/matching/topic-examples.json) as the recognizer reads them: its second evidence. */
  topicExamples: readonly ExampleVector[];
  /** The recognizer's plain-language paraphrases, compiled (cue indexes and slip tables; kept in the content snapshot). */
  recognizerParaphrases: ParaphraseTables;
}

/** Loads and validates all content below `root` (the repository root). */
export function loadContent(root: string): Content {
  const knowledge = loadKnowledgeBase(root, CONTENT_LANGUAGES);
  const regions = loadRegions(root);
  const intents = loadIntents(root);
  const recognizerTerms = collectRecognizerTerms(knowledge, intents);
  // reading the examples costs a few hundred milliseconds: done here, the content snapshot keeps the result
  const topicExamples = createRecognizer(knowledge, intents, {}, recognizerTerms, loadTopicExamples(root, new Set(knowledge.byId.keys()))).exampleVectors ?? [];
  return {
    knowledge,
    regions,
    intents,
    levyRates: loadLevyRates(root),
    levyWords: loadLevyQuestionWords(root),
    levyCounting: loadLevyCountingRules(root),
    finder: loadFinderRules(root),
    sectorWords: loadSectorWords(root),
    checklist: loadChecklist(root, new Set(knowledge.topics.map((t) => t.id)), CONTENT_LANGUAGES),
    conversation: loadConversationVocabulary(root, new Set(knowledge.byId.keys())),
    recognizerTerms,
    topicExamples,
    recognizerParaphrases: compileParaphrases({ paraphrases: intents.plainParaphrases, ...intents.plainClasses }),
  };
}

/** The one `understand` function over loaded content: the recognizer plus place resolution (replaceable in tests). */
export function understandFor(content: Content, findPlace?: PlaceFinder, tuning: Partial<RecognizerTuning> = {}): Understand {
  const regionScopeOf = (id: string) => content.knowledge.byId.get(id)?.regionScope;
  const understand = createUnderstand(createRecognizer(content.knowledge, content.intents, tuning, content.recognizerTerms, content.topicExamples, content.recognizerParaphrases), findPlace ?? placeFinderFor(content.regions), regionScopeOf, content.levyWords, content.intents.outOfScope.find((o) => o.outsidePlaces === true), content.intents.obligationWords.words);
  return (input, context) => {
    const message = analysed(input);
    const understood = understand(message, context);
    // An employer who describes a situation ("Azubi mit Lernbehinderung einstellen, Bäckerei, 12 Leute") rather than
    // naming a programme gets the guided finder, unless one topic clearly answers the question.
    if (understood.intent === 'knowledge' && understood.decision !== 'answer' && describesSituation(content.finder, content.regions, message)) {
      return { ...understood, intent: 'programme-finder' };
    }
    return understood;
  };
}

/** True when the text states the situation and at least two more finder answers (person, firm size, place). */
function describesSituation(rules: FinderRules, regions: Regions, message: AnalysedMessage): boolean {
  const { answers } = prefillFromText(rules, message.text);
  if (answers.situation === undefined) return false;
  // the place as understanding found it (the turn's analysis): the same resolution as prefillFromText's with regions
  const place = message.get(placeResolution(regions));
  return Object.keys(answers).length - 1 + (place.kind !== 'none' ? 1 : 0) >= 2;
}

/**
 * Loads all content below `root` and builds the same `understand` the bot uses — for `ask`, `eval` and `bench`.
 * Throws ContentValidationError on bad content.
 */
export function loadUnderstand(root: string, findPlace?: PlaceFinder): { understand: Understand; knowledge: KnowledgeBase; languages: string[] } {
  const content = loadContent(root);
  return { understand: understandFor(content, findPlace), knowledge: content.knowledge, languages: [...CONTENT_LANGUAGES] };
}
