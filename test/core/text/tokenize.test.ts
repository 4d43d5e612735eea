import { describe, expect, it } from 'vitest';
import { countTokens, tokenize } from '../../../src/core/text/tokenize.js';

describe('tokenize', () => {
  it('splits on punctuation, joins hyphenated compounds and folds each word', () => {
    expect(tokenize('LVR-Inklusionsamt: Zuschüsse? Wir - ihr').map((t) => t.folded)).toEqual(['lvrinklusionsamt', 'zuschusse', 'wir', 'ihr']);
  });

  it('drops one-letter words but keeps numbers of any length', () => {
    expect(tokenize("Gibt's 5 % für 3 Jahre?").map((t) => t.raw)).toEqual(['Gibt', '5', 'für', '3', 'Jahre']);
  });

  it('marks capitalised words, acronyms and numbers', () => {
    const [eaa, koeln, plz, frage] = tokenize('EAA Köln 50667 frage');
    expect(eaa).toMatchObject({ acronym: true, capitalised: false, numeric: false });
    expect(koeln).toMatchObject({ acronym: false, capitalised: true });
    expect(plz).toMatchObject({ numeric: true, acronym: false });
    expect(frage).toMatchObject({ capitalised: false, acronym: false, index: 3 });
  });

  it('returns nothing for emoji and symbols', () => {
    expect(tokenize('🙂🙂 ??? -- !!')).toEqual([]);
  });
});

describe('countTokens', () => {
  it.each(['', 'Gibt\'s das?', 'LVR-Inklusionsamt in 50667 Köln, z. B. ab 1. Mai', 'a b c', 'Menschen mit Behinderung – 3 Azubis'])('counts the tokens tokenize makes of %j', (text) => {
    expect(countTokens(text)).toBe(tokenize(text).length);
  });
});
