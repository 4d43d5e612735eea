import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { TopicText } from '../knowledge/schema.js';
import type { TextLanguage } from '../text/analyzer.js';
import type { OutOfScopeSubject } from './intentData.js';

/** One searchable text of a document, with its weight (3 = the topic's name, 1 = answer prose). */
export interface IndexField {
  text: string;
  weight: number;
  language: TextLanguage;
  /** Keyword-like (title, keywords, synonyms): multi-word entries also count as a phrase. */
  keyword: boolean;
}

/** A topic, or a known out-of-scope subject that competes with the topics. */
export interface IndexDocument {
  id: string;
  outOfScope: boolean;
  fields: IndexField[];
}

/** How much a word counts, by the field it stands in (title and keywords name the topic, prose only mentions it). */
export const FIELD_WEIGHTS = {
  title: 3, short: 3, keywords: 3, synonyms: 2.5, en: 2.5, colloquial: 2, misspellings: 2,
  answer: 1, details: 0.6, provider: 0.6, labels: 0.4,
} as const;

/** The highest field weight; a word found there counts fully. */
export const MAX_FIELD_WEIGHT = 3;

const textLanguage = (lng: string): TextLanguage => (lng === 'en' ? 'en' : 'de');

function textFields(text: TopicText, language: TextLanguage): IndexField[] {
  const prose = (t: string | undefined, weight: number): IndexField[] => (t ? [{ text: t, weight, language, keyword: false }] : []);
  return [
    { text: text.title, weight: FIELD_WEIGHTS.title, language, keyword: true },
    { text: text.short, weight: FIELD_WEIGHTS.short, language, keyword: true },
    ...prose(text.answer, FIELD_WEIGHTS.answer),
    ...Object.values(text.details).flatMap((d) => prose(d, FIELD_WEIGHTS.details)),
    ...prose(text.provider, FIELD_WEIGHTS.provider),
    ...prose(text.expert, FIELD_WEIGHTS.details),
    ...Object.values(text.amounts).flatMap((d) => prose(d, FIELD_WEIGHTS.labels)),
    ...Object.values(text.links).flatMap((d) => prose(d, FIELD_WEIGHTS.labels)),
  ];
}

/** Turns every topic, with its match vocabulary and its texts in all loaded languages, into a document. */
export function topicDocuments(knowledge: KnowledgeBase): IndexDocument[] {
  return knowledge.topics.map((topic) => {
    const { match } = topic;
    const list = (terms: readonly string[], weight: number, language: TextLanguage): IndexField[] =>
      terms.map((text) => ({ text, weight, language, keyword: true }));
    return {
      id: topic.id,
      outOfScope: false,
      fields: [
        ...list(match.keywords, FIELD_WEIGHTS.keywords, 'de'),
        ...list(match.synonyms, FIELD_WEIGHTS.synonyms, 'de'),
        ...list(match.colloquial, FIELD_WEIGHTS.colloquial, 'de'),
        ...list(match.misspellings, FIELD_WEIGHTS.misspellings, 'de'),
        ...list(match.en, FIELD_WEIGHTS.en, 'en'),
        ...Object.entries(topic.texts).flatMap(([lng, text]) => textFields(text, textLanguage(lng))),
      ],
    };
  });
}

/** Turns the known out-of-scope subjects into documents; their words are indexed in German and English. */
export function outOfScopeDocuments(subjects: readonly OutOfScopeSubject[]): IndexDocument[] {
  return subjects.map((subject) => ({
    id: subject.id,
    outOfScope: true,
    fields: subject.terms.flatMap((text) => (['de', 'en'] as const).map((language) => ({ text, weight: MAX_FIELD_WEIGHT, language, keyword: true }))),
  }));
}
