import { MAX_FIELD_WEIGHT } from './documents.js';
import type { QuerySlot } from './querySlots.js';
import type { TopicIndex } from './topicIndex.js';

/** A document's match with the question. */
export interface DocumentScore {
  doc: number;
  id: string;
  outOfScope: boolean;
  /** Σ over query words of confidence × IDF × field weight / 3, divided by the question's IDF mass: 0..1. */
  score: number;
  /** Share of the question's IDF mass the document matches at all, whatever the field. */
  coverage: number;
  /**
   * How specifically the question names this document: the fewest documents sharing a keyword (weight ≥ 2) that
   * the question contains verbatim (no typo, no compound part) and this document has; Infinity when there is none.
   */
  nameSharedBy: number;
  /** Like {@link DocumentScore.nameSharedBy}, counting single keywords only (no phrase): a paraphrase ("erst ein paar Stunden arbeiten") describes, it does not name. */
  keywordNamedBy: number;
  /** Share of the question's IDF mass matched by this document and by no in-scope topic. */
  exclusive: number;
  /** Some word of the question stands in more than the prose of this document (a keyword-like field, a phrase, a compound of one). */
  keyword: boolean;
  /** For an out-of-scope subject: the share of the question that the subjects together explain (each word by its best subject). */
  pooled: number;
}

// the field weight of a term whose longer name (a whole phrase of another topic) the question holds
const SHADOWED_WEIGHT = 1;
// topics the question sentence itself matches with at least this share of its best topic's score are "its" topics
const QUESTION_TOPIC_SHARE = 0.5;

/** Marks the in-scope topics the message's own question matches well (the slots without a situation weight). */
function questionTopics(index: TopicIndex, slots: readonly QuerySlot[]): Uint8Array {
  const own = scoreSlots(index, slots.filter((slot) => slot.situationWeight === undefined), undefined).filter((r) => !r.outOfScope);
  const marked = new Uint8Array(index.docs.length);
  const best = own[0]?.score ?? 0;
  for (const r of own) if (r.score >= best * QUESTION_TOPIC_SHARE) marked[r.doc] = 1;
  return marked;
}

/**
 * Scores every document against the query slots and returns those that matched anything, best first. The words of
 * a situation beside the question (slots with a `situationWeight`) count more for the topics the question itself
 * matches: they tell which of those is meant.
 * @remarks Pipeline "E" of the matching research: dividing by the question's IDF mass makes the score a
 * coverage measure, so words the knowledge does not know count against every topic.
 */
export function scoreDocuments(index: TopicIndex, slots: readonly QuerySlot[]): DocumentScore[] {
  const situation = slots.some((slot) => slot.situationWeight !== undefined);
  return scoreSlots(index, slots, situation ? questionTopics(index, slots) : undefined);
}

const idOrders = new WeakMap<TopicIndex['docs'], Uint32Array>();

/** Each document's place among the documents ordered by id (`localeCompare`), so that ties sort without comparing strings. */
function idOrderOf(docs: TopicIndex['docs']): Uint32Array {
  let order = idOrders.get(docs);
  if (!order) {
    const ids = [...new Set(docs.map((d) => d.id))].sort((a, b) => a.localeCompare(b));
    const rank = new Map<string, number>();
    // ids that compare equal share a place, as localeCompare's 0 keeps them in order
    ids.forEach((id, i) => rank.set(id, i > 0 && ids[i - 1]!.localeCompare(id) === 0 ? rank.get(ids[i - 1]!)! : i));
    order = Uint32Array.from(docs, (d) => rank.get(d.id)!);
    idOrders.set(docs, order);
  }
  return order;
}

/** Per-document sums of one scoring, kept per index and cleared at the start of each (scoring never runs re-entrantly). */
interface Scratch {
  score: Float64Array;
  covered: Float64Array;
  nameSharedBy: Float64Array;
  keywordNamedBy: Float64Array;
  exclusive: Float64Array;
  keyword: Uint8Array;
  slotScore: Float64Array;
  slotCovered: Float64Array;
}

const scratches = new WeakMap<TopicIndex['docs'], Scratch>();

function scratchFor(docs: TopicIndex['docs']): Scratch {
  let scratch = scratches.get(docs);
  if (!scratch) {
    const n = docs.length;
    scratch = { score: new Float64Array(n), covered: new Float64Array(n), nameSharedBy: new Float64Array(n), keywordNamedBy: new Float64Array(n), exclusive: new Float64Array(n), keyword: new Uint8Array(n), slotScore: new Float64Array(n), slotCovered: new Float64Array(n) };
    scratches.set(docs, scratch);
  }
  return scratch;
}

