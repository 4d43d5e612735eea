import { describe, expect, it } from 'vitest';
import { createPhraseFinder, createPhraseFinders, MAX_GAP_WORDS } from '../../../src/core/recognizer/phraseMatcher.js';
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

describe('createPhraseFinders', () => {
  const lists = [['an wen wende ich mich', 'wende'], ['kommen … in frage', 'an wen'], [], ['frage', 'an wen wende ich mich']];
  const together = createPhraseFinders(lists, (folded) => [folded]);
  const alone = lists.map((phrases) => createPhraseFinder(phrases, (folded) => [folded]));

  it.each(['An wen wende ich mich, und welche Hilfen kommen in Frage?', 'Frage: an wen?', 'nichts davon', ''])('gives each list the hits of its own finder: %s', (text) => {
    const found = together(keysOf(text));
    expect(found).toHaveLength(lists.length);
    expect(found).toEqual(alone.map((find) => find(keysOf(text))));
  });

  it('finds a phrase that stands in two lists in both', () => {
    expect(together(keysOf('an wen wende ich mich')).map((hits) => hits.map((h) => h.phrase))).toEqual([['an wen wende ich mich', 'wende'], ['an wen'], [], ['an wen wende ich mich']]);
  });
});
