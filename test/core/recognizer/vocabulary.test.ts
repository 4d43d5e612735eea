import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/core/knowledge/knowledgeBase.js';
import { loadIntents } from '../../../src/core/recognizer/intentData.js';
import { createAnalyzer } from '../../../src/core/text/analyzer.js';
import { repoRoot } from './fixture.js';

const knowledge = loadKnowledgeBase(repoRoot, ['de']);
const intents = loadIntents(repoRoot);
const analyzer = createAnalyzer({ stopWords: intents.stopWords, synonyms: intents.synonyms, expressions: intents.expressions });

describe('match vocabulary of the real topics', () => {
  const entries = knowledge.topics.flatMap((topic) =>
    Object.entries(topic.match).flatMap(([field, terms]) => terms.map((term) => [topic.id, field, term] as const)));

  it('keeps a word of every entry after stop words are removed', () => {
    const empty = entries.filter(([, field, term]) => analyzer.terms(term, field === 'en' ? 'en' : 'de').length === 0);
    expect(empty.map((e) => e.join(' › '))).toEqual([]);
  });

  it('puts no word into two synonym groups', () => {
    const seen = new Map<string, number>();
    intents.synonyms.forEach((group, i) => group.forEach((word) => {
      const folded = word.toLowerCase();
      expect(seen.get(folded) ?? i, `"${word}" is in groups ${seen.get(folded)} and ${i}`).toBe(i);
      seen.set(folded, i);
    }));
  });
});