function scoreSlots(index: TopicIndex, slots: readonly QuerySlot[], favoured: Uint8Array | undefined): DocumentScore[] {
  const n = index.docs.length;
  const { score, covered, nameSharedBy, keywordNamedBy, exclusive, keyword, slotScore, slotCovered } = scratchFor(index.docs);
  score.fill(0);
  covered.fill(0);
  nameSharedBy.fill(Infinity);
  keywordNamedBy.fill(Infinity);
  exclusive.fill(0);
  keyword.fill(0);
  let totalMass = 0;
  let pooled = 0;
  const queryTerms = new Set<string>();
  for (const slot of slots) for (const { term } of slot.alternatives) queryTerms.add(term);
  const boosts = index.phrases.boosts(queryTerms);
  // a term of a keyword phrase the question holds whole ("GdB 30", "stufenweise Wiedereingliederung") names that
  // phrase's topic; in a topic that has the term only alone it counts like prose (the longer name wins)
  const wholeTerms = new Set<string>();
  for (const terms of boosts.whole?.values() ?? []) for (const t of terms) wholeTerms.add(t);
  // how many documents a matched phrase names through each of its terms ("Assistierte Ausbildung")
  const phraseDocs = new Map<string, number>();
  for (const byTerm of boosts.values()) for (const term of byTerm.keys()) phraseDocs.set(term, (phraseDocs.get(term) ?? 0) + 1);

  for (const slot of slots) {
    const weight = slot.weight ?? 1;
    const mass = slot.mass * weight;
    totalMass += mass;
    if (slot.alternatives.length === 0 || weight === 0) continue;
    slotScore.fill(0);
    slotCovered.fill(0);
    const situationWeight = favoured ? slot.situationWeight : undefined;
    for (const { term, confidence } of slot.alternatives) {
      // what depends on the term alone is looked up once, not once per document it reaches
      const idf = index.idf(term);
      const shadowed = wholeTerms.has(term);
      const keywordDf = index.keywordDf(term);
      const namedBy = phraseDocs.get(term) ?? Infinity;
      for (const [doc, base] of index.postings.get(term) ?? []) {
        if (slot.minFieldWeight !== undefined && base < slot.minFieldWeight) continue;
        const boosted = boosts.get(doc)?.get(term);
        const uncapped = boosted !== undefined ? Math.max(base, boosted) : shadowed && base >= 2 ? SHADOWED_WEIGHT : base;
        const fieldWeight = slot.maxFieldWeight !== undefined ? Math.min(uncapped, slot.maxFieldWeight) : uncapped;
        const share = situationWeight !== undefined && favoured![doc] ? situationWeight : weight;
        const value = confidence * share * idf * (fieldWeight / MAX_FIELD_WEIGHT);
        if (value > slotScore[doc]!) slotScore[doc] = value;
        if (value > 0 && fieldWeight > 1) keyword[doc] = 1;
        if (confidence * share * idf > slotCovered[doc]!) slotCovered[doc] = confidence * share * idf;
        if (confidence === 1 && base >= 2 && slot.maxFieldWeight === undefined) {
          nameSharedBy[doc] = Math.min(nameSharedBy[doc]!, keywordDf);
          keywordNamedBy[doc] = Math.min(keywordNamedBy[doc]!, keywordDf);
        }
        if (confidence === 1 && fieldWeight > base) nameSharedBy[doc] = Math.min(nameSharedBy[doc]!, namedBy);
      }
    }
    let inScopeMatched = false;
    let bestSubject = 0;
    for (let doc = 0; doc < n; doc++) {
      if (index.docs[doc]!.outOfScope) bestSubject = Math.max(bestSubject, slotScore[doc]!);
      score[doc]! += slotScore[doc]!;
      covered[doc]! += Math.min(slotCovered[doc]!, mass);
      if (slotScore[doc]! > 0 && !index.docs[doc]!.outOfScope) inScopeMatched = true;
    }
    pooled += bestSubject;
    if (!inScopeMatched) for (let doc = 0; doc < n; doc++) if (slotScore[doc]! > 0) exclusive[doc]! += mass;
  }

  const results: DocumentScore[] = [];
  if (totalMass === 0) return results;
  for (let doc = 0; doc < n; doc++) {
    if (score[doc]! <= 0) continue;
    const { id, outOfScope } = index.docs[doc]!;
    results.push({ doc, id, outOfScope, score: Math.min(1, score[doc]! / totalMass), coverage: Math.min(1, covered[doc]! / totalMass), nameSharedBy: nameSharedBy[doc]!, keywordNamedBy: keywordNamedBy[doc]!, exclusive: exclusive[doc]! / totalMass, keyword: keyword[doc] === 1, pooled: outOfScope ? Math.min(1, pooled / totalMass) : 0 });
  }
  const idOrder = idOrderOf(index.docs);
  return results.sort((a, b) => b.score - a.score || b.coverage - a.coverage || idOrder[a.doc]! - idOrder[b.doc]!);
}
