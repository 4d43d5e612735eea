import { foldText } from './fold.js';

/** Articles and demonstratives before a noun that points back to something said ("der Schutz", "this grant"). */
const DEFINITE: ReadonlySet<string> = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'dieser', 'diese', 'diesen', 'diesem', 'dieses', 'the', 'this', 'that']);
/** A head shorter than this ("Amt") says too little to point at one topic. */
const MIN_HEAD = 4;
/** Case endings a head may carry in the message ("des Zuschusses", "die Prämien"). */
const ENDINGS = /(?:es|en|s|n|e)$/u;

/** The words of a topic's names (titles, short titles, keywords), folded: what a head noun is looked up in. */
export function nameWords(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((name) => foldText(name).split(' ')).filter((word) => word.length >= MIN_HEAD))];
}

/**
 * Whether a message points back at the topic under discussion by the head of one of its names after an article:
 * "Gilt der Schutz dann trotzdem?" (Besonderer Kündigungsschutz), "Bekommen wir den Zuschuss dann auch?"
 * (Eingliederungszuschuss). A filler word ("Arbeit") is no head.
 */
export function refersByHead(foldedText: string, topicNameWords: readonly string[], fillers: ReadonlySet<string>): boolean {
  const words = foldedText.split(' ');
  return words.some((word, i) => {
    if (i === 0 || !DEFINITE.has(words[i - 1]!) || word.length < MIN_HEAD || fillers.has(word)) return false;
    const stem = word.replace(ENDINGS, '');
    return topicNameWords.some((name) => name.endsWith(word) || (stem.length >= MIN_HEAD && name.endsWith(stem)));
  });
}
