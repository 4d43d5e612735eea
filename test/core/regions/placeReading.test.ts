import { describe, expect, it } from 'vitest';
import { resolvePlace } from '../../../src/core/regions/index.js';
import { typoCost } from '../../../src/core/regions/typoMatcher.js';
import { placeOutcome, realRegions } from './regionsFixture.js';

// round 8: three ways a place inside a sentence was lost (own sentences)
const regions = realRegions();


describe('a town before a bracket or comma with "Kreis"', () => {
  it.each([
    ['Unser Betrieb ist in Hilden (Kreis ME).', '05158'],
    ['Firma in Hilden, Kreis Mettmann', '05158'],
    ['Wir sind aus Menden (Sauerland), Märkischer Kreis', '05962'],
    // an adjective right before "Kreis" is still inflected
    ['Betrieb im Märkischen Kreis', '05962'],
    ['Sitz des Oberbergischen Kreises', '05374'],
  ])('%s → %s', (text, expected) => {
    expect(placeOutcome(resolvePlace(regions, text))).toBe(expected);
  });
});

describe('misspelt towns: a doubled letter typed once beats a changed letter', () => {
  it.each([
    ['Wir haben einen Betrieb in Schmalenberg', '05958'],
    ['Standort Schmalenberg im Sauerland', '05958'],
  ])('%s → %s', (text, expected) => {
    expect(placeOutcome(resolvePlace(regions, text))).toBe(expected);
  });

  it('costs a doubling and a swap less than a changed letter', () => {
    expect(typoCost('schmalenberg', 'schmallenberg')).toBeLessThan(typoCost('schmalenberg', 'schwalenberg'));
    expect(typoCost('bielfeld', 'bielefeld')).toBe(1);
    expect(typoCost('gelsenkrichen', 'gelsenkirchen')).toBeLessThan(1);
  });
});

describe('the seat of an office is not where the business is', () => {
  it.each([
    ['Ist das LWL-Inklusionsamt in Münster auch für unseren Betrieb aus Paderborn zuständig?', '05774'],
    ['Hilft die Agentur für Arbeit in Düsseldorf auch Firmen aus Ratingen?', '05158'],
    // without a contradiction the seat is the place asked for
    ['Wie erreiche ich das Inklusionsamt in Köln?', '05315'],
    // two places of the business still ask which one
    ['Wir haben Filialen in Münster und Paderborn', 'ask:05515,05774'],
  ])('%s → %s', (text, expected) => {
    expect(placeOutcome(resolvePlace(regions, text))).toBe(expected);
  });
});
