import { describe, expect, it } from 'vitest';
import { resolvePlace } from '../../../src/core/regions/index.js';
import { realRegions } from './regionsFixture.js';

const regions = realRegions();

// text → expected district key; written by hand, one line a case.
const DISTRICT_CASES: [string, string][] = [
  // bare places and sentences
  ['Lippstadt', '05974'],
  ['Kreis Soest', '05974'],
  ['soest', '05974'],
  ['59555', '05974'],
  ['Wer ist meine EAA in Lippstadt?', '05974'],
  ['ansprechpartner eaa dueren', '05358'],
  ['Ansprechstelle im Märkischen Kreis', '05962'],
  ['Gibt es eine Ansprechstelle des Märkischen Kreises?', '05962'],
  ['PLZ 33602', '05711'],
  ['Wir sitzen im Kreis Mettmann', '05158'],
  ['Unser Betrieb ist in Köln', '05315'],
  ['Lippstadt im Kreis Soest', '05974'],
  ['Firma im Oberbergischen Kreis', '05374'],
  ['Landkreis Gütersloh', '05754'],
  ['Stadt Bonn', '05314'],
  ['Hochsauerlandkreis', '05958'],
  ['im Hochsauerlandkreises', '05958'],
  // multi-word names
  ['Mülheim an der Ruhr', '05117'],
  ['Bergisch Gladbach', '05378'],
  ['Bad Salzuflen', '05766'],
  ['Salzuflen', '05766'],
  ['Schloss Holte-Stukenbrock', '05754'],
  ['Halle (Westf.)', '05754'],
  ['Emmerich', '05154'],
  // umlauts, ß, hyphens and spaces
  ['Dueren', '05358'],
  ['Muenster', '05515'],
  ['Koeln', '05315'],
  ['Monchengladbach', '05116'],
  ['Guetersloh', '05754'],
  ['Neuß', '05162'],
  ['Rhein Sieg Kreis', '05382'],
  ['Rhein-Sieg', '05382'],
  ['Ennepe-Ruhr', '05954'],
  ['Castrop Rauxel', '05562'],
  ['Rheda Wiedenbrück', '05754'],
  // aliases
  ["M'gladbach", '05116'],
  ['MG', '05116'],
  ['Mülheim', '05117'],
  ['Cologne', '05315'],
  ['Städteregion', '05334'],
  ['Aachen Kreis', '05334'],
  ['Kreis Aachen', '05334'],
  ['Hochsauerland', '05958'],
  ['Bad Godesberg', '05314'],
  ['Rheydt', '05116'],
  ['Wanne-Eickel', '05916'],
  ['St. Augustin', '05382'],
  ['Wir sind eine Kölner Firma', '05315'],
  // several places that narrow each other down
  ['Gladbach im Rheinisch-Bergischen Kreis', '05378'],
  ['40721 Hilden', '05158'],
  ['Wir sind ein Dortmunder Betrieb mit Sitz in Hamm', '05915'],
  // everyday words that are also places, with context
  ['Lage', '05766'],
  ['Unser Betrieb ist in Lage', '05766'],
  // an everyday word, then "in" and a region or district that holds the place
  ['Halle in Westfalen natürlich', '05754'],
  ['Lage in Lippe', '05766'],
  ['EAA Siegen', '05970'],
  ['Firma in Wenden', '05966'],
  ['in Much', '05382'],
  // a region name that contains a district name does not mean that district
  ['Detmold in Ostwestfalen-Lippe', '05766'],
  ['Kreis Lippe', '05766'],
];

// Misspellings: text → expected district key and the official name it was corrected to.
const TYPO_CASES: [string, string, string][] = [
  ['Lipstadt', '05974', 'Lippstadt'],
  ['Bielfeld', '05711', 'Bielefeld'],
  ['Gelsenkirchn', '05513', 'Gelsenkirchen'],
  ['Paderbron', '05774', 'Paderborn'],
  ['Wupertal', '05124', 'Wuppertal'],
  ['Wer hilft in Dortmnd?', '05913', 'Dortmund'],
  ['Bergish Gladbach', '05378', 'Bergisch Gladbach'],
  ['Recklinghausn', '05562', 'Recklinghausen'],
];

