import { describe, expect, it } from 'vitest';
import { forEachMatch } from '../../../src/core/text/matches.js';

/** The matches as [index, text, groups…], by forEachMatch and by matchAll. */
const viaForEach = (pattern: RegExp, text: string) => {
  const found: unknown[][] = [];
  forEachMatch(pattern, text, (m) => found.push([m.index, ...m]));
  return found;
};
const viaMatchAll = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, ...m]);

describe('forEachMatch (matchAll without its copies)', () => {
  const texts = ['', 'wer zahlt das, und wie lange?', 'danke 😀 schön 𝔘nd tschüss', 'aaa b aa', '€ 1.200 für 3 monate', 'a1, b22. c333!', 'a😀xxb'];
  const patterns = [/\b(?:wer|wie)\b/giu, /[\p{L}\p{N}%€']+/gu, /a*/gu, /(?:)/gu, /x*/g, /x*/gu, /\b/g, /\bda(?:nk|s)\w*/gu, /\p{Extended_Pictographic}?/gu, /(\d+)|([\p{L}]+)|([,.!?])/gu];
  for (const pattern of patterns) {
    it(`gives the matches and groups matchAll gives for ${pattern}`, () => {
      for (const text of texts) expect(viaForEach(pattern, text)).toEqual(viaMatchAll(pattern, text));
    });
  }

  it('starts at 0 whatever lastIndex was, and leaves the pattern reusable (lastIndex back at 0)', () => {
    const pattern = /\d+/g;
    pattern.lastIndex = 3;
    expect(viaForEach(pattern, '12 34')).toEqual([[0, '12'], [3, '34']]);
    expect(pattern.lastIndex).toBe(0);
    expect(viaForEach(pattern, '12 34')).toEqual([[0, '12'], [3, '34']]);
  });
});
