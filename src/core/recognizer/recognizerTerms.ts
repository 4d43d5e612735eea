import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { createAnalyzer, type Analyzer } from '../text/analyzer.js';
import { outOfScopeDocuments, topicDocuments } from './documents.js';
import type { IntentData } from './intentData.js';
import { collectTopicTerms, type TopicTerms } from './topicIndex.js';

/** The analyzer over the word lists of the intents (stop words, synonyms, fixed expressions). */
export function analyzerFor(intents: IntentData): Analyzer {
  return createAnalyzer({ stopWords: intents.stopWords, synonyms: intents.synonyms, expressions: intents.expressions });
}

/** The costly part of the recognizer's index: the terms of every topic and out-of-scope subject (built once, or read from the content snapshot). */
export function collectRecognizerTerms(knowledge: KnowledgeBase, intents: IntentData): TopicTerms {
  return collectTopicTerms([...topicDocuments(knowledge), ...outOfScopeDocuments(intents.outOfScope)], analyzerFor(intents));
}
