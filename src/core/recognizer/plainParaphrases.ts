import { z } from 'zod';
import { foldGerman } from '../text/fold.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize, type Token } from '../text/tokenize.js';

const cueWords = z.array(z.string().trim().min(1).max(60)).min(1);

/** One paraphrase: words of plain language that, together in one sentence, say a word of the knowledge. */
const paraphrase = z.strictObject({
  /** The words the paraphrase says ("sehbehindert"; "unbesetzte Pflichtarbeitsplätze"); empty: the cue words are evidence for nothing. */
  means: z.array(z.string().trim().min(2)),
  /** Groups of cues; one cue (a word or a few words in a row) of every group must stand in the same sentence. */
  cues: z.array(cueWords).min(1).max(3),
  /** Cues that, anywhere in the sentence, stop the paraphrase ("wie viele Menschen mit Behinderung" counts people). */
  unless: z.array(z.string().trim().min(2)).optional(),
  /** The cues of the other groups stay as they are ("30 Prozent": the number stays beside "GdB"). */
  keep: z.boolean().optional(),
  /** Why the paraphrase means what it says, or where the usage comes from. */
  note: z.string().optional(),
});

/** `data/matching/plain-language.json`: paraphrases of plain and simple German and words that carry no topic in it. */
export const plainLanguageFileSchema = z.strictObject({
  about: z.string(),
  sources: z.array(z.string()).min(1),
  /** Words of simple questions that say nothing about a topic ("schlimm", "ändert"); treated as ordinary words. */
  fillers: z.array(z.string().trim().min(2)),
  /** Words that ask for help as such ("Hilfe", "beraten"): with nothing specific beside them the advice point answers. */
  helpWords: z.array(z.string().trim().min(2)).min(1),
  paraphrases: z.array(paraphrase).min(1),
});

/** The paraphrases as read from the data file. */
export type PlainParaphrase = z.infer<typeof paraphrase>;

/** Rewrites the tokens of a message: every paraphrase found in a sentence becomes the words it means. */
export type ParaphraseRewriter = (text: string, tokens: readonly Token[]) => Token[];

// the cues of one paraphrase stand close together: "kann die Hände nicht mehr gut bewegen", not across a long sentence
const MAX_SPAN = 8;

interface CompiledParaphrase {
  means: string[];
  keep: boolean;
  unless: string[][];
  cues: string[][][];
}

/** A cue found in a sentence: the first and last token it covers. */
type CueHit = readonly [first: number, last: number];

/** The words of a sentence as typed (folded), each with the token it belongs to: "Menschen mit Behinderung" is one token but three words. */
interface TypedWords {
  words: string[];
  tokenOf: number[];
}

function typedWords(tokens: readonly Token[]): TypedWords {
  const words: string[] = [];
  const tokenOf: number[] = [];
  tokens.forEach((token, t) => {
    for (const word of token.raw.includes(' ') ? tokenize(token.raw).map((w) => w.folded) : [token.folded]) {
      words.push(word);
      tokenOf.push(t);
    }
  });
  return { words, tokenOf };
}

/** The first cue of a group that `fits` (the whole cue when `fits` is absent): the tokens it covers. */
function findCue(typed: TypedWords, cues: readonly string[][], fits: (hit: CueHit) => boolean = () => true): CueHit | undefined {
  const { words, tokenOf } = typed;
  for (let at = 0; at < words.length; at++) {
    for (const cue of cues) {
      if (!cue.every((w, k) => words[at + k] === w)) continue;
      const hit: CueHit = [tokenOf[at]!, tokenOf[at + cue.length - 1]!];
      if (fits(hit)) return hit;
    }
  }
  return undefined;
}

/** The hits of all cue groups of a paraphrase, none overlapping another and all close together, or undefined. */
function findParaphrase(typed: TypedWords, p: CompiledParaphrase): CueHit[] | undefined {
  if (p.unless.length > 0 && findCue(typed, p.unless)) return undefined;
  const hits: CueHit[] = [];
  for (const group of p.cues) {
    const hit = findCue(typed, group, (h) => hits.every(([a, b]) => h[1] < a || h[0] > b));
    if (!hit) return undefined;
    hits.push(hit);
  }
  const first = Math.min(...hits.map(([a]) => a));
  const last = Math.max(...hits.map(([, b]) => b));
  return last - first < MAX_SPAN ? hits : undefined;
}

/**
 * Creates the rewriter of plain-language paraphrases (`data/matching/plain-language.json`): "sieht fast nichts" says
 * "sehbehindert", "Keiner hat einen Ausweis" says that no Pflichtarbeitsplatz is taken. Within one sentence, when one
 * cue of every group of a paraphrase stands within a few words, the first group's words become the meant words (at
 * their position) and the other cue words are dropped. Paraphrases apply in file order, each to the result of the
 * ones before ("Ausweis" → "Schwerbehindertenausweis" first, then "keiner … Schwerbehindertenausweis").
 */
export function createParaphraseRewriter(paraphrases: readonly PlainParaphrase[]): ParaphraseRewriter {
  const compiled: CompiledParaphrase[] = paraphrases.map((p) => ({
    means: p.means.map(foldGerman),
    keep: p.keep ?? false,
    unless: (p.unless ?? []).map((cue) => tokenize(cue).map((t) => t.folded)),
    cues: p.cues.map((group) => group.map((cue) => tokenize(cue).map((t) => t.folded)).filter((words) => words.length > 0)),
  }));

  const rewriteSentence = (tokens: Token[]): Token[] => {
    let out = tokens;
    for (const p of compiled) {
      for (let round = 0; round < 2; round++) {
        const hits = findParaphrase(typedWords(out), p);
        if (!hits) break;
        const [headFirst] = hits[0]!;
        const head = out[headFirst]!;
        // the meant word is what later paraphrases see ("keiner … Schwerbehindertenausweis")
        const meant = p.means.map((folded) => ({ ...head, raw: folded, folded, capitalised: false, acronym: false, numeric: false }));
        const dropped = (i: number): boolean => (p.keep ? hits.slice(0, 1) : hits).some(([a, b]) => i >= a && i <= b);
        out = out.flatMap((t, i) => (i === headFirst ? meant : dropped(i) ? [] : [t]));
      }
    }
    return out;
  };

  return (text, tokens) => {
    if (compiled.length === 0 || tokens.length === 0) return [...tokens];
    // token indices are positions in the tokenised message: a sentence owns the indices of its words
    const ends: number[] = [];
    let count = 0;
    for (const sentence of splitSentences(text)) ends.push((count += tokenize(sentence.text).length));
    const sentenceOf = (t: Token): number => { const s = ends.findIndex((end) => t.index < end); return s < 0 ? ends.length : s; };
    const bySentence = new Map<number, Token[]>();
    for (const t of tokens) {
      const s = sentenceOf(t);
      const list = bySentence.get(s);
      if (list) list.push(t); else bySentence.set(s, [t]);
    }
    return [...bySentence.values()].flatMap(rewriteSentence);
  };
}
