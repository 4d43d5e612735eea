import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/core/knowledge/knowledgeBase.js';
import { outOfScopeDocuments, topicDocuments } from '../../../src/core/recognizer/documents.js';
import { remitNames } from '../../../src/core/recognizer/evidence.js';
import { loadIntents } from '../../../src/core/recognizer/intentData.js';
import { collectTopicTerms, topicIndexFrom } from '../../../src/core/recognizer/topicIndex.js';
import { createAnalyzer } from '../../../src/core/text/analyzer.js';
import { repoRoot } from './fixture.js';

const knowledge = loadKnowledgeBase(repoRoot, ['de', 'de-x-simple', 'en']);
const intents = loadIntents(repoRoot);
const analyzer = createAnalyzer({ stopWords: intents.stopWords, synonyms: intents.synonyms, expressions: intents.expressions });
const index = topicIndexFrom(collectTopicTerms([...topicDocuments(knowledge), ...outOfScopeDocuments(intents.outOfScope)], analyzer), analyzer);

// stems a subject shares on purpose with a topic's keyword fields: the subject's own word, which a topic of the
// remit also uses; without evidence of the remit the question is the subject's (docs/understanding-recognizer.md)
const SHARED_ON_PURPOSE = ['urlaub', 'urlaubsanspruch', 'urlaubstag', 'sonderurlaub', 'kundig', 'kundigungsfrist', 'krankengeld', 'rentenversicher', 'unfallversicher', 'berufsgenossenschaft', 'grundsicher', 'burgergeld', 'stellenausschreib', 'vorstellungsgesprach'];

describe('words of the out-of-scope subjects', () => {
  it('share a topic\'s keyword field only where that is meant', () => {
    const shared = intents.outOfScope.flatMap((subject) => subject.terms.flatMap((term) => analyzer.contentTokens(term).map((t) => analyzer.stem(t.folded, 'de'))
      .filter((stem) => (index.postings.get(stem) ?? []).some(([doc, weight]) => weight >= 2 && !index.docs[doc]!.outOfScope))
      .map((stem) => `${subject.id}: ${term} → ${stem}`)));
    expect(shared.filter((entry) => !SHARED_ON_PURPOSE.some((stem) => entry.endsWith(`→ ${stem}`)))).toEqual([]);
  });

  it('take a shared word out of the evidence of the remit, and leave a topic\'s own names in it', () => {
    const names = remitNames(index);
    expect(names.has('rentenversicher')).toBe(false);
    expect(names.has('urlaub')).toBe(false);
    for (const own of ['zusatzurlaub', 'bem', 'firmenservic', 'kundigungsschutz']) expect(names.has(analyzer.stem(own, 'de')) || names.has(own), own).toBe(true);
  });
});
