import { describe, expect, it } from 'vitest';
import { foldGerman } from '../../../src/core/text/fold.js';

describe('foldGerman', () => {
  it.each([
    ['für', 'fur'],
    ['fuer', 'fur'],
    ['Straße', 'strasse'],
    ['Arbeitsplätze', 'arbeitsplatze'],
    ['ARBEITSPLAETZE', 'arbeitsplatze'],
    ['Kündigung', 'kundigung'],
    ['Kuendigung', 'kundigung'],
    ['Höhe', 'hohe'],
    ['Hoehe', 'hohe'],
    ['Düsseldorf', 'dusseldorf'],
    ['Duesseldorf', 'dusseldorf'],
  ])('folds %s to %s', (input, folded) => {
    expect(foldGerman(input)).toBe(folded);
  });

  it.each([
    ['neue', 'neue'],
    ['Steuer', 'steuer'],
    ['Quelle', 'quelle'],
    ['bauen', 'bauen'],
  ])('keeps "ue" after a vowel or q: %s', (input, folded) => {
    expect(foldGerman(input)).toBe(folded);
  });
});
