import { foldGerman } from '../text/fold.js';
import { splitSentences } from '../text/sentences.js';
import { countTokens, tokenize, type Token } from '../text/tokenize.js';
import { clauseStarts, compileCueGroup, slipReaderFrom, slipTables, type CueGroup, type SlipTables } from './paraphraseCues.js';
import type { PlainLanguage } from './plainLanguageData.js';

/** Rewrites the tokens of a message: every paraphrase found in a sentence becomes the words it means. */
export type ParaphraseRewriter = (text: string, tokens: readonly Token[]) => Token[];

// the cues of one paraphrase stand close together ("kann die Arme kaum bewegen", "jemand, der ihm hilft"), not across a
// sentence ("Wir hören oft, dass die Lage schlecht ist"): by default at most this many other words stand between them
const MAX_GAP = 3;

/** One paraphrase, compiled: its meant words (folded), scope and cue groups. */
export interface CompiledParaphrase {
  means: string[];
  message: boolean;
  decides: boolean;
  /** The meant words name their topic (default); false for candidates of a description (see Token.describes). */
  names: boolean;
  gap: number;
  keep: boolean;
  unless: CueGroup;
  cues: CueGroup[];
}

/** A cue found in a sentence: the first and last token it covers. */
type CueHit = readonly [first: number, last: number];

/** The words of a sentence as typed (folded), each with the token it belongs to: "Menschen mit Behinderung" is one token but three words. */
interface TypedWords {
  words: string[];
  tokenOf: number[];
}

/** The words of a sentence as typed, a slip of a long cue word read as the cue ("entlasen" → "entlassen"). */
function typedWords(tokens: readonly Token[], slip: (word: string) => string | undefined): TypedWords {
  const words: string[] = [];
  const tokenOf: number[] = [];
  tokens.forEach((token, t) => {
    const parts = token.raw.includes(' ') ? tokenize(token.raw).map((w) => w.folded) : [token.folded];
    for (const word of parts) {
      words.push(parts.length === 1 ? slip(word) ?? word : word);
      tokenOf.push(t);
    }
  });
  return { words, tokenOf };
}

/** A cue covers whole tokens: "Menschen" alone is no cue inside "Menschen mit Behinderung". */
const wholeTokens = ({ tokenOf }: TypedWords, first: number, last: number): boolean =>
  tokenOf[first - 1] !== tokenOf[first] && tokenOf[last + 1] !== tokenOf[last];

/** The separable particle of a split verb stands at the end of its clause: last in the sentence or before a clause word ("Wer arbeitet ihn ein, wenn …"). */
const particleAfter = (words: readonly string[], at: number, particle: string, breaks: ReadonlySet<string>): boolean =>
  words.some((w, j) => j > at && w === particle && (j === words.length - 1 || breaks.has(words[j + 1]!)));

const finiteForms = new WeakMap<CueGroup, ReadonlySet<string>>();
/** The finite forms of all the group's split verbs, in one set: most words are none, and are known so at one look-up. */
const finiteFormsOf = (group: CueGroup): ReadonlySet<string> => {
  let forms = finiteForms.get(group);
  if (!forms) finiteForms.set(group, (forms = new Set(group.split.flatMap((v) => [...v.finite]))));
  return forms;
};

/** Every place a cue of the group stands: the first and last token it covers (a split verb covers its finite form). */
function cueHits(typed: TypedWords, group: CueGroup, breaks: ReadonlySet<string>): CueHit[] {
  const { words, tokenOf } = typed;
  const hits: CueHit[] = [];
  const finite = group.split.length > 0 ? finiteFormsOf(group) : undefined;
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    const cues = group.cues.get(word);
    if (cues) {
      for (const cue of cues) {
        const last = at + cue.length - 1;
        if (cue.every((w, k) => words[at + k] === w) && wholeTokens(typed, at, last)) hits.push([tokenOf[at]!, tokenOf[last]!]);
      }
    }
    if (finite?.has(word) && wholeTokens(typed, at, at) && group.split.some((v) => v.finite.has(word) && particleAfter(words, at, v.particle, breaks))) hits.push([tokenOf[at]!, tokenOf[at]!]);
  }
  return hits;
}

