import type { Analyzer, TextLanguage } from '../text/analyzer.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { createExampleIndex, DEFAULT_BEST_EXAMPLES, type ClassSimilarity, type ExampleVector } from './exampleIndex.js';
import { createTermVectorBuilder } from './exampleVectors.js';
import type { ParaphraseRewriter } from './plainParaphrases.js';
import type { QuerySlot } from './querySlots.js';
import type { DecisionThresholds } from './decision.js';
import type { DocumentScore } from './scoring.js';
import { OUT_OF_SCOPE_CLASS, type TopicExample } from './topicExamples.js';

/** How much the examples' similarity may add to the keyword scores (tuned on all study sets at once, see the docs). */
export interface ExampleWeights {
  /** A topic's similarity is the mean cosine of its this many most similar examples. */
  bestExamples: number;
  /** Below this similarity the examples say nothing about a topic. */
  minSimilarity: number;
  /** Topics within this share of the best topic's similarity are favoured by the examples. */
  favourShare: number;
  /** The topic the examples favour most gains this times its lead in similarity over the next topic … */
  leadBonus: number;
  /** … and every topic within `favourShare` of the best similarity this times its similarity … */
  bonus: number;
  /** … but by no more than this. */
  maxBonus: number;
  /** The out-of-scope examples strengthen a matched out-of-scope subject by this times their similarity, when they beat every topic's. */
  outOfScopeBonus: number;
}

/** The weights the figures in docs/understanding-recognizer.md were measured with. */
export const DEFAULT_EXAMPLE_WEIGHTS: ExampleWeights = { bestExamples: DEFAULT_BEST_EXAMPLES, minSimilarity: 0.1, favourShare: 0.8, leadBonus: 0.5, bonus: 0.2, maxBonus: 0.1, outOfScopeBonus: 0.5 };

/** The recognizer's own pipeline, through which the examples go exactly as a message does. */
export interface ExamplePipeline {
  analyzer: Analyzer;
  isOrdinary(folded: string): boolean;
  buildSlots(tokens: readonly Token[], language: TextLanguage): QuerySlot[];
  rewriteParaphrases: ParaphraseRewriter;
  obligationTerm(folded: string): string | undefined;
}

/** Reads a message's content tokens and slots into its similarity to every class of examples. */
export type ExampleSimilarity = (tokens: readonly Token[], slots: readonly QuerySlot[], language: string) => ClassSimilarity;

const NONE: ClassSimilarity = new Map();
/** A message of at most this many content words inside a conversation about a topic is a follow-up ("How long do they pay it?"). */
export const FOLLOW_UP_WORDS = 5;
// how far below the margin of a clear answer a bonus leaves the other topics
const CEILING_GAP = 0.001;
// a topic the examples rescue over the floor must score this many times the next one
const RESCUE_LEAD = 1.7;

/** The examples as written, or as the recognizer already read them (the content snapshot stores the latter). */
export type TopicExampleInput = TopicExample | ExampleVector;

/** The per-message similarity and the examples' term vectors it compares with. */
export interface ExampleReader {
  similarity: ExampleSimilarity;
  vectors: readonly ExampleVector[];
}

/** Reads the examples through the recognizer's pipeline (once, at start-up, unless already read) and indexes them. */
export function createExampleSimilarity(examples: readonly TopicExampleInput[], pipeline: ExamplePipeline, bestExamples = DEFAULT_BEST_EXAMPLES): ExampleReader {
  if (examples.length === 0) return { similarity: () => NONE, vectors: [] };
  const { analyzer, buildSlots, rewriteParaphrases, obligationTerm } = pipeline;
  const vectorOf = createTermVectorBuilder(pipeline);
  const vectors = examples.map((example) => {
    if ('vector' in example) return example;
    const { topic, language, text } = example;
    const tokens = rewriteParaphrases(text, analyzer.joinExpressions(tokenize(text))).filter((t) => !analyzer.isStopWord(t.folded) || obligationTerm(t.folded) !== undefined);
    return { topic, vector: vectorOf(tokens, buildSlots(tokens, language), language) };
  });
  const index = createExampleIndex(vectors, bestExamples);
  return { vectors, similarity: (tokens, slots, language) => index.similarity(vectorOf(tokens, slots, language === 'en' ? 'en' : 'de')) };
}

/**
 * Adds the examples' evidence to the keyword ranking. The topic the examples favour most gains its lead over the
 * next topic times `leadBonus` (a clear preference counts, a narrow one hardly); topics close to the best
 * similarity (`favourShare`) gain `bonus` times their similarity, which breaks near-ties. No topic gains more than
 * `maxBonus`, so a clear keyword winner stays; a clear keyword answer stays an answer (no other topic is lifted into
 * its margin). The out-of-scope examples, when they beat every topic, strengthen a
 * subject that its own terms matched. Without evidence of the remit (`inRemit`) the examples reorder the topics but
 * do not raise the first one's score; a topic they lift over the floor counts as rescued, never as named; a short
 * follow-up in a conversation about a topic (`followUp`) is left to the keywords and the conversation. Topics and subjects without keyword evidence are not added: the examples add
 * evidence, they do not replace it. `similarityOf` is asked only when the examples can change the ranking (it costs
 * a pass over the examples' postings).
 */
