import { foldGerman } from './fold.js';
import { stemEnglish, stemGerman } from './stem.js';
import { createStopWordTest, type StopWordLists, type StopWordTest } from './stopWords.js';
import { createMultiwordRewriter } from './multiword.js';
import { tokenize, type Token } from './tokenize.js';

const STEM_CACHE_LIMIT = 50_000;

/** The two stemming languages: Einfache Sprache is German. */
export type TextLanguage = 'de' | 'en';

/** Turns texts into the terms the recognizer compares. */
export interface Analyzer {
  isStopWord: StopWordTest;
  /** Stem of a folded word in one language. */
  stem(folded: string, language: TextLanguage): string;
  /** Content terms of a text: tokenised, folded, stop words dropped, stemmed. */
  terms(text: string, language: TextLanguage): string[];
  /** Tokens of a text with fixed expressions joined ("ohne Arbeit" → "arbeitslos"), stop words kept. */
  tokens(text: string): Token[];
  /** The same for a text's tokens already made by `tokenize` (the tokens themselves are not changed). */
  joinExpressions(tokens: readonly Token[]): Token[];
  /** Tokens of a text with fixed expressions joined and stop words removed. */
  contentTokens(text: string): Token[];
}

/** The word lists the analyzer is built from (`data/matching/`). */
export interface AnalyzerVocabulary {
  stopWords: StopWordLists;
  /** Groups of words that mean the same; the first word names the group. */
  synonyms?: readonly (readonly string[])[];
  /** Fixed expressions and the one word that replaces them. */
  expressions?: readonly (readonly [string, string])[];
}

/**
 * Creates the analyzer over the word lists of `data/matching/`: stop words, fixed expressions (joined into one
 * word before stemming) and synonym groups (every word of a group is stemmed to the stem of its first word).
 */
export function createAnalyzer({ stopWords, synonyms: synonymGroups = [], expressions = [] }: AnalyzerVocabulary): Analyzer {
  const isStopWord = createStopWordTest(stopWords, foldGerman);
  const rewrite = createMultiwordRewriter(expressions);
  const canonical = new Map<string, string>();
  for (const [first, ...rest] of synonymGroups) {
    if (first === undefined) continue;
    const target = stemGerman(foldGerman(first));
    for (const word of [first, ...rest]) {
      const folded = foldGerman(word);
      for (const raw of [stemGerman(folded), stemEnglish(folded)]) if (!canonical.has(raw)) canonical.set(raw, target);
    }
  }
  const cache = { de: new Map<string, string>(), en: new Map<string, string>() };
  // the Snowball port is the slowest step of matching; a word's stem is computed once
  const stem = (folded: string, language: TextLanguage): string => {
    const stems = cache[language];
    let result = stems.get(folded);
    if (result === undefined) {
      if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
      const raw = language === 'en' ? stemEnglish(folded) : stemGerman(folded);
      result = canonical.get(raw) ?? raw;
      stems.set(folded, result);
    }
    return result;
  };
  const tokens = (text: string): Token[] => rewrite(tokenize(text));
  const contentTokens = (text: string): Token[] => tokens(text).filter((t) => !isStopWord(t.folded));
  return {
    isStopWord,
    stem,
    tokens,
    joinExpressions: rewrite,
    contentTokens,
    terms: (text, language) => contentTokens(text).map((t) => stem(t.folded, language)),
  };
}
