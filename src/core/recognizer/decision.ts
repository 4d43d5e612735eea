import type { DocumentScore } from './scoring.js';
import type { RankedTopic, Recognition } from './types.js';

/** Where answer, ask back and "I don't know" part; tuned on the dev set (see the report). */
export interface DecisionThresholds {
  /** Lowest first score that is answered directly. */
  answer: number;
  /** The second topic must score below first × (1 − margin) for a direct answer. */
  margin: number;
  /** Below this first score the bot does not know. */
  floor: number;
  /** Below this share of the question matched by the first topic the bot does not know. */
  minCoverage: number;
  /** Topics listed besides the first must reach this share of its score. */
  keep: number;
}

/** The thresholds the eval was tuned with. */
export const DEFAULT_THRESHOLDS: DecisionThresholds = { answer: 0.3, margin: 0.15, floor: 0.18, minCoverage: 0.2, keep: 0.4 };

const MAX_TOPICS = 5;
const clamp01 = (x: number): number => Math.max(0, Math.min(1, x));
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The decision for a ranking of in-scope topics. */
export type TopicDecision = Pick<Recognition, 'decision' | 'topics' | 'confidence'>;

/**
 * Decides from the ranking: answer (clear winner), ask back (close scores or middling score, 2–3 topics),
 * or don't know (weak score or too little of the question matched).
 * @remarks The three bands follow the matching research §3.2 (Rasa's threshold + ambiguity threshold).
 */
export function decide(ranking: readonly DocumentScore[], t: DecisionThresholds = DEFAULT_THRESHOLDS): TopicDecision {
  const first = ranking[0];
  if (!first || first.score < t.floor || first.coverage < t.minCoverage) {
    return { decision: 'dont-know', topics: [], confidence: round(0.3 * clamp01((first?.score ?? 0) / t.floor)) };
  }
  const second = ranking[1]?.score ?? 0;
  const clear = first.score >= t.answer && second < first.score * (1 - t.margin);
  const listed = ranking.filter((r, i) => i === 0 || r.score >= first.score * t.keep).slice(0, MAX_TOPICS);
  const topics: RankedTopic[] = listed.map((r) => ({ id: r.id, score: round(r.score) }));
  if (clear) {
    return { decision: 'answer', topics, confidence: round(0.6 + 0.4 * clamp01((first.score - t.answer) / (1 - t.answer))) };
  }
  const askBack = topics.length >= 2 ? topics : ranking.slice(0, 3).map((r) => ({ id: r.id, score: round(r.score) }));
  return { decision: 'ask-back', topics: askBack, confidence: round(0.3 + 0.25 * clamp01((first.score - t.floor) / (t.answer - t.floor))) };
}
