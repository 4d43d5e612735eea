import type { QuerySlot } from './querySlots.js';
import type { TopicIndex } from './topicIndex.js';

// a word names an office when an office's own fields hold it this many times more strongly than any other topic's
// ("Amt": Inklusionsamt 1.25, others 1; "Arbeitgeber", the asker's own role, is near the EAA's weight too)
const OFFICE_LEAD = 1.25;

/** The words a question word ending before token `end` governs: the first content word, or two after a lower-case adjective ("welches örtliche Amt"). */
export function governedSlots(end: number, slots: readonly QuerySlot[]): QuerySlot[] {
  const after = slots.filter((slot) => slot.token.index >= end);
  return after[0] && !after[0].token.capitalised ? after.slice(0, 2) : after.slice(0, 1);
}

/**
 * Creates the reader of the office a question for a place or an office ("wo ist", "welches") asks for: the first
 * content word after it (or the one after a lower-case adjective, "welches örtliche Amt") is a word that an office
 * (`officeTopics`) holds clearly more strongly than any other topic ("Welches Inklusionsamt", "Wo ist das Amt …"); "Welche
 * Leistungen bietet das Inklusionsamt" asks for a service. Returns the ids of the offices so named (none: no such question).
 */
export function createOfficeQuestionReader(officeTopics: readonly string[], index: TopicIndex): (questionEnds: readonly number[], slots: readonly QuerySlot[]) => string[] {
  const offices = new Set(index.docs.flatMap((d, doc) => (officeTopics.includes(d.id) ? [doc] : [])));
  const officesNamedBy = (term: string): string[] => {
    const postings = index.postings.get(term) ?? [];
    const office = Math.max(0, ...postings.filter(([doc]) => offices.has(doc)).map(([, weight]) => weight));
    const other = Math.max(0, ...postings.filter(([doc]) => !offices.has(doc)).map(([, weight]) => weight));
    if (office === 0 || office < other * OFFICE_LEAD) return [];
    return postings.filter(([doc, weight]) => weight === office && offices.has(doc)).map(([doc]) => index.docs[doc]!.id);
  };
  return (questionEnds, slots) => [...new Set(questionEnds.flatMap((end) => governedSlots(end, slots).flatMap((slot) => slot.alternatives.flatMap((a) => officesNamedBy(a.term)))))];
}
