import { describe, expect, it } from 'vitest';
import { boundBefore } from '../../../src/core/levy/bounds.js';
import { tokenizeQuestion } from '../../../src/core/levy/questionTokens.js';

/** The bound of the first count in `text`. */
const boundOfCount = (text: string) => {
  const tokens = tokenizeQuestion(text);
  return boundBefore(tokens, tokens.findIndex((t) => t.kind === 'number'));
};

// every bound of bounds.ts, of one word and of two (only the word right before the count is looked up first)
describe('boundBefore', () => {
  it.each([
    ['unter', 'below'], ['weniger als', 'below'], ['below', 'below'], ['under', 'below'], ['less than', 'below'], ['fewer than', 'below'],
    ['ab', 'other'], ['über', 'other'], ['ueber', 'other'], ['mehr als', 'other'], ['mindestens', 'other'], ['bis', 'other'], ['bis zu', 'other'],
    ['maximal', 'other'], ['höchstens', 'other'], ['over', 'other'], ['above', 'other'], ['more than', 'other'], ['at least', 'other'], ['up to', 'other'],
  ])('"%s 40 Arbeitsplätze" is %s', (bound, kind) => {
    expect(boundOfCount(`Betriebe ${bound} 40 Arbeitsplätze`)).toBe(kind);
  });

  it.each(['Betriebe mit 40 Arbeitsplätzen', '40 Arbeitsplätze', 'als 40 Arbeitsplätze', 'zu 40 Arbeitsplätze', 'than 40 staff'])('no bound: %s', (text) => {
    expect(boundOfCount(text)).toBeUndefined();
  });
});
