import type { Analyzer } from '../text/analyzer.js';
import { tokenize } from '../text/tokenize.js';

/** Where a phrase was found: the token indices it covers. */
export interface PhraseHit {
  phrase: string;
  start: number;
  end: number;
}

/** The forms a word is compared by: folded, German stem, English stem. */
export type WordKeys = readonly string[];

/** Finds listed phrases in a message, given the keys of its words (see {@link createWordKeys}). */
export type PhraseFinder = (keys: readonly WordKeys[]) => PhraseHit[];

const CACHE_LIMIT = 20_000;

/** Creates a cached function from a folded word to its {@link WordKeys}. */
export function createWordKeys(analyzer: Analyzer): (folded: string) => WordKeys {
  const cache = new Map<string, WordKeys>();
  return (folded) => {
    let keys = cache.get(folded);
    if (!keys) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      keys = [...new Set([folded, analyzer.stem(folded, 'de'), analyzer.stem(folded, 'en')])];
      cache.set(folded, keys);
    }
    return keys;
  };
}

const sameWord = (a: WordKeys, b: WordKeys): boolean => a.some((k) => b.includes(k));

/**
 * Creates a finder for whole-word phrases ("an wen wende ich mich"): every word must follow the previous
 * one directly; words compare by folded form or stem, so inflected forms match.
 */
export function createPhraseFinder(phrases: readonly string[], wordKeys: (folded: string) => WordKeys): PhraseFinder {
  const compiled = phrases
    .map((phrase) => ({ phrase, words: tokenize(phrase).map((t) => wordKeys(t.folded)) }))
    .filter((p) => p.words.length > 0);
  const byFirstKey = new Map<string, typeof compiled>();
  for (const p of compiled) {
    for (const key of p.words[0]!) {
      const list = byFirstKey.get(key);
      if (list) { if (!list.includes(p)) list.push(p); } else byFirstKey.set(key, [p]);
    }
  }

  return (keys) => {
    const hits: PhraseHit[] = [];
    for (let start = 0; start < keys.length; start++) {
      for (const key of keys[start]!) {
        for (const { phrase, words } of byFirstKey.get(key) ?? []) {
          if (start + words.length > keys.length || hits.some((h) => h.start === start && h.phrase === phrase)) continue;
          if (words.every((w, i) => sameWord(w, keys[start + i]!))) hits.push({ phrase, start, end: start + words.length });
        }
      }
    }
    return hits;
  };
}

/** The token indices covered by any of the hits. */
export function coveredIndices(hits: readonly PhraseHit[]): Set<number> {
  const covered = new Set<number>();
  for (const hit of hits) for (let i = hit.start; i < hit.end; i++) covered.add(i);
  return covered;
}
