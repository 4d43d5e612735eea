/** Words that carry no topic, per language, as loaded from `data/matching/stopwords.json`. */
export interface StopWordLists {
  de: readonly string[];
  en: readonly string[];
}

/** Tells whether a folded word is a function word in German or English. */
export type StopWordTest = (folded: string) => boolean;

/**
 * Builds one test over the German and English lists; the lists are folded the same way as the query.
 * @remarks One union list, because questions mix languages ("Was bedeutet 'reasonable accommodation'?").
 */
export function createStopWordTest(lists: StopWordLists, fold: (word: string) => string): StopWordTest {
  const words = new Set<string>();
  for (const word of [...lists.de, ...lists.en]) words.add(fold(word));
  return (folded) => words.has(folded);
}