const overlaps = (a: CueHit, b: CueHit): boolean => a[0] <= b[1] && b[0] <= a[1];

/** Tokens between the cues: those of their extent that no cue covers. */
const gapOf = (hits: readonly CueHit[]): number =>
  Math.max(...hits.map(([, b]) => b)) - Math.min(...hits.map(([a]) => a)) + 1 - hits.reduce((n, [a, b]) => n + b - a + 1, 0);

/** One hit of every cue group, none overlapping another and at most the paraphrase's gap apart (the first such choice), or undefined. */
function findParaphrase(typed: TypedWords, p: CompiledParaphrase, breaks: ReadonlySet<string>): CueHit[] | undefined {
  const options: CueHit[][] = [];
  for (const group of p.cues) {
    const hits = cueHits(typed, group, breaks);
    if (hits.length === 0) return undefined;
    options.push(hits);
  }
  if (cueHits(typed, p.unless, breaks).length > 0) return undefined;
  const choose = (chosen: CueHit[]): CueHit[] | undefined => {
    if (chosen.length === options.length) return gapOf(chosen) <= p.gap ? chosen : undefined;
    for (const hit of options[chosen.length]!) {
      if (chosen.some((c) => overlaps(c, hit))) continue;
      const found = choose([...chosen, hit]);
      if (found) return found;
    }
    return undefined;
  };
  return choose([]);
}

/**
 * Creates the rewriter of plain-language paraphrases (`data/matching/plain-language.json`): "sieht fast nichts" says
 * "sehbehindert", "Keiner hat einen Ausweis" says that no Pflichtarbeitsplatz is taken. Within one sentence, when one
 * cue of every group of a paraphrase stands within a few words, the first group's words become the meant words (at
 * their position) and the other cue words are dropped. Paraphrases apply in file order, each to the result of the
 * ones before ("Ausweis" → "Schwerbehindertenausweis" first, then "keiner … Schwerbehindertenausweis").
 */
export function createParaphraseRewriter(plain: Pick<PlainLanguage, 'paraphrases' | 'classes' | 'clauseStarts'>): ParaphraseRewriter {
  return rewriterFrom(compileParaphrases(plain));
}

/** The paraphrases compiled (cues expanded and indexed, clause starts and slip tables built): plain data, kept in the content snapshot. */
export interface ParaphraseTables {
  compiled: readonly CompiledParaphrase[];
  breaks: ReadonlySet<string>;
  slips: SlipTables;
}

/** Compiles the paraphrases of `data/matching/plain-language.json` for {@link rewriterFrom}. */
export function compileParaphrases(plain: Pick<PlainLanguage, 'paraphrases' | 'classes' | 'clauseStarts'>): ParaphraseTables {
  const classes = plain.classes ?? {};
  const compiled: CompiledParaphrase[] = plain.paraphrases.map((p) => ({
    means: p.means.map(foldGerman),
    message: p.scope === 'message',
    decides: p.decides ?? false,
    names: p.names ?? true,
    gap: p.gap ?? (p.scope === 'message' ? Infinity : MAX_GAP),
    keep: p.keep ?? false,
    unless: compileCueGroup(p.unless ?? [], classes),
    cues: p.cues.map((group) => compileCueGroup(group, classes)),
  }));
  return { compiled, breaks: clauseStarts(plain.clauseStarts ?? []), slips: slipTables(compiled.flatMap((p) => [...p.cues, p.unless])) };
}

/**
 * For a list of paraphrases: which of them a sentence's words may match — those with, in every cue group, a word that
 * begins one of its cues or is a finite form of one of its split verbs (findParaphrase needs a hit of every group).
 * A paraphrase `i` may match when `marks[i] === complete[i]`: one bit per group, set by the words found.
 */
