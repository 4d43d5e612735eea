import type { Analyzer } from '../text/analyzer.js';
import { foldGerman } from '../text/fold.js';
import type { Token } from '../text/tokenize.js';
import type { IntentData } from './intentData.js';
import type { QuerySlot } from './querySlots.js';
import type { TopicIndex } from './topicIndex.js';

// a person who does something for the employee is an assistant most of the time ("jemanden, der ihr vorliest")
const HELPER_CONFIDENCE = 0.9;
// "someone who can read to her", "jemanden, der ihm jeden Tag die Akten reicht": the recipient follows within a few words
const RECIPIENT_WINDOW = 4;

/**
 * Creates the reader of helper persons (`helperPerson` of data/matching/described-needs.json): in a question about
 * disability, a person word followed by a relative word and, shortly after, the employee as recipient ("jemanden, der
 * ihm Akten reicht", "someone to hand him files") describes a personal assistant: the person word stands for `means`.
 */
export function createHelperPersonReader(helper: IntentData['helperPerson'], index: TopicIndex, analyzer: Analyzer): (tokens: readonly Token[], slots: readonly QuerySlot[]) => QuerySlot[] {
  const persons = new Set(helper.persons.map(foldGerman));
  const relatives = new Set(helper.relatives.map(foldGerman));
  const recipients = new Set(helper.recipients.map(foldGerman));
  const term = analyzer.stem(foldGerman(helper.means), 'de');
  return (tokens, slots) => {
    if (!index.postings.has(term)) return [...slots];
    // a recipient is one word ("ihm") or two ("for her": "her" alone is as often possessive)
    const recipientAt = (j: number): boolean => recipients.has(tokens[j]!.folded) || recipients.has(`${tokens[j - 1]?.folded ?? ''} ${tokens[j]!.folded}`);
    const recipientFollows = (i: number): boolean => {
      for (let j = i + 2; j < Math.min(tokens.length, i + 2 + RECIPIENT_WINDOW); j++) if (recipientAt(j)) return true;
      return false;
    };
    const helpers = tokens.filter((t, i) => persons.has(t.folded) && relatives.has(tokens[i + 1]?.folded ?? '') && recipientFollows(i));
    if (helpers.length === 0) return [...slots];
    const taken = new Set(slots.map((slot) => slot.token.index));
    const added = helpers.filter((t) => !taken.has(t.index)).map((token): QuerySlot => ({ token, kind: 'compound', alternatives: [{ term, confidence: HELPER_CONFIDENCE }], mass: HELPER_CONFIDENCE * index.idf(term) }));
    const replaced = slots.map((slot): QuerySlot => (helpers.some((t) => t.index === slot.token.index)
      ? { ...slot, kind: 'compound', alternatives: [...slot.alternatives, { term, confidence: HELPER_CONFIDENCE }] }
      : slot));
    return [...replaced, ...added].sort((a, b) => a.token.index - b.token.index);
  };
}
