import { describe, expect, it } from 'vitest';
import { editDistance, letterDifference, letterSet, lettersLacking } from '../../../src/core/regions/typoMatcher.js';
import { realRegions } from './regionsFixture.js';

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

/** The word itself and its slips: a letter dropped, doubled, swapped with the next or changed, a letter added. */
function misspellings(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) {
    out.push(word.slice(0, i) + word.slice(i + 1), word.slice(0, i + 1) + word.slice(i), word.slice(0, i) + 'e' + word.slice(i));
    if (i + 1 < word.length) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const letter of ['a', 'k', 'z', ' ', 'ß']) out.push(word.slice(0, i) + letter + word.slice(i + 1));
  }
  return out;
}

describe('lettersLacking: a lower bound of the letter difference, so a key it rules out is one the letter difference rules out', () => {
  it.each([
    ['bielfeld', 'bielefeld', 0],
    ['schwager', 'schwerte', 2],
    ['hilfen', 'hilden', 1],
    ['', 'unna', 3],
    ['aachen', 'aachen', 0],
  ])('%s / %s: %i', (a, b, lacking) => {
    expect(lettersLacking(letterSet(a), letterSet(b))).toBe(lacking);
  });

  it('never exceeds the letter difference or the edit distance of the test words', () => {
    for (const a of words) for (const b of words) {
      const bound = lettersLacking(letterSet(a), letterSet(b));
      expect(bound, `${a} / ${b}`).toBeLessThanOrEqual(letterDifference(a, b));
      expect(bound, `${a} / ${b}`).toBeLessThanOrEqual(editDistance(a, b));
    }
  });

  it('never exceeds the letter difference of any misspelling of a place key and any key that starts like it', () => {
    const keys = realRegions().index.typo.keys;
    const byFirst = new Map<string, string[]>();
    for (const key of keys) byFirst.set(key.charAt(0), [...(byFirst.get(key.charAt(0)) ?? []), key]);
    let pairs = 0;
    for (const key of keys) {
      for (const word of misspellings(key)) {
        const letters = letterSet(word);
        for (const other of byFirst.get(word.charAt(0)) ?? []) {
          const bound = lettersLacking(letters, letterSet(other));
          if (bound > letterDifference(word, other)) expect.fail(`${word} / ${other}: ${bound} > ${letterDifference(word, other)}`);
          pairs++;
        }
      }
    }
    expect(pairs).toBeGreaterThan(100_000);
  });
});
