import { describe, expect, it } from 'vitest';
import { editDistance, letterDifference } from '../../../src/core/regions/typoMatcher.js';

const words = ['bielefeld', 'bielfeld', 'lippstadt', 'lipstadt', 'gelsenkirchen', 'gelsenkirchn', 'schwerte', 'schwager', 'hilden', 'hilfen',
  'koeln', 'kolen', 'muenster', 'munster', 'paderborn', 'padreborn', 'essen', 'esen', 'unna', 'xanten', 'aachen', 'achen', ''];

describe('letterDifference: a lower bound of the edit distance, so a bucket it rules out holds no plausible typo', () => {
  it.each([
    ['bielfeld', 'bielefeld', 1],
    ['padreborn', 'paderborn', 0],
    ['schwager', 'schwerte', 2],
    ['essen', 'esen', 1],
    ['', 'unna', 4],
  ])('%s / %s: %i', (a, b, difference) => {
    expect(letterDifference(a, b)).toBe(difference);
  });

  it('never exceeds the edit distance', () => {
    for (const a of words) for (const b of words) expect(letterDifference(a, b), `${a} / ${b}`).toBeLessThanOrEqual(editDistance(a, b));
  });
});
