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

describe('isEnglishNumberWord against the tables', () => {
  // the tables' own words only: `in`, used before, also found what every object inherits ("constructor")
  const units = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
  const scales = { hundred: 100, thousand: 1000 };
  const former = (word: string): boolean => word.split('-').every((part) => Object.hasOwn(units, part) || Object.hasOwn(scales, part));
  // the callers pass lower-case words of letters, digits and hyphens (the levy tokens, the recognizer's folded tokens)
  const inherited = Object.getOwnPropertyNames(Object.prototype).map((name) => name.toLowerCase()).filter((name) => /^[\p{L}\p{N}-]+$/u.test(name));
  const words = [...Object.keys(units), ...Object.keys(scales), ...inherited, 'and', 'a', 'an', 'employees', 'twenty-three', 'forty-constructor', 'one-hundred', 'hundreds'];

  it.each(words)('%j is a number word only when the tables hold every part', (word) => {
    expect(isEnglishNumberWord(word)).toBe(former(word));
  });

  it('finds every number word of the tables', () => {
    expect([...Object.keys(units), ...Object.keys(scales)].every(isEnglishNumberWord)).toBe(true);
  });
});

describe('words that name properties of every object are no numbers', () => {
  it.each(['constructor', 'tostring', 'valueof', '__proto__', 'hasownproperty'])('%s', (word) => {
    expect(germanNumberWord(word)).toBeUndefined();
    expect(isEnglishNumberWord(word)).toBe(false);
  });
  it('is no article count in a levy sentence', async () => {
    const { tokenizeQuestion } = await import('../../../src/core/levy/questionTokens.js');
    expect(tokenizeQuestion('constructor schwerbehinderte Mitarbeiter').filter((t) => t.kind === 'number')).toEqual([]);
  });
});
