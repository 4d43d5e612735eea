import { foldGerman } from '../text/fold.js';
import { tokenize } from '../text/tokenize.js';
import { englishVerbForms, germanVerbForms, type VerbForms } from '../text/verbInflection.js';

/** The cues of one group by their first word: a sentence is looked up word by word. */
export type CueIndex = ReadonlyMap<string, readonly string[][]>;

/** A separable verb whose finite form stands apart from its particle ("Wer arbeitet ihn ein?"). */
interface SplitVerb {
  finite: ReadonlySet<string>;
  particle: string;
}

/** One cue group, compiled: fixed cues and separable verbs split in a main clause. */
export interface CueGroup {
  cues: CueIndex;
  /** Every word of the cues, for the slip reader ({@link createSlipReader}): a word of some cue is never read as a slip of another. */
  words: ReadonlySet<string>;
  split: readonly SplitVerb[];
}

// only long words are read through a slip: "Schwerbehindertenausweiß", "entlasen"; short ones would meet other words
const MIN_SLIP_LENGTH = 7;

/** Expands one cue: "@class" → the class's cues, "~verb" → all forms of a German verb, "~en:verb" → of an English one. */
function expand(cue: string, classes: Readonly<Record<string, readonly string[]>>, seen: ReadonlySet<string>): (string | VerbForms)[] {
  if (cue.startsWith('@')) {
    const name = cue.slice(1);
    if (seen.has(name)) return [];
    return (classes[name] ?? []).flatMap((c) => expand(c, classes, new Set([...seen, name])));
  }
  if (cue.startsWith('~en:')) return [englishVerbForms(cue.slice(4))];
  if (cue.startsWith('~')) return [germanVerbForms(cue.slice(1))];
  return [cue];
}

/** The words of a cue list that name no class ("@…") and no verb ("~…") that the classes define. */
export function unknownClasses(cues: readonly string[], classes: Readonly<Record<string, readonly string[]>>): string[] {
  return cues.filter((c) => c.startsWith('@') && !(c.slice(1) in classes));
}

/** Compiles one cue group of a paraphrase (see `data/matching/plain-language.json`). */
export function compileCueGroup(group: readonly string[], classes: Readonly<Record<string, readonly string[]>>): CueGroup {
  const expanded = group.flatMap((cue) => expand(cue, classes, new Set()));
  const phrases = expanded.flatMap((e) => (typeof e === 'string' ? [e] : e.joined));
  const split = expanded.flatMap((e) => (typeof e !== 'string' && e.particle ? [{ finite: new Set(e.finite), particle: e.particle }] : []));
  const cues = new Map<string, string[][]>();
  const cueWords = new Set<string>();
  for (const phrase of phrases) {
    const words = tokenize(phrase).map((t) => t.folded);
    if (words.length === 0) continue;
    for (const word of words) cueWords.add(word);
    const list = cues.get(words[0]!);
    if (list) list.push(words); else cues.set(words[0]!, [words]);
  }
  return { cues, words: cueWords, split };
}

const SLIP_CACHE_LIMIT = 20_000;

/**
 * Creates the reader of slips of long cue words (of any group): a word typed with one inner letter left out
 * ("entlasen" → "entlassen"), one letter doubled ("Ausweiß" → "ausweiss" → "ausweis") or two neighbouring letters
 * swapped stands for the cue; a cue itself, an ending ("ausweisen") or a changed letter ("entlasten") does not.
 * Results per word are cached.
 */
export function createSlipReader(groups: readonly CueGroup[]): (word: string) => string | undefined {
  return slipReaderFrom(slipTables(groups));
}

/** The tables of the slip reader: the cue words, and each long one by its forms with one inner letter left out. */
export interface SlipTables {
  exact: ReadonlySet<string>;
  shortened: ReadonlyMap<string, string>;
}

/** Builds the slip reader's tables from the cue groups (plain data: kept in the content snapshot). */
export function slipTables(groups: readonly CueGroup[]): SlipTables {
  const exact = new Set(groups.flatMap((g) => [...g.words]));
  const shortened = new Map<string, string>();
  for (const word of exact) {
    if (word.length < MIN_SLIP_LENGTH) continue;
    for (let i = 1; i < word.length - 1; i++) shortened.set(word.slice(0, i) + word.slice(i + 1), word);
  }
  return { exact, shortened };
}

/** The slip reader ({@link createSlipReader}) over tables built by {@link slipTables}. */
export function slipReaderFrom({ exact, shortened }: SlipTables): (word: string) => string | undefined {
  const cache = new Map<string, string | null>();
  const find = (word: string): string | undefined => {
    if (word.length < MIN_SLIP_LENGTH - 1 || exact.has(word)) return undefined;
    const dropped = shortened.get(word);
    if (dropped) return dropped;
    for (let i = 0; i < word.length; i++) {
      const doubled = i > 0 && word[i] === word[i - 1] ? word.slice(0, i) + word.slice(i + 1) : '';
      if (doubled.length >= MIN_SLIP_LENGTH && exact.has(doubled)) return doubled;
      const swapped = i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : '';
      if (swapped && exact.has(swapped)) return swapped;
    }
    return undefined;
  };
  return (word) => {
    let found = cache.get(word);
    if (found === undefined) {
      if (cache.size >= SLIP_CACHE_LIMIT) cache.clear();
      found = find(word) ?? null;
      cache.set(word, found);
    }
    return found ?? undefined;
  };
}

/** Folds the words that may start a new clause after a separable particle ("…, dass", "und"). */
export const clauseStarts = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldGerman));
