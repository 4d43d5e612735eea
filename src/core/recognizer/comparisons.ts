import { foldGerman } from '../text/fold.js';
import type { Token } from '../text/tokenize.js';
import type { QuerySlot } from './querySlots.js';
import type { TopicIndex } from './topicIndex.js';
import type { RankedTopic } from './types.js';

// a word names a topic where it stands in a keyword-like field of it (title, keyword, synonym, colloquial name)
const NAMING_WEIGHT = 2;
// the topics of a comparison are among the first this many of the ranking
const COMPARED_TOPICS = 3;

/**
 * Creates the reordering of a comparison ("Was ist der Unterschied zwischen BEM und stufenweiser Wiedereingliederung?",
 * "Was unterscheidet ein Inklusionsunternehmen von einer Werkstatt?", "difference between LVR and LWL"): a word of
 * `comparisonWords` (general-questions.json) in the message, and at least two of the first topics named by a word of
 * it. The named topics come first, in the order the message names them; the asker puts first what the question is about.
 * Without a comparison word, or with fewer than two named topics, the ranking stays.
 */
export function createComparisonOrder(comparisonWords: readonly string[], index: TopicIndex): (tokens: readonly Token[], slots: readonly QuerySlot[], topics: readonly RankedTopic[]) => RankedTopic[] {
  const words = new Set(comparisonWords.map(foldGerman));
  const docOf = new Map(index.docs.map((d, doc) => [d.id, doc]));
  /**
   * The first token that names the topic, or Infinity: a word of a keyword-like field, or a word of a multi-word keyword
   * entry the message holds whole ("Budget für Arbeit": each of its words alone weighs like prose).
   */
  const namedAt = (id: string, slots: readonly QuerySlot[], wholePhrases: ReadonlyMap<number, ReadonlySet<string>> | undefined): number => {
    const doc = docOf.get(id);
    const counted = slots.filter((slot) => (slot.weight ?? 1) > 0);
    const naming = counted.filter((slot) => slot.alternatives.some((a) => (index.postings.get(a.term) ?? []).some(([d, weight]) => d === doc && weight >= NAMING_WEIGHT)));
    // a phrase stands where its last word first stands: "Budget für Arbeit … Budget für Ausbildung" names Arbeit first
    const phraseTerms = doc === undefined ? undefined : wholePhrases?.get(doc);
    const phraseAt = phraseTerms && phraseTerms.size > 0
      ? Math.max(...[...phraseTerms].map((term) => Math.min(Infinity, ...counted.filter((slot) => slot.alternatives.some((a) => a.term === term)).map((slot) => slot.token.index))))
      : Infinity;
    return Math.min(phraseAt, ...naming.map((slot) => slot.token.index));
  };
  return (tokens, slots, topics) => {
    if (!tokens.some((t) => words.has(t.folded))) return [...topics];
    const wholePhrases = index.phrases.boosts(new Set(slots.flatMap((slot) => slot.alternatives.map((a) => a.term)))).whole;
    const head = topics.slice(0, COMPARED_TOPICS).map((topic, rank) => ({ topic, rank, at: namedAt(topic.id, slots, wholePhrases) }));
    const named = head.filter((h) => h.at !== Infinity);
    if (named.length < 2) return [...topics];
    const front = named.sort((a, b) => a.at - b.at || a.rank - b.rank).map((h) => h.topic);
    return [...front, ...topics.filter((t) => !front.includes(t))];
  };
}
