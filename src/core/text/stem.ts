import { newStemmer } from 'snowball-stemmers';

const german = newStemmer('german');
const english = newStemmer('english');

/** Stems computed ahead of time (at build), per stemming language: folded word → stem. */
export interface StemSnapshot {
  de: ReadonlyMap<string, string>;
  en: ReadonlyMap<string, string>;
}

let known: StemSnapshot = { de: new Map(), en: new Map() };
let recording: { de: Map<string, string>; en: Map<string, string> } | undefined;

/** Snowball German stem of a folded word (e.g. "arbeitsplatze" → "arbeitsplatz", "kundigung" → "kundig"). */
export function stemGerman(folded: string): string {
  const stem = known.de.get(folded) ?? german.stem(folded);
  recording?.de.set(folded, stem);
  return stem;
}

/** Snowball English (Porter2) stem of a folded word (e.g. "employees" → "employe"). */
export function stemEnglish(folded: string): string {
  const stem = known.en.get(folded) ?? english.stem(folded);
  recording?.en.set(folded, stem);
  return stem;
}

/**
 * Uses stems computed by the same stemmer ahead of time, so that building the indexes at start-up does not run
 * the (slow) Snowball port for every word of the knowledge; words not in the snapshot are stemmed as before.
 */
export function useStemSnapshot(snapshot: StemSnapshot): void {
  known = snapshot;
}

/** Records every stem computed while `run` runs (to write a snapshot at build time). */
export function recordStems(run: () => void): StemSnapshot {
  const recorded = { de: new Map<string, string>(), en: new Map<string, string>() };
  recording = recorded;
  try {
    run();
  } finally {
    recording = undefined;
  }
  return recorded;
}
