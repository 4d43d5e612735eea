import { describe, expect, it } from 'vitest';
import { syllableCount, textFigures } from '../../../src/core/language/index.js';

describe('syllableCount (vowel groups)', () => {
  it.each([
    ['Arbeit', 2],
    ['Behinderung', 4],
    ['Eingliederungszuschuss', 6],
    ['Euro', 2],
    ['Sie', 1],
    ['Geld', 1],
    ['Ausgleichs-Abgabe', 5],
    ['2025', 1],
    // a known undercount of the heuristic (Si-tu-a-ti-on has 5)
    ['Situation', 3],
  ])('%s: %i', (word, syllables) => {
    expect(syllableCount(word)).toBe(syllables);
  });
});

describe('textFigures', () => {
  // 2 sentences, 8 words; 1 word with more than 6 letters (Ausgleichs-Abgabe: 16 letters; kostet has 6).
  const text = 'Die Ausgleichs-Abgabe kostet Geld. Sie zahlen jeden Monat.';

  it('computes LIX by hand: 8 / 2 + 100 × 1 / 8 = 16.5', () => {
    expect(textFigures(text)).toMatchObject({ sentences: 2, words: 8, sentenceLengths: [4, 4], meanSentenceLength: 4, maxSentenceLength: 4, longWords: 1, lix: 16.5 });
  });

  it('computes WSTF1 by hand: MS 12.5, SL 4, IW 12.5, ES 37.5', () => {
    // 0.1935 × 12.5 + 0.1672 × 4 + 0.1297 × 12.5 − 0.0327 × 37.5 − 0.875
    expect(textFigures(text).wstf1).toBeCloseTo(2.60755, 5);
  });

  it('separates a standard sentence from its simple rewrite', () => {
    const standard = 'Arbeitgeber mit jahresdurchschnittlich mindestens zwanzig Arbeitsplätzen müssen wenigstens fünf Prozent davon mit schwerbehinderten Menschen besetzen.';
    const simple = 'Haben Sie 20 Arbeits-Plätze oder mehr? Dann gilt eine Pflicht. Auf 5 von 100 Plätzen arbeiten Menschen mit Schwer-Behinderung.';
    expect(textFigures(standard).lix).toBeGreaterThan(60);
    expect(textFigures(simple).lix).toBeLessThan(40);
    expect(textFigures(standard).wstf1).toBeGreaterThan(textFigures(simple).wstf1 + 5);
  });

  it('gives zeros for a text without words', () => {
    expect(textFigures(' – ')).toMatchObject({ sentences: 0, words: 0, lix: 0, wstf1: 0 });
  });
});
