import { letterCount, wordsOf } from './sentences.js';

const SEPARATOR = /[-·‐]/u;

/**
 * Words with more than `maxLetters` letters and neither "-" nor "·" in them ("Ausgleichsabgabe", not "Ausgleichs-Abgabe").
 * @remarks Letters are counted without separators and digits. Proper names on the list pass, also with a genitive "s".
 */
export function findUnsplitLongWords(text: string, maxLetters: number, properNames: readonly string[]): string[] {
  const names = new Set(properNames);
  const isName = (w: string): boolean => names.has(w) || (w.endsWith('s') && names.has(w.slice(0, -1)));
  const long = wordsOf(text).filter((w) => letterCount(w) > maxLetters && !SEPARATOR.test(w) && !isName(w));
  return [...new Set(long)];
}
