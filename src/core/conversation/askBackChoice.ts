import { foldText } from './fold.js';

/** Question words shorter than this carry no subject ("den", "was"). */
const MIN_WORD = 4;
/** Words are compared by their first letters ("Aufträgen" finds "Aufträge"). */
const STEM = 6;
/** Another offered topic must hold the words this many times as often as the first one. */
const WIN_FACTOR = 2;

/** How often each beginning (MIN_WORD to STEM letters) of a word stands in a topic's texts; see {@link choiceWords}. */
export type ChoiceWords = ReadonlyMap<string, number>;

/**
 * Counts the word beginnings of a topic's texts once (the texts never change), so that a follow-up is compared by
 * looking its words up instead of scanning every text again.
 */
export function choiceWords(text: string): ChoiceWords {
  const counts = new Map<string, number>();
  for (const word of foldText(text).split(' ')) {
    for (let length = MIN_WORD; length <= Math.min(STEM, word.length); length++) {
      const start = word.slice(0, length);
      counts.set(start, (counts.get(start) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * After an ask-back, the offered topic a follow-up is about: the one whose texts hold most of the follow-up's own
 * words ("Wer zahlt dann den Lohn?" → the topic that speaks of Lohnkosten). Words that only ask the facet
 * (`isCueWord`) or carry no subject (`fillers`) do not count. Another choice wins only with at least twice the
 * first choice's hits; otherwise undefined (stay with the first choice).
 * @param choices the offered topics, in the order offered, each with the {@link choiceWords} of all its texts
 */
export function askBackChoice(question: string, choices: readonly { id: string; words: ChoiceWords }[], fillers: ReadonlySet<string>, isCueWord: (word: string) => boolean): string | undefined {
  const words = foldText(question).split(' ').filter((w) => w.length >= MIN_WORD && !fillers.has(w) && !isCueWord(w)).map((w) => w.slice(0, STEM));
  if (words.length === 0) return undefined;
  const hitsIn = (counts: ChoiceWords) => words.reduce((sum, w) => sum + (counts.get(w) ?? 0), 0);
  const [first, ...others] = choices;
  if (!first) return undefined;
  const firstHits = hitsIn(first.words);
  let best: { id: string; hits: number } | undefined;
  for (const choice of others) {
    const hits = hitsIn(choice.words);
    if (hits > 0 && hits >= WIN_FACTOR * firstHits && (!best || hits > best.hits)) best = { id: choice.id, hits };
  }
  return best?.id;
}
