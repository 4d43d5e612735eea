import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { createAnalyzer, type Analyzer } from '../text/analyzer.js';
import { outOfScopeDocuments, topicDocuments } from './documents.js';
import type { IntentData } from './intentData.js';
import { collectTopicTerms, type TopicTerms } from './topicIndex.js';

const analyzers = new WeakMap<IntentData, Analyzer>();

/**
 * The analyzer over the word lists of the intents (stop words, synonyms, fixed expressions): one per intent data,
 * shared by the recognizer, its routing cues and the language detector (its stem cache only remembers results).
 */
export function analyzerFor(intents: IntentData): Analyzer {
  let analyzer = analyzers.get(intents);
  if (!analyzer) {
    analyzer = createAnalyzer({ stopWords: intents.stopWords, synonyms: intents.synonyms, expressions: intents.expressions });
    analyzers.set(intents, analyzer);
  }
  return analyzer;
}

/** The costly part of the recognizer's index: the terms of every topic and out-of-scope subject (built once, or read from the content snapshot). */
export function collectRecognizerTerms(knowledge: KnowledgeBase, intents: IntentData): TopicTerms {
  return collectTopicTerms([...topicDocuments(knowledge), ...outOfScopeDocuments(intents.outOfScope)], analyzerFor(intents));
}
