import type { Analyzer } from '../text/analyzer.js';
import { createCompoundSplitter, type CompoundSplit } from '../text/compounds.js';
import { tokenize } from '../text/tokenize.js';
import type { IndexDocument } from './documents.js';
import { createPhraseIndex, type KeywordPhrase, type PhraseIndex } from './keywordPhrases.js';

/** Where a term occurs: document number and the weight of the best field it occurs in. */
export type Posting = readonly [doc: number, weight: number];

/** The inverted index over topics and out-of-scope subjects. */
export interface TopicIndex {
  docs: readonly { id: string; outOfScope: boolean }[];
  postings: ReadonlyMap<string, readonly Posting[]>;
  /** BM25-style inverse document frequency, capped for words found only in prose; unknown terms get {@link TopicIndex.rarestIdf}. */
  idf(term: string): number;
  /** The IDF of a term found in one document only. */
  rarestIdf: number;
  /** Terms that stand alone in a keyword-like field somewhere (weight ≥ 2): they name a topic. */
  keywordTerms: ReadonlySet<string>;
  /** Terms of multi-word keyword entries ("100" of "Aktion 100"). */
  phraseTerms: ReadonlySet<string>;
  /** In how many documents a term stands in a keyword-like field (weight ≥ 2); 0 for prose-only terms. */
  keywordDf(term: string): number;
  /** Multi-word keyword entries ("Budget für Arbeit"); their words count fully only together. */
  phrases: PhraseIndex;
  /** Splits a folded German word against the indexed German vocabulary. */
  splitCompound(folded: string): CompoundSplit | null;
}

// parts of an indexed compound count half: "Ausgleichsabgabe" says "Abgabe", but less loudly
const COMPOUND_PART_FACTOR = 0.5;
// a word of a multi-word entry alone counts like prose: "Firma" in "Firma mit vielen Schwerbehinderten" names nothing
const PHRASE_WORD_WEIGHT = 1;
const MIN_COMPOUND_LENGTH = 7;
/** A word the knowledge uses only in prose is rare there by chance, not because it names a topic: its IDF is capped. */
export const DEFAULT_PROSE_IDF_CAP = 1.3;

/**
 * The terms of every document with their postings, the multi-word keyword entries and the German vocabulary: the costly
 * part of the index (tokenising, stemming, compound splitting), plain data that the content snapshot stores.
 */
export interface TopicTerms {
  docs: readonly { id: string; outOfScope: boolean }[];
  /** Term → documents it occurs in, each with the weight of its best field. */
  weights: ReadonlyMap<string, readonly Posting[]>;
  phrases: readonly KeywordPhrase[];
  /** German stems of at least three letters: what the compound splitter splits against. */
  germanStems: ReadonlySet<string>;
}

/** Tokenises, stems and splits the compounds of every document's fields. */
export function collectTopicTerms(documents: readonly IndexDocument[], analyzer: Analyzer): TopicTerms {
  const weights = new Map<string, Map<number, number>>();
  const add = (term: string, doc: number, weight: number): void => {
    let byDoc = weights.get(term);
    if (!byDoc) weights.set(term, (byDoc = new Map()));
    if ((byDoc.get(doc) ?? 0) < weight) byDoc.set(doc, weight);
  };
  const germanStems = new Set<string>();
  const germanWords: { doc: number; folded: string; weight: number }[] = [];
  const phrases: KeywordPhrase[] = [];

  documents.forEach((document, doc) => {
    for (const field of document.fields) {
      const tokens = analyzer.contentTokens(field.text);
      const terms = [...new Set(tokens.map((t) => analyzer.stem(t.folded, field.language)))];
      // "ab wie vielen Mitarbeitern" says more than "Mitarbeiter": an entry of several words counts fully only as a phrase
      const manyWords = field.keyword && tokenize(field.text).length >= 2;
      const weight = manyWords ? Math.min(field.weight, PHRASE_WORD_WEIGHT) : field.weight;
      terms.forEach((term) => add(term, doc, weight));
      if (manyWords && terms.length >= 2) phrases.push({ doc, terms, weight: field.weight });
      if (field.language === 'de') {
        terms.forEach((term) => term.length >= 3 && germanStems.add(term));
        if (!document.outOfScope) tokens.forEach((t) => t.folded.length >= MIN_COMPOUND_LENGTH && germanWords.push({ doc, folded: t.folded, weight }));
      }
    }
  });

  const splitCompound = germanCompoundSplitter(germanStems, analyzer);
  for (const { doc, folded, weight } of germanWords) {
    const split = splitCompound(folded);
    if (!split?.complete) continue;
    for (const part of split.parts) add(analyzer.stem(part, 'de'), doc, weight * COMPOUND_PART_FACTOR);
  }

  const docs = documents.map((d) => ({ id: d.id, outOfScope: d.outOfScope }));
  return { docs, weights: new Map([...weights].map(([term, byDoc]) => [term, [...byDoc.entries()]])), phrases, germanStems };
}

/** Splits a folded German word into parts whose stems the vocabulary holds (stop words are no parts). */
function germanCompoundSplitter(germanStems: ReadonlySet<string>, analyzer: Analyzer): (folded: string) => CompoundSplit | null {
  return createCompoundSplitter((part) => !analyzer.isStopWord(part) && germanStems.has(analyzer.stem(part, 'de')));
}

/** The index over collected terms: IDFs, keyword terms, phrases and the compound splitter (cheap). */
export function topicIndexFrom(terms: TopicTerms, analyzer: Analyzer, proseIdfCap = DEFAULT_PROSE_IDF_CAP): TopicIndex {
  const { docs, weights: postings, phrases } = terms;
  const idfs = new Map<string, number>();
  const n = docs.length;
  const idfOf = (df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const keywordTerms = new Set<string>();
  const keywordDfs = new Map<string, number>();
  for (const [term, list] of postings) {
    const keywordDocs = list.filter(([, w]) => w >= 2).length;
    idfs.set(term, keywordDocs > 0 ? idfOf(list.length) : Math.min(idfOf(list.length), proseIdfCap));
    if (keywordDocs > 0) { keywordTerms.add(term); keywordDfs.set(term, keywordDocs); }
  }
  const phraseTerms = new Set(phrases.flatMap((phrase) => phrase.terms));
  const unknownIdf = idfOf(1);
  const idf = (term: string): number => idfs.get(term) ?? unknownIdf;

  return {
    docs,
    postings,
    idf,
    rarestIdf: unknownIdf,
    keywordTerms,
    phraseTerms,
    keywordDf: (term) => keywordDfs.get(term) ?? 0,
    phrases: createPhraseIndex(phrases, idf),
    splitCompound: germanCompoundSplitter(terms.germanStems, analyzer),
  };
}
