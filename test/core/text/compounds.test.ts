import { describe, expect, it } from 'vitest';
import { createCompoundSplitter } from '../../../src/core/text/compounds.js';

const known = new Set(['arbeitsplatz', 'umbau', 'ausbildung', 'vergutung', 'schwerbehindert', 'abgabe', 'werkstatt', 'dolmetscher', 'sommer', 'lohn', 'kosten', 'zuschuss']);
const split = createCompoundSplitter((part) => known.has(part));

describe('createCompoundSplitter', () => {
  it.each([
    ['arbeitsplatzumbau', ['arbeitsplatz', 'umbau']],
    ['ausbildungsvergutung', ['ausbildung', 'vergutung']],
    ['schwerbehindertenabgabe', ['schwerbehindert', 'abgabe']],
    ['lohnkostenzuschuss', ['lohn', 'kosten', 'zuschuss']],
  ])('splits %s completely, with linking elements', (word, parts) => {
    expect(split(word)).toEqual({ parts, complete: true });
  });

  it('falls back to a known head when the modifier is unknown', () => {
    expect(split('gebardendolmetscher')).toEqual({ parts: ['dolmetscher'], complete: false });
  });

  it('falls back to a known modifier when the head is unknown', () => {
    expect(split('sommerzeitfest')).toEqual({ parts: ['sommer'], complete: false });
  });

  it('keeps a known modifier and a known head around an unknown middle', () => {
    expect(split('sommerxyzdolmetscher')).toEqual({ parts: ['sommer', 'dolmetscher'], complete: false });
  });

  it('remembers the parts it looked at, but only so many (the words users type among them)', () => {
    let asked = 0;
    const counting = createCompoundSplitter((part) => { asked++; return known.has(part); });
    counting('arbeitsplatzumbau');
    const first = asked;
    counting('arbeitsplatzumbau');
    expect(asked).toBe(first);
    for (let i = 0; i < 25_000; i++) counting(`wort${i.toString(36)}gefunden`);
    asked = 0;
    expect(counting('arbeitsplatzumbau')).toEqual({ parts: ['arbeitsplatz', 'umbau'], complete: true });
    expect(asked).toBeGreaterThan(0);
  });

  it('returns null when no part is known or the word is short', () => {
    expect(split('bratkartoffel')).toBeNull();
    expect(split('umbau')).toBeNull();
  });
});
