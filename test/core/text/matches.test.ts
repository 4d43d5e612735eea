import { describe, expect, it } from 'vitest';
import { forEachMatch } from '../../../src/core/text/matches.js';

/** The matches as [index, text, groups…], by forEachMatch and by matchAll. */
const viaForEach = (pattern: RegExp, text: string) => {
  const found: unknown[][] = [];
  forEachMatch(pattern, text, (m) => found.push([m.index, ...m]));
  return found;
};
const viaMatchAll = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, ...m]);

describe('forEachMatch gives what matchAll gives', () => {
  it.each([
    [/[\p{L}\p{N}]+/gu, 'Wir haben 85 Arbeitsplätze – und 2 😀 Schwerbehinderte.'],
    [/(\d+)|([\p{L}]+)|([,.!?])/gu, 'a1, b22. c333!'],
    [/x*/gu, 'a😀xxb'],
    [/x*/g, 'a😀xxb'],
    [/(?:)/gu, '😀😀'],
    [/\b/g, 'zwei Wörter'],
    [/nothing/g, 'no match here'],
  ])('%s in %j', (pattern, text) => {
    expect(viaForEach(pattern, text)).toEqual(viaMatchAll(pattern, text));
  });

  it('leaves the pattern at lastIndex 0, whatever it was before', () => {
    const pattern = /\d+/g;
    pattern.lastIndex = 3;
    expect(viaForEach(pattern, '12 34')).toEqual([[0, '12'], [3, '34']]);
    expect(pattern.lastIndex).toBe(0);
  });
});
