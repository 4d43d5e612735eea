import { describe, expect, it } from 'vitest';
import { createPhraseFinder, MAX_GAP_WORDS } from '../../../src/core/recognizer/phraseMatcher.js';
import { tokenize } from '../../../src/core/text/tokenize.js';

/** Words compare by their folded form only here, so the test is about positions, not stemming. */
const keysOf = (text: string) => tokenize(text).map((t) => [t.folded]);
const finder = createPhraseFinder(['an wen wende ich mich', 'kommen … in frage', 'was steht uns … zu'], (folded) => [folded]);
const found = (text: string) => finder(keysOf(text)).map((h) => [h.phrase, h.start, h.end]);

describe('createPhraseFinder', () => {
  it('finds a phrase only with its words in a row', () => {
    expect(found('An wen wende ich mich?')).toEqual([['an wen wende ich mich', 0, 5]]);
    expect(found('An wen genau wende ich mich?')).toEqual([]);
  });

  it('lets "…" stand for no word or up to three words', () => {
    expect(found('Welche Hilfen kommen in Frage?')).toEqual([['kommen … in frage', 2, 5]]);
    expect(found('Welche Förderungen kommen für meinen Betrieb in Frage?')).toEqual([['kommen … in frage', 2, 8]]);
    expect(found('Was steht uns als kleinem Betrieb zu?')).toEqual([['was steht uns … zu', 0, 7]]);
    expect(MAX_GAP_WORDS).toBe(3);
    expect(found('Kommen für unseren sehr kleinen Betrieb in Frage?')).toEqual([]);
  });

  it('keeps the order of the parts around "…"', () => {
    expect(found('In Frage kommen sie nicht')).toEqual([]);
  });
});
