import { letterCount, splitSentences, wordsOf } from './sentences.js';

/**
 * Syllables of a German word by the vowel-group heuristic: each run of vowels counts once, so diphthongs (ei, au, eu,
 * äu, ie) and long vowels (aa, ee, oo) count once. A word without vowels (a number) counts as one syllable.
 * @remarks Measured at 17 of 20 exact in matching-and-plain-language.md § 4.5; undercounts Museum, Situation.
 */
export function syllableCount(word: string): number {
  const groups = word.toLocaleLowerCase('de').match(/[aeiouyäöü]+/gu);
  return Math.max(1, groups?.length ?? 0);
}

/** The readability figures of one text. */
export interface TextFigures {
  sentences: number;
  words: number;
  /** Words per sentence, one entry per sentence. */
  sentenceLengths: number[];
  meanSentenceLength: number;
  maxSentenceLength: number;
  /** Words with more than 6 letters. */
  longWords: number;
  /** LIX (Björnsson 1968): words / sentences + 100 × long words / words. */
  lix: number;
  /** Wiener Sachtextformel 1 (Bamberger & Vanecek 1984), a school grade from about 4 (easy) to 15 (hard). */
  wstf1: number;
}

/** Counts sentences and words and computes LIX and WSTF1; `masks` are abbreviations whose full stops end no sentence. */
export function textFigures(text: string, masks: RegExp[] = []): TextFigures {
  const sentences = splitSentences(text, masks);
  const sentenceWords = sentences.map(wordsOf);
  const words = sentenceWords.flat();
  const sentenceLengths = sentenceWords.map((w) => w.length);
  const n = words.length;
  if (n === 0) return { sentences: 0, words: 0, sentenceLengths: [], meanSentenceLength: 0, maxSentenceLength: 0, longWords: 0, lix: 0, wstf1: 0 };

  const meanSentenceLength = n / sentences.length;
  const longWords = words.filter((w) => letterCount(w) > 6).length;
  const syllables = words.map(syllableCount);
  const percent = (count: number): number => (100 * count) / n;
  const ms = percent(syllables.filter((s) => s >= 3).length);
  const es = percent(syllables.filter((s) => s === 1).length);
  return {
    sentences: sentences.length,
    words: n,
    sentenceLengths,
    meanSentenceLength,
    maxSentenceLength: Math.max(...sentenceLengths),
    longWords,
    lix: meanSentenceLength + percent(longWords),
    wstf1: 0.1935 * ms + 0.1672 * meanSentenceLength + 0.1297 * percent(longWords) - 0.0327 * es - 0.875,
  };
}
