import { foldText } from './fold.js';

/** Question words shorter than this carry no subject ("den", "was"). */
const MIN_WORD = 4;
/** Words are compared by their first letters ("Aufträgen" finds "Aufträge"). */
const STEM = 6;
/** The chosen topic must hold the words this many times as often as every other offered topic. */
const WIN_FACTOR = 2;
/** The recognizer scored an offered topic clearly ahead when the next one has at most this share of its score. */
const LEAD_SHARE = 0.6;

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
 * (`isCueWord`) or carry no subject (`fillers`) do not count. A topic wins only with at least twice the hits of every
 * other offered topic; otherwise undefined (the words decide nothing).
 * @param choices the offered topics, each with the {@link choiceWords} of all its texts
 */
export function askBackChoice(question: string, choices: readonly { id: string; words: ChoiceWords }[], fillers: ReadonlySet<string>, isCueWord: (word: string) => boolean): string | undefined {
  const words = foldText(question).split(' ').filter((w) => w.length >= MIN_WORD && !fillers.has(w) && !isCueWord(w)).map((w) => w.slice(0, STEM));
  if (words.length === 0) return undefined;
  const hits = choices.map((choice) => ({ id: choice.id, hits: words.reduce((sum, w) => sum + (choice.words.get(w) ?? 0), 0) })).sort((a, b) => b.hits - a.hits);
  const [best, next] = hits;
  return best && best.hits > 0 && best.hits >= WIN_FACTOR * (next?.hits ?? 0) ? best.id : undefined;
}

/**
 * The offered topic the recognizer scored clearly ahead of the others (the next has at most {@link LEAD_SHARE} of
 * its score), whatever the order of the buttons (the one-stop advice point may be offered first); else undefined,
 * and a follow-up that names none of them is asked again.
 */
export function leadingChoice(topics: readonly { id: string; score: number }[]): string | undefined {
  const [best, next] = [...topics].sort((a, b) => b.score - a.score);
  return best && best.score > 0 && (next?.score ?? 0) <= best.score * LEAD_SHARE ? best.id : undefined;
}
