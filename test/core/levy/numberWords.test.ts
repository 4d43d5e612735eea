import { describe, expect, it } from 'vitest';
import { germanNumberWord, isEnglishNumberWord } from '../../../src/core/levy/numberWords.js';

describe('germanNumberWord', () => {
  it.each([
    ['drei', 3], ['zwölf', 12], ['Fünfzehn', 15], ['dreißig', 30], ['dreiundachtzig', 83], ['einundzwanzig', 21],
    ['hundert', 100], ['einhundertzwanzig', 120], ['zweihundertdreiundachtzig', 283], ['tausend', 1000],
    ['zweitausendfünfhundert', 2500], ['tausendundeins', 1001], ['ein', 1],
  ])('%s is %i', (word, value) => {
    expect(germanNumberWord(word)).toBe(value);
  });

  it.each(['arbeitsplätze', 'schwerbehinderte', 'und', 'dreist', 'hunderte', 'zehnte', 'übersicht', 'achtung', 'neunmal'])('%s is no number word', (word) => {
    expect(germanNumberWord(word)).toBeUndefined();
  });
});

describe('isEnglishNumberWord', () => {
  it.each([['twenty', true], ['twenty-three', true], ['hundred', true], ['and', false], ['twenty-something', false], ['employees', false]])('%s: %s', (word, expected) => {
    expect(isEnglishNumberWord(word)).toBe(expected);
  });
});
