import { describe, expect, it } from 'vitest';
import { resolvePlace } from '../../../src/core/regions/index.js';
import { placeOutcome, realRegions } from './regionsFixture.js';

// round 11: places named together, and a verb that is also a town (own sentences)
const regions = realRegions();

describe('a verb that is also a town right after a place, a place denied', () => {
  it.each([
    ['An wen kann ich mich in Köln wenden?', '05315'],
    // a place denied beside another is not meant
    ['Nicht Köln, sondern Bonn.', '05314'],
  ])('%s → %s', (text, expected) => {
    expect(placeOutcome(resolvePlace(regions, text))).toBe(expected);
  });
});

describe('places of one district named together are sites', () => {
  it('each place, with where it is named', () => {
    const text = 'Das Lager ist in Kempen, das Büro in Hamm.';
    const found = resolvePlace(regions, text);
    expect(found.kind === 'ambiguous' && found.sites).toBe(true);
    expect(found.kind === 'ambiguous' ? found.spans.map((s) => [text.slice(s.at, s.at + 4), s.districtKey]) : []).toEqual([['Kemp', '05166'], ['Hamm', '05915']]);
  });
  it('a question without the place is no statement of place', () => {
    const found = resolvePlace(regions, "When is it due? We're based in Dorsten.");
    expect(found.kind === 'district' && found.statement).toBe(false);
  });
});
