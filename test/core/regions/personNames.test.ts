import { describe, expect, it } from 'vitest';
import { resolvePlace } from '../../../src/core/regions/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { realRegions, ROOT } from './regionsFixture.js';

const regions = realRegions();
const districtOf = (text: string): string | undefined => {
  const found = resolvePlace(regions, text);
  return found.kind === 'district' ? found.district.key : found.kind;
};

describe('a name after Frau/Herr/"mein Name ist" is a person, not a place', () => {
  it.each([
    ['Guten Tag, mein Name ist Hamm, ich bin in der Personalabteilung einer Spedition in Essen.', '05113'],
    ['Frau Hamm hier, wir sind eine Spedition in Essen', '05113'],
    ['Herr Soest aus dem Lager hat GdB 30, wir sitzen in Dortmund', '05913'],
    ['Unsere Kollegin Frau Siegen arbeitet in Köln', '05315'],
    ['My name is Hamm, our office is in Bonn', '05314'],
    ['Herr Dr. Kamen aus Bielefeld', '05711'],
  ])('%s → %s', (text, key) => {
    expect(districtOf(text)).toBe(key);
  });

  it.each([
    ['Frau Hamm hat einen Schwerbehindertenausweis bekommen.', 'none'],
    ['Herr Soest fragt nach Zusatzurlaub.', 'none'],
  ])('%s names no place (%s)', (text, kind) => {
    expect(districtOf(text)).toBe(kind);
  });

  it.each([
    ['Wir sind in Hamm', '05915'],
    ['Unser Betrieb liegt in Soest, Frau Müller fragt', '05974'],
  ])('a place not after a person word still counts: %s → %s', (text, key) => {
    expect(districtOf(text)).toBe(key);
  });
});

describe('every word or phrase of data/regions/matching.json that announces a name', () => {
  const { personBefore } = JSON.parse(readFileSync(join(ROOT, 'data/regions/matching.json'), 'utf8')) as { personBefore: string[] };

  it.each(personBefore)('"%s Hamm" names a person, and the place is Essen', (phrase) => {
    expect(districtOf(`${phrase} Hamm, wir sind eine Spedition in Essen`)).toBe('05113');
  });
});
