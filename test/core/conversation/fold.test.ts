import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/core/conversation/index.js';

describe('foldText', () => {
  it.each([
    ['Eingliederungs-Zuschuss', 'eingliederungszuschuss'],
    ['A-B-C', 'ab c'],
    ['Budget – für Arbeit', 'budget für arbeit'],
    ['50 % mehr, 1.000 €!', '50 % mehr 1 000 €'],
    ["Geht's?", "geht's"],
    // every kind of white space, also where punctuation stands beside it, is one space
    ['  Wer\tzahlt\u00a0das?\n', 'wer zahlt das'],
    ['Wer\u3000zahlt\u2028das\ufeff?', 'wer zahlt das'],
    ['---', ''],
    ['', ''],
  ])('%j → %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});