function groupWords(paraphrases: readonly CompiledParaphrase[]): { complete: Uint32Array; marks: (words: readonly string[]) => Uint32Array } {
  const byWord = new Map<string, { paraphrase: number; bit: number }[]>();
  const add = (word: string, paraphrase: number, bit: number): void => {
    const list = byWord.get(word);
    if (!list) byWord.set(word, [{ paraphrase, bit }]);
    else if (!list.some((e) => e.paraphrase === paraphrase && e.bit === bit)) list.push({ paraphrase, bit });
  };
  const complete = Uint32Array.from(paraphrases, (p) => 2 ** p.cues.length - 1);
  paraphrases.forEach((p, i) =>
    p.cues.forEach((group, g) => {
      for (const word of group.cues.keys()) add(word, i, 1 << g);
      for (const verb of group.split) for (const form of verb.finite) add(form, i, 1 << g);
    }),
  );
  // one array for every call (the rewriter never runs re-entrantly): a sentence's marks are read before the next are made
  const found = new Uint32Array(paraphrases.length);
  const marks = (words: readonly string[]): Uint32Array => {
    found.fill(0);
    for (const word of words) for (const { paraphrase, bit } of byWord.get(word) ?? []) found[paraphrase]! |= bit;
    return found;
  };
  return { complete, marks };
}

/** The rewriter ({@link createParaphraseRewriter}) over compiled paraphrases, freshly compiled or read from the snapshot. */
export function rewriterFrom({ compiled, breaks, slips }: ParaphraseTables): ParaphraseRewriter {
  const slip = slipReaderFrom(slips);
  const inSentence = compiled.filter((p) => !p.message);
  const inMessage = compiled.filter((p) => p.message);
  const inSentenceWords = groupWords(inSentence);
  const inMessageWords = groupWords(inMessage);
  const rewriteAll = (tokens: Token[], paraphrases: readonly CompiledParaphrase[], { complete, marks }: ReturnType<typeof groupWords>): Token[] => {
    let out = tokens;
    let typed = typedWords(out, slip);
    let found = marks(typed.words);
    for (let i = 0; i < paraphrases.length; i++) {
      if (found[i] !== complete[i]) continue;
      const p = paraphrases[i]!;
      for (let round = 0; round < 2; round++) {
        const hits = findParaphrase(typed, p, breaks);
        if (!hits) break;
        const [headFirst] = hits[0]!;
        const head = out[headFirst]!;
        // the meant word is what later paraphrases see ("keiner … Schwerbehindertenausweis")
        const meant = p.means.map((folded): Token => ({ ...head, raw: folded, folded, capitalised: false, acronym: false, numeric: false, rewrites: head.rewrites ?? head.folded, ...(p.decides ? { decides: true } : {}), ...(p.names ? {} : { describes: true }) }));
        const dropped = (i: number): boolean => (p.keep ? hits.slice(0, 1) : hits).some(([a, b]) => i >= a && i <= b);
        out = out.flatMap((t, at) => (at === headFirst ? meant : dropped(at) ? [] : [t]));
        typed = typedWords(out, slip);
        found = marks(typed.words);
      }
    }
    return out;
  };

  return (text, tokens) => {
    if (compiled.length === 0 || tokens.length === 0) return [...tokens];
    // token indices are positions in the tokenised message: a sentence owns the indices of its words
    const ends: number[] = [];
    let count = 0;
    for (const sentence of splitSentences(text)) ends.push((count += countTokens(sentence.text)));
    const sentenceOf = (t: Token): number => { const s = ends.findIndex((end) => t.index < end); return s < 0 ? ends.length : s; };
    const bySentence = new Map<number, Token[]>();
    for (const t of tokens) {
      const s = sentenceOf(t);
      const list = bySentence.get(s);
      if (list) list.push(t); else bySentence.set(s, [t]);
    }
    const rewritten = [...bySentence.values()].flatMap((sentence) => rewriteAll(sentence, inSentence, inSentenceWords));
    return inMessage.length > 0 ? rewriteAll(rewritten, inMessage, inMessageWords) : rewritten;
  };
}
