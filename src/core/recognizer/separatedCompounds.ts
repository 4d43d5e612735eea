import type { Analyzer } from '../text/analyzer.js';
import type { QuerySlot } from './querySlots.js';
import type { TopicIndex } from './topicIndex.js';

// two words written apart count a little less than the compound itself
const JOINED_CONFIDENCE = 0.9;
const CACHE_LIMIT = 20_000;

/**
 * Creates the joiner of compounds written as two words: "zur Probe beschäftigen" names the Probebeschäftigung, "den
 * Arbeitsplatz ausstatten" the Arbeitsplatzausstattung. Two neighbouring words whose joined German stem is a keyword
 * of the knowledge become one slot with that keyword; every other slot is kept as it was.
 */
export function createCompoundJoiner(index: TopicIndex, analyzer: Analyzer): (slots: readonly QuerySlot[]) => QuerySlot[] {
  const cache = new Map<string, string | null>();
  const joined = (left: string, right: string): string | null => {
    const key = `${left} ${right}`;
    let term = cache.get(key);
    if (term === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      const stem = analyzer.stem(left + right, 'de');
      term = index.keywordTerms.has(stem) ? stem : null;
      cache.set(key, term);
    }
    return term;
  };
  return (slots) => {
    const out: QuerySlot[] = [];
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!;
      const next = slots[i + 1];
      const term = next && next.token.index === slot.token.index + 1 && !slot.token.numeric && !next.token.numeric ? joined(slot.token.folded, next.token.folded) : null;
      if (term === null || !next) { out.push(slot); continue; }
      out.push({ token: next.token, kind: 'compound', alternatives: [{ term, confidence: JOINED_CONFIDENCE }], mass: index.idf(term) });
      i++;
    }
    return out;
  };
}
