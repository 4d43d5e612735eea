import { foldGerman } from '../text/fold.js';
import type { Token } from '../text/tokenize.js';
import type { QuerySlot } from './querySlots.js';
import type { TopicIndex } from './topicIndex.js';

// an office named as the payer counts like a word of prose
const PAYER_FIELD_WEIGHT = 1;
// "übernimmt die Arbeitsagentur": an article may stand between the verb and the name
const PAYER_WINDOW = 2;

/**
 * Creates the reader of payers (`payer` of data/matching/described-needs.json): the name of an office (a keyword of one of
 * `officeTopics`) right before or after a verb of paying names the payer of a benefit, not the question's subject, so
 * it counts like prose in every topic.
 */
export function createPayerReader(verbs: readonly string[], officeTopics: readonly string[], index: TopicIndex): (tokens: readonly Token[], slots: readonly QuerySlot[]) => QuerySlot[] {
  const payVerbs = new Set(verbs.map(foldGerman));
  const offices = new Set(index.docs.flatMap((d, doc) => (officeTopics.includes(d.id) ? [doc] : [])));
  const namesOffice = (slot: QuerySlot): boolean => slot.alternatives.some((a) => (index.postings.get(a.term) ?? []).some(([doc, weight]) => weight >= 2 && offices.has(doc)));
  return (tokens, slots) => {
    const verbAt = tokens.filter((t) => payVerbs.has(t.folded)).map((t) => t.index);
    if (verbAt.length === 0) return [...slots];
    const nearVerb = (slot: QuerySlot): boolean => verbAt.some((v) => Math.abs(slot.token.index - v) <= PAYER_WINDOW && slot.token.index !== v);
    return slots.map((slot) => (nearVerb(slot) && namesOffice(slot) ? { ...slot, maxFieldWeight: PAYER_FIELD_WEIGHT } : slot));
  };
}
