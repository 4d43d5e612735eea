import { newStemmer } from 'snowball-stemmers';

const german = newStemmer('german');
const english = newStemmer('english');

/** Snowball German stem of a folded word (e.g. "arbeitsplatze" → "arbeitsplatz", "kundigung" → "kundig"). */
export function stemGerman(folded: string): string {
  return german.stem(folded);
}

/** Snowball English (Porter2) stem of a folded word (e.g. "employees" → "employe"). */
export function stemEnglish(folded: string): string {
  return english.stem(folded);
}