export function withExampleEvidence(ranking: DocumentScore[], similarityOf: () => ClassSimilarity, w: ExampleWeights, context: { inRemit: boolean; followUp?: boolean; thresholds: Pick<DecisionThresholds, 'floor' | 'answer' | 'margin'> }): DocumentScore[] {
  // the examples are whole questions: a short follow-up is read against its conversation, not against them
  if (ranking.length === 0 || context.followUp) return ranking;
  const similarity = similarityOf();
  if (similarity.size === 0) return ranking;
  let best = 0;
  let second = 0;
  let bestTopic = '';
  for (const [topic, value] of similarity) {
    if (topic === OUT_OF_SCOPE_CLASS) continue;
    if (value > best) { second = best; best = value; bestTopic = topic; } else if (value > second) second = value;
  }
  const outOfScope = similarity.get(OUT_OF_SCOPE_CLASS) ?? 0;
  const bonusOf = (r: DocumentScore): number => {
    if (r.outOfScope) return outOfScope >= w.minSimilarity ? w.outOfScopeBonus * Math.max(0, outOfScope - best) : 0;
    const value = similarity.get(r.id) ?? 0;
    // a message more like the out-of-scope examples than any topic's gives no topic a bonus
    if (value < w.minSimilarity || outOfScope > best) return 0;
    return (r.id === bestTopic ? w.leadBonus * (best - second) : 0) + (value >= best * w.favourShare ? w.bonus * value : 0);
  };
  let changed = false;
  const inScope = ranking.filter((r) => !r.outOfScope);
  const { answer, margin } = context.thresholds;
  // a clear keyword answer stays clear: no other topic may come within the margin of its (possibly raised) score
  const clearFirst = inScope[0] && inScope[0].score >= answer && (inScope[1]?.score ?? 0) < inScope[0].score * (1 - margin) ? inScope[0] : undefined;
  const clearCeiling = clearFirst ? Math.min(1, clearFirst.score + Math.min(w.maxBonus, bonusOf(clearFirst))) * (1 - margin) - CEILING_GAP : 1;
  const before = inScope[0]?.score ?? 0;
  let after = 0;
  const topics = ranking.map((r) => {
    if (r.outOfScope) return r;
    const bonus = Math.max(0, Math.min(w.maxBonus, bonusOf(r), r === clearFirst ? 1 : clearCeiling - r.score));
    after = Math.max(after, r.score + bonus);
    if (bonus <= 0) return r;
    changed = true;
    // a topic the examples lift over the floor is rescued, not named: its keywords alone did not reach an answer
    const rescued = r.score < context.thresholds.floor && r.score + bonus >= context.thresholds.floor;
    return { ...r, score: Math.min(1, r.score + bonus), ...(rescued ? { nameSharedBy: Infinity, keywordNamedBy: Infinity } : {}) };
  });
  // a rescue over the floor must leave one topic clearly ahead; otherwise the router's ask-back about the remit stands
  const sortedTopics = topics.filter((r) => !r.outOfScope).sort((a, b) => b.score - a.score);
  const [top, next] = sortedTopics;
  if (top && top.score >= context.thresholds.floor && before < context.thresholds.floor && top.score < (next?.score ?? 0) * RESCUE_LEAD) {
    for (let i = 0; i < topics.length; i++) if (!topics[i]!.outOfScope && topics[i]!.score >= context.thresholds.floor) topics[i] = { ...topics[i]!, score: context.thresholds.floor - CEILING_GAP };
  }
  // without evidence of the remit the examples only reorder the topics: the first keeps its keyword score, so a vague
  // general HR question does not become an answer
  const shrink = !context.inRemit && after > before && before > 0 ? before / after : 1;
  // whether the message is ours at all stays the keywords' question: a subject grows as much as the first topic did
  // (the router compares their ratio), and only the out-of-scope examples add to it
  const growth = before > 0 ? (after * shrink) / before : 1;
  const adjusted = topics.map((r) => {
    if (!r.outOfScope) return shrink === 1 ? r : { ...r, score: r.score * shrink };
    const bonus = Math.min(w.maxBonus, bonusOf(r));
    if (bonus <= 0 && growth === 1) return r;
    changed = true;
    return { ...r, score: Math.min(1, r.score * growth + bonus), pooled: Math.min(1, r.pooled * growth) };
  });
  return changed ? adjusted.sort((a, b) => b.score - a.score || b.coverage - a.coverage) : ranking;
}
