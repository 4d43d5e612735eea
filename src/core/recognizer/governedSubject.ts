import type { Analyzer } from '../text/analyzer.js';
import { foldGerman } from '../text/fold.js';
import type { Token } from '../text/tokenize.js';
import { MAX_FIELD_WEIGHT } from './documents.js';
import { governedSlots } from './officeQuestion.js';
import { createPhraseFinder, createWordKeys } from './phraseMatcher.js';
import type { QuerySlot } from './querySlots.js';
import type { TopicIndex } from './topicIndex.js';

/** The words the reader needs: question words that govern, words that open a subordinate clause. */
export interface GoverningWords {
  governingQuestions: readonly string[];
  clauseBreaks: readonly string[];
}

/**
 * Creates the reader of the out-of-scope subject a question word governs. "Welchen Steuerfreibetrag bekommt ein
 * Mitarbeiter mit GdB 50?" asks for a tax allowance, whatever the GdB beside it says: the word right after the question
 * word is a keyword of the subject that no topic holds as strongly. "Wie lange muss ich das Gehalt weiterzahlen, wenn er
 * krankgeschrieben ist?" asks about sick pay: the question word's clause (up to "wenn", "weil" …) holds the subject's
 * keyword and no word of the remit (`isRemit`); the illness is only the circumstance. `candidates` are the subjects that
 * may win this way: `governed` those with no topic of the remit beside them, `clause` also those whose meaning disability
 * does not change (sick pay: "Wie lange gibt es Krankengeld in der stufenweisen Wiedereingliederung?" stays the topic's).
 */
export function createGovernedSubjectReader(words: GoverningWords, analyzer: Analyzer, index: TopicIndex, candidates: { governed: ReadonlySet<string>; clause: ReadonlySet<string> }, isRemit: (slots: readonly QuerySlot[]) => boolean): (tokens: readonly Token[], slots: readonly QuerySlot[]) => string | undefined {
  const wordKeys = createWordKeys(analyzer);
  const find = createPhraseFinder(words.governingQuestions, wordKeys);
  const breaks = new Set(words.clauseBreaks.map(foldGerman));
  const subjectOf = (allowed: ReadonlySet<string>) => (slot: QuerySlot): string | undefined => {
    for (const { term } of slot.alternatives) {
      const postings = index.postings.get(term) ?? [];
      const strongestTopic = Math.max(0, ...postings.filter(([doc]) => !index.docs[doc]!.outOfScope).map(([, weight]) => weight));
      const subject = postings.find(([doc, weight]) => weight >= MAX_FIELD_WEIGHT && weight > strongestTopic && allowed.has(index.docs[doc]!.id));
      if (subject) return index.docs[subject[0]]!.id;
    }
    return undefined;
  };
  return (tokens, slots) => {
    for (const hit of find(tokens.map((t) => wordKeys(t.folded)))) {
      const governed = governedSlots(hit.end, slots).map(subjectOf(candidates.governed)).find((id) => id !== undefined);
      if (governed) return governed;
      const clauseEnd = tokens.find((t) => t.index >= hit.end && breaks.has(t.folded))?.index ?? tokens.length;
      const clause = slots.filter((slot) => slot.token.index >= hit.end && slot.token.index < clauseEnd);
      const inClause = clause.map(subjectOf(candidates.clause)).find((id) => id !== undefined);
      if (inClause && !isRemit(clause)) return inClause;
    }
    return undefined;
  };
}
