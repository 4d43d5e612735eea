/** Parts of a German compound, and whether every part was found. */
export interface CompoundSplit {
  parts: string[];
  /** False when only the head (last part) or only the modifier (first part) is known. */
  complete: boolean;
}

// the words and parts looked at are remembered, at most this many of each (users' words among them: emptied when full)
const CACHE_LIMIT = 20_000;

// Fugenelemente between the parts of a German compound: Arbeit-s-platz, Schwerbehindert-en-abgabe
const LINKING_ELEMENTS = ['es', 'en', 's', 'n', 'e'];
const MIN_PART = 3;
const MIN_LONE_PART = 5;

/**
 * Splits folded German compounds into parts the vocabulary knows, longest first part first.
 * @remarks Driven by the knowledge base's own words, so "arbeitsplatzumbau" splits into "arbeitsplatz" +
 * "umbau" only if both occur in the knowledge. When no complete split exists, a known head of at least five
 * letters ("…dolmetscher") and the longest known modifier ("umsatzsteuer…") are returned as incomplete.
 */
export function createCompoundSplitter(isKnownPart: (part: string) => boolean): (word: string) => CompoundSplit | null {
  const cache = new Map<string, string[] | null>();
  const known = new Map<string, boolean>();
  const isKnown = (part: string): boolean => {
    let result = known.get(part);
    if (result === undefined) {
      if (known.size >= CACHE_LIMIT) known.clear();
      result = isKnownPart(part);
      known.set(part, result);
    }
    return result;
  };

  const rests = (rest: string): string[] => {
    const out = [rest];
    for (const link of LINKING_ELEMENTS) {
      if (rest.startsWith(link) && rest.length - link.length >= MIN_PART) out.push(rest.slice(link.length));
    }
    return out;
  };

  const splitComplete = (word: string, depth: number): string[] | null => {
    const key = `${depth}:${word}`;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    let best: string[] | null = null;
    for (let end = word.length - MIN_PART; end >= MIN_PART; end--) {
      const head = word.slice(0, end);
      if (!isKnown(head)) continue;
      for (const rest of rests(word.slice(end))) {
        const tail = isKnown(rest) ? [rest] : depth < 2 ? splitComplete(rest, depth + 1) : null;
        if (tail && (!best || tail.length + 1 < best.length)) best = [head, ...tail];
      }
      if (best?.length === 2) break;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, best);
    return best;
  };

  // the longest known last part and the longest known first part; both when they do not overlap
  const splitPartial = (word: string): string[] | null => {
    let tail = '';
    for (let start = MIN_PART; start <= word.length - MIN_LONE_PART && !tail; start++) {
      if (isKnown(word.slice(start))) tail = word.slice(start);
    }
    let head = '';
    for (let end = word.length - MIN_PART; end >= MIN_LONE_PART && !head; end--) {
      if (isKnown(word.slice(0, end))) head = word.slice(0, end);
    }
    if (head && tail) return head.length + tail.length <= word.length ? [head, tail] : [head.length >= tail.length ? head : tail];
    return head ? [head] : tail ? [tail] : null;
  };

  return (word) => {
    if (word.length < 2 * MIN_PART) return null;
    const complete = splitComplete(word, 0);
    if (complete) return { parts: complete, complete: true };
    const partial = splitPartial(word);
    return partial ? { parts: partial, complete: false } : null;
  };
}
