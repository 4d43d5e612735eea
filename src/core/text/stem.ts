import { createRequire } from 'node:module';
import type { newStemmer, Stemmer } from 'snowball-stemmers';

type StemmingLanguage = 'german' | 'english';
const stemmers = new Map<StemmingLanguage, Stemmer>();

/** The Snowball stemmer, loaded on the first word a snapshot lacks (a start with a snapshot does not need it). */
function snowball(language: StemmingLanguage): Stemmer {
  let stemmer = stemmers.get(language);
  if (!stemmer) {
    const snowballModule = createRequire(import.meta.url)('snowball-stemmers') as { newStemmer: typeof newStemmer };
    stemmer = snowballModule.newStemmer(language);
    stemmers.set(language, stemmer);
  }
  return stemmer;
}

/** Stems computed ahead of time (at build), per stemming language: folded word → stem. */
export interface StemSnapshot {
  de: ReadonlyMap<string, string>;
  en: ReadonlyMap<string, string>;
}

let known: StemSnapshot = { de: new Map(), en: new Map() };
let recording: { de: Map<string, string>; en: Map<string, string> } | undefined;

/** Snowball German stem of a folded word (e.g. "arbeitsplatze" → "arbeitsplatz", "kundigung" → "kundig"). */
export function stemGerman(folded: string): string {
  const stem = known.de.get(folded) ?? snowball('german').stem(folded);
  recording?.de.set(folded, stem);
  return stem;
}

/** Snowball English (Porter2) stem of a folded word (e.g. "employees" → "employe"). */
export function stemEnglish(folded: string): string {
  const stem = known.en.get(folded) ?? snowball('english').stem(folded);
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
