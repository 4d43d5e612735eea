import Fuse from 'fuse.js';

/** Finds the place key a misspelt word most likely means. */
export interface TypoMatcher {
  /** The keys it matches against (what {@link buildTypoMatcher} was built from). */
  keys: readonly string[];
  /** The best key for `word` (a folded place key), or undefined when nothing is close enough. */
  find(word: string): { key: string; score: number } | undefined;
}

// Fuse score = errors / pattern length (+ a small penalty for a late start); it proposes, the edit distance decides.
const MAX_SCORE = 0.25;
const MAX_LENGTH_DIFFERENCE = 2;
// Checked against every word of a German word list (wngerman): two edits in words under ten letters, or a changed
// letter in words under eight, turn ordinary words into places ("Schwager" → Schwerte, "Hilfen" → Hilden).
const TWO_EDITS_FROM = 12;
const SUBSTITUTION_FROM = 8;

const FUSE_OPTIONS = {
  includeScore: true,
  isCaseSensitive: true,
  ignoreLocation: false,
  location: 0,
  distance: 10,
  threshold: MAX_SCORE,
} as const;

/**
 * Builds one Fuse index per first letter and length, so that a word is compared only with keys that start
 * like it and are about as long: a few dozen comparisons instead of a thousand.
 * @remarks Typos rarely hit the first letter ("Lipstadt", "Bielfeld", "Gelsenkirchn"), so the bucket costs little recall.
 */
export function buildTypoMatcher(keys: readonly string[]): TypoMatcher {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const bucket = `${key.charAt(0)}${key.length}`;
    groups.set(bucket, [...(groups.get(bucket) ?? []), key]);
  }
  const buckets = new Map([...groups].map(([bucket, list]) => [bucket, { keys: list, letters: list.map(letterSet), fuse: new Fuse(list, FUSE_OPTIONS) }]));

  return {
    keys,
    find(word) {
      let best: { key: string; score: number; cost: number } | undefined;
      const allowed = allowedEdits(word);
      const letters = letterSet(word);
      for (let length = word.length - MAX_LENGTH_DIFFERENCE; length <= word.length + MAX_LENGTH_DIFFERENCE; length++) {
        const bucket = buckets.get(`${word.charAt(0)}${length}`);
        // a bucket none of whose keys is within the allowed edits cannot give a plausible typo: no search (two lower
        // bounds of the edit distance, the letters one word lacks and the letter difference, rule out most keys first)
        if (!bucket?.keys.some((key, k) => lettersLacking(letters, bucket.letters[k]!) <= allowed && letterDifference(word, key) <= allowed && editDistance(word, key) <= allowed)) continue;
        for (const result of bucket.fuse.search(word, { limit: 3 })) {
          const score = result.score ?? 1;
          if (score > MAX_SCORE) continue;
          const distance = editDistance(word, result.item);
          if (!plausibleTypo(word, result.item, distance)) continue;
          const cost = costAt(word, result.item, distance);
          if (!best || cost < best.cost || (cost === best.cost && score < best.score)) best = { key: result.item, score, cost };
        }
      }
      return best && { key: best.key, score: best.score };
    },
  };
}

/** The letters of a word as bits (by UTF-16 code modulo 32: distinct for a–z and the space of place keys). */
export function letterSet(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) bits |= 1 << (word.charCodeAt(i) & 31);
  return bits;
}

/**
 * A lower bound of the edit distance from the letter sets of two words: the bits one has and the other lacks, the
 * larger side. Each stands for a letter that an edit must remove (or bring in), and an edit removes or brings in at most
 * one; it is also at most {@link letterDifference}, which counts every such letter.
 */
export function lettersLacking(a: number, b: number): number {
  return Math.max(bitCount(a & ~b), bitCount(b & ~a));
}

function bitCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The edits a word may be away from a place to count as its typo. */
const allowedEdits = (word: string): number => (word.length >= TWO_EDITS_FROM ? 2 : 1);

// letter counts of `a` by UTF-16 code while letterDifference runs; all zero between calls (no Map per comparison)
const letterCounts = new Int32Array(0x10000);

/**
 * A lower bound of the edit distance: the letters one word has more of than the other, the larger side. An edit
 * changes at most one letter on each side (a swap none), so two words this far apart need at least this many edits.
 */
export function letterDifference(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) letterCounts[a.charCodeAt(i)]!++;
  let extra = 0;
  for (let i = 0; i < b.length; i++) {
    const code = b.charCodeAt(i);
    if (letterCounts[code]! > 0) letterCounts[code]!--;
    else extra++;
  }
  // only letters of `a` were counted or taken back
  for (let i = 0; i < a.length; i++) letterCounts[a.charCodeAt(i)] = 0;
  return Math.max(extra, a.length - (b.length - extra));
}

// A doubled letter typed once or twice ("Schmalenberg" for Schmallenberg) and two swapped letters are the commonest
// slips; at the same edit distance they beat a changed letter ("Schwalenberg"), whatever Fuse's score says.
const DOUBLING_COST = 0.5;
const SWAP_COST = 0.75;

/** The edit distance, with a doubled letter dropped or added and a swap of neighbours costing less than other edits. */
export function typoCost(word: string, key: string): number {
  return costAt(word, key, editDistance(word, key));
}

/** {@link typoCost} for a known edit distance. */
function costAt(word: string, key: string, distance: number): number {
  if (distance !== 1) return distance;
  if (word.length === key.length) return isTransposition(word, key) ? SWAP_COST : 1;
  const [short, long] = word.length < key.length ? [word, key] : [key, word];
  const at = [...short].findIndex((ch, i) => ch !== long[i]);
  const extra = at < 0 ? short.length : at;
  return long[extra] === long[extra - 1] || long[extra] === long[extra + 1] ? DOUBLING_COST : 1;
}

/** Close enough to be a slip of the keyboard rather than another word. */
function plausibleTypo(word: string, key: string, distance: number): boolean {
  if (word === key) return false;
  if (distance > allowedEdits(word)) return false;
  return word.length >= SUBSTITUTION_FROM || word.length !== key.length || isTransposition(word, key);
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours count one each. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

function isTransposition(a: string, b: string): boolean {
  const differing = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return differing.length === 2 && differing[1] === differing[0]! + 1 && a[differing[0]!] === b[differing[1]!];
}
