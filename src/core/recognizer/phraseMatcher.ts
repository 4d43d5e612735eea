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

/** In a listed phrase, "…" stands for a few words in between: "kommen … in frage" finds "kommen für uns in Frage". */
export const PHRASE_GAP = '…';
/** How many words "…" may stand for. */
export const MAX_GAP_WORDS = 3;

/** Whether `segment` stands word by word in `keys` from `at` on. */
const segmentAt = (segment: readonly WordKeys[], keys: readonly WordKeys[], at: number): boolean =>
  at + segment.length <= keys.length && segment.every((w, i) => sameWord(w, keys[at + i]!));

/** Finds the phrases of several lists in one pass over a message: one list of hits per list of phrases. */
export type PhraseFinders = (keys: readonly WordKeys[]) => PhraseHit[][];

/**
 * Creates a finder for whole-word phrases ("an wen wende ich mich"): every word must follow the previous
 * one directly, except where the phrase has "…" (up to {@link MAX_GAP_WORDS} other words); words compare by
 * folded form or stem, so inflected forms match.
 */
export function createPhraseFinder(phrases: readonly string[], wordKeys: (folded: string) => WordKeys): PhraseFinder {
  const find = createPhraseFinders([phrases], wordKeys);
  return (keys) => find(keys)[0]!;
}

/**
 * Finders for several lists of phrases (see {@link createPhraseFinder}) that look up each word of a message once
 * for all lists; each list's hits are those, in the same order, that its own finder would give.
 */
export function createPhraseFinders(lists: readonly (readonly string[])[], wordKeys: (folded: string) => WordKeys): PhraseFinders {
  const byFirstKey = new Map<string, { list: number; phrase: string; segments: readonly (readonly WordKeys[])[] }[]>();
  lists.forEach((phrases, list) => {
    const compiled = phrases
      .map((phrase) => ({ list, phrase, segments: phrase.split(PHRASE_GAP).map((part) => tokenize(part).map((t) => wordKeys(t.folded))).filter((words) => words.length > 0) }))
      .filter((p) => p.segments.length > 0);
    for (const p of compiled) {
      for (const key of p.segments[0]![0]!) {
        const entries = byFirstKey.get(key);
        if (entries) { if (!entries.includes(p)) entries.push(p); } else byFirstKey.set(key, [p]);
      }
    }
  });

  /** Where the phrase ends when it starts at `start`, or -1. */
  const matchFrom = (segments: readonly (readonly WordKeys[])[], keys: readonly WordKeys[], start: number): number => {
    if (!segmentAt(segments[0]!, keys, start)) return -1;
    let end = start + segments[0]!.length;
    for (let s = 1; s < segments.length; s++) {
      const segment = segments[s]!;
      let found = -1;
      for (let at = end; at <= end + MAX_GAP_WORDS && found < 0; at++) if (segmentAt(segment, keys, at)) found = at;
      if (found < 0) return -1;
      end = found + segment.length;
    }
    return end;
  };

  return (keys) => {
    const hits: PhraseHit[][] = lists.map(() => []);
    for (let start = 0; start < keys.length; start++) {
      for (const key of keys[start]!) {
        for (const { list, phrase, segments } of byFirstKey.get(key) ?? []) {
          const listHits = hits[list]!;
          if (listHits.some((h) => h.start === start && h.phrase === phrase)) continue;
          const end = matchFrom(segments, keys, start);
          if (end >= 0) listHits.push({ phrase, start, end });
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