const AMBIGUOUS_CASES: [string, string[]][] = [
  ['Gladbach', ['05116', '05378']],
  ['40472', ['05111', '05158']],
  ['Wir haben Standorte in Köln und Bonn', ['05314', '05315']],
];

const OUTSIDE_CASES: string[] = ['Berlin', '10115', 'Ich sitze in München', 'Hamburg', 'PLZ 80331', 'Frankfurt am Main', 'Wir sind in Niedersachsen'];

// No place: everyday questions, and words one letter away from a place name.
const NONE_CASES: string[] = [
  'Wie hoch ist der Zuschuss?',
  'Was ist die Ausgleichsabgabe?',
  'Wir sind in der Lage, das zu prüfen',
  'An wen kann ich mich wenden?',
  'Die Löhne steigen',
  'Kann ich die Unterlagen senden?',
  'How much does it cost?',
  'Wie hoch sind die Lohnkosten bei 50667 Euro?',
  'Hilfen für Arbeitgeber',
  'Wir halten unsere Mitarbeiter',
  'Was gilt bei einer schweren Behinderung?',
  'Die Schwere der Behinderung',
  'Bewerbungen von Menschen mit Behinderung',
  'Ein Mitarbeiter im Alter von 55 Jahren',
  'Welche Gelder gibt es?',
  'Förderung des Bundes',
  'Wie heißen die Programme?',
  'Das Wetter ist schön',
  'Kann man die Ausgleichsabgabe mindern?',
  'Gibt es ein Muster für den Antrag?',
  'Wer ist in Westfalen-Lippe zuständig?',
  'The application must be written',
  '',
];

describe('resolvePlace', () => {
  it.each(DISTRICT_CASES)('%s → %s', (text, key) => {
    const result = resolvePlace(regions, text);
    expect(result.kind === 'district' ? result.district.key : result).toBe(key);
  });

  it.each(TYPO_CASES)('%s → %s (corrected to %s)', (text, key, place) => {
    const result = resolvePlace(regions, text);
    expect(result).toMatchObject({ kind: 'district', place, corrected: true });
    expect(result.kind === 'district' && result.district.key).toBe(key);
  });

  it.each(AMBIGUOUS_CASES)('%s → one of %j', (text, keys) => {
    const result = resolvePlace(regions, text);
    expect(result.kind).toBe('ambiguous');
    expect(result.kind === 'ambiguous' && result.options.map((o) => o.districtKey).sort()).toEqual(keys);
  });

  it.each(OUTSIDE_CASES)('%s → outside NRW', (text) => {
    expect(resolvePlace(regions, text).kind).toBe('outside-nrw');
  });

  it.each(NONE_CASES)('%j → no place', (text) => {
    expect(resolvePlace(regions, text)).toEqual({ kind: 'none' });
  });

  it('says how the place was found and quotes what the user wrote', () => {
    expect(resolvePlace(regions, 'Kreis Soest')).toMatchObject({ via: 'district', matched: 'Kreis Soest', place: 'Kreis Soest', corrected: false });
    expect(resolvePlace(regions, 'in soest')).toMatchObject({ via: 'municipality', matched: 'soest', place: 'Soest' });
    expect(resolvePlace(regions, 'PLZ 59555')).toMatchObject({ via: 'postcode', matched: '59555', place: 'Lippstadt' });
    expect(resolvePlace(regions, 'Cologne')).toMatchObject({ via: 'alias', place: 'Köln' });
    expect(resolvePlace(regions, 'Ansprechstelle im Märkischen Kreis')).toMatchObject({ matched: 'Märkischen Kreis', place: 'Märkischer Kreis' });
  });

  it('labels the options of an ambiguous postal code with the places it covers', () => {
    const result = resolvePlace(regions, '40472');
    expect(result.kind === 'ambiguous' && result.options.map((o) => o.label).sort()).toEqual(['Düsseldorf', 'Ratingen']);
  });
});
