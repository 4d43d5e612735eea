import { foldGerman } from '../text/fold.js';

// German inflection endings of nouns naming people and places: Köche, Friseurin, Bäckereien, Schweißern
const ENDINGS = ['', 'e', 'en', 'n', 's', 'es', 'in', 'innen', 'er', 'ern'];
// the head of a compound must be a real word ("…meister", "…kanzlei"), not a syllable
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;

/** What the knowledge says about a folded word. */
export interface WordKnowledge {
  /** The word names a topic (keyword-like field of an in-scope topic): "Schule" of "Schule trifft Arbeitswelt". */
  namesTopic(folded: string): boolean;
  /** The word is indexed at all, also as an out-of-scope subject ("Krankenkasse"). */
  isIndexed(folded: string): boolean;
}

/** True for an ordinary word; `isListed` also for one that some topic names ("Stadtverwaltung" for the Fachstellen). */
export type OrdinaryWordTest = ((folded: string) => boolean) & { isListed(folded: string): boolean };

/**
 * Creates the test for ordinary words (`data/matching/ordinary-words.json`): occupations, company types and
 * everyday nouns in their inflected forms unless they name a topic, and compounds whose head is one
 * ("Dachdeckermeister") unless the compound or its modifier is indexed ("Inklusionsabteilung", "Krankenkasse",
 * "Fußballmeister").
 */
export function createOrdinaryWordTest(words: readonly string[], knowledge: WordKnowledge): OrdinaryWordTest {
  const forms = new Set<string>();
  for (const word of words) {
    const folded = foldGerman(word).replaceAll('-', '');
    for (const ending of ENDINGS) forms.add(folded + ending);
  }
  const isListed = (folded: string): boolean => forms.has(folded);
  const test = (folded: string): boolean => {
    if (forms.has(folded)) return !knowledge.namesTopic(folded);
    if (knowledge.isIndexed(folded)) return false;
    for (let start = MIN_MODIFIER; folded.length - start >= MIN_HEAD; start++) {
      // "Fußballmeister" is about football: a modifier the knowledge indexes keeps the compound meaningful
      if (forms.has(folded.slice(start))) return !knowledge.isIndexed(folded.slice(0, start));
    }
    return false;
  };
  return Object.assign(test, { isListed });
}
