import type { Analyzer, TextLanguage } from '../text/analyzer.js';
import type { Token } from '../text/tokenize.js';
import type { TermVector } from './exampleIndex.js';
import type { QuerySlot } from './querySlots.js';

/** What the vector builder needs of the recognizer's pipeline. */
export interface VectorWords {
  analyzer: Analyzer;
  /** Occupations, company types, everyday nouns: they say who asks, not what about. */
  isOrdinary(folded: string): boolean;
}

/**
 * Builds the term vector of a text from the same tokens and query slots the keyword scoring reads: each content
 * word's own stem (weight 1) plus every term its slots stand for (compound parts, typo corrections, health
 * conditions, described needs) with the slot's confidence; all times the word's sentence weight (a self-description
 * counts less). Ordinary words and numbers are left out.
 */
export function createTermVectorBuilder({ analyzer, isOrdinary }: VectorWords) {
  return (tokens: readonly Token[], slots: readonly QuerySlot[], language: TextLanguage): TermVector => {
    const vector = new Map<string, number>();
    const add = (term: string, weight: number): void => {
      if (weight > (vector.get(term) ?? 0)) vector.set(term, weight);
    };
    const weightOf = new Map<number, number>();
    for (const slot of slots) {
      const weight = slot.weight ?? 1;
      weightOf.set(slot.token.index, weight);
      for (const { term, confidence } of slot.alternatives) add(term, confidence * weight);
    }
    for (const token of tokens) {
      if (token.numeric || analyzer.isStopWord(token.folded) || isOrdinary(token.folded)) continue;
      add(analyzer.stem(token.folded, language), weightOf.get(token.index) ?? 1);
    }
    return vector;
  };
}
