import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldGerman } from '../../../src/core/text/fold.js';

/** The fold letter by letter, without the shortcut for words with nothing to fold (the Lucene rule, as fold.ts). */
function foldByLetter(text: string): string {
  let out = '';
  let state: 'N' | 'V' | 'U' = 'N';
  for (const ch of text.normalize('NFC').toLowerCase()) {
    switch (ch) {
      case 'ß': out += 'ss'; state = 'N'; break;
      case 'ä': out += 'a'; state = 'V'; break;
      case 'ö': out += 'o'; state = 'V'; break;
      case 'ü': out += 'u'; state = 'V'; break;
      case 'a': case 'o': out += ch; state = 'U'; break;
      case 'u': out += ch; state = state === 'N' ? 'U' : 'V'; break;
      case 'e': if (state !== 'U') out += ch; state = 'V'; break;
      case 'i': case 'q': case 'y': out += ch; state = 'V'; break;
      default: out += ch; state = 'N';
    }
  }
  return out;
}

describe('foldGerman', () => {
  it.each([
    ['für', 'fur'],
    ['fuer', 'fur'],
    ['Straße', 'strasse'],
    ['Arbeitsplätze', 'arbeitsplatze'],
    ['ARBEITSPLAETZE', 'arbeitsplatze'],
    ['Kündigung', 'kundigung'],
    ['Kuendigung', 'kundigung'],
    ['Höhe', 'hohe'],
    ['Hoehe', 'hohe'],
    ['Düsseldorf', 'dusseldorf'],
    ['Duesseldorf', 'dusseldorf'],
  ])('folds %s to %s', (input, folded) => {
    expect(foldGerman(input)).toBe(folded);
  });

  it.each([
    ['neue', 'neue'],
    ['Steuer', 'steuer'],
    ['Quelle', 'quelle'],
    ['bauen', 'bauen'],
  ])('keeps "ue" after a vowel or q: %s', (input, folded) => {
    expect(foldGerman(input)).toBe(folded);
  });
});

describe('foldGerman on the words of the data and the study questions', () => {
  const root = resolve(import.meta.dirname, '../../..');
  const files = [
    ...readdirSync(join(root, 'data/regions')).filter((f) => f.endsWith('.json')).map((f) => join(root, 'data/regions', f)),
    ...readdirSync(join(root, 'test/core/recognizer')).filter((f) => f.endsWith('.jsonl')).map((f) => join(root, 'test/core/recognizer', f)),
  ];
  const words = new Set(files.flatMap((file) => readFileSync(file, 'utf8').split(/[^\p{L}\p{M}\p{N}]+/u)));

  it('folds every word as the letter-by-letter fold does', () => {
    expect(words.size).toBeGreaterThan(3000);
    const differing = [...words].filter((word) => foldGerman(word) !== foldByLetter(word));
    expect(differing).toEqual([]);
  });

  it.each(['Bär', 'Maß', 'Soest', 'Kamp-Lintfort', 'ÜBER', 'Oelde', 'Mauer', 'Aegidienberg', 'Hoeness', 'e\u0301', 'Hu\u0308ls'])('%s as the letter-by-letter fold', (word) => {
    expect(foldGerman(word)).toBe(foldByLetter(word));
  });
});
