import { describe, expect, it } from 'vitest';
import { forEachMatch } from '../../../src/core/conversation/coveredWords.js';

const spans = (pattern: RegExp, text: string): [number, number][] => {
  const found: [number, number][] = [];
  forEachMatch(pattern, text, (start, end) => found.push([start, end]));
  return found;
};
const byMatchAll = (pattern: RegExp, text: string): [number, number][] => [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);

describe('forEachMatch (matchAll without its copies)', () => {
  const texts = ['', 'wer zahlt das, und wie lange?', 'danke 😀 schön 𝔘nd tschüss', 'aaa b aa', '€ 1.200 für 3 monate'];
  const patterns = [/\b(?:wer|wie)\b/giu, /[\p{L}\p{N}%€']+/gu, /a*/gu, /(?:)/gu, /x*/g, /\bda(?:nk|s)\w*/gu, /\p{Extended_Pictographic}?/gu];
  for (const pattern of patterns) {
    it(`gives the spans matchAll gives for ${pattern}`, () => {
      for (const text of texts) expect(spans(pattern, text)).toEqual(byMatchAll(pattern, text));
    });
  }

  it('leaves the pattern reusable (lastIndex back at 0)', () => {
    const pattern = /b/gu;
    spans(pattern, 'abcb');
    expect(pattern.lastIndex).toBe(0);
    expect(spans(pattern, 'abcb')).toEqual([[1, 2], [3, 4]]);
  });
});
