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

  it('returns null when no part is known or the word is short', () => {
    expect(split('bratkartoffel')).toBeNull();
    expect(split('umbau')).toBeNull();
  });
});
