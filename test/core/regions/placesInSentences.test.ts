import { describe, expect, it } from 'vitest';
import { isPlaceStatement, resolvePlace, type PlaceResolution } from '../../../src/core/regions/index.js';
import { realRegions } from './regionsFixture.js';

const regions = realRegions();

/** What the bot does with a text: a district key, "ask:<LV or mixed>:<keys>", "outside", "notNrwPostcode" or "none". */
function outcome(r: PlaceResolution): string {
  switch (r.kind) {
    case 'district': return r.district.key;
    case 'ambiguous': return `ask:${r.region?.landschaftsverband ?? (r.region ? 'mixed' : '-')}:${r.options.map((o) => o.districtKey).sort().join(',')}`;
    case 'outside-nrw': return r.postcode && !r.place ? 'notNrwPostcode' : 'outside';
    case 'none': return 'none';
  }
}

const SAUERLAND = 'ask:LWL:05958,05962,05966,05974';
const MUENSTERLAND = 'ask:LWL:05515,05554,05558,05566,05570';
const RUHR = 'ask:mixed:05112,05113,05117,05119,05170,05512,05513,05562,05911,05913,05914,05915,05916,05954,05978';
const OWL = 'ask:LWL:05711,05754,05758,05762,05766,05770,05774';
const BERGISCH = 'ask:LVR:05120,05122,05124,05158,05316,05374,05378';
const NIEDERRHEIN = 'ask:LVR:05112,05114,05116,05154,05162,05166,05170,05370';
const EIFEL = 'ask:LVR:05334,05358,05366';
const EMSCHER_LIPPE = 'ask:LWL:05512,05513,05562';

describe('places anywhere in a sentence, Stadtteile and informal regions', () => {
  it.each([
    // postal codes and places inside sentences
    ['Wir sitzen in 57392', '05958'],
    // an informal region and a misspelt town: the town narrows the region down
    ['Wir sind eine Gebäudereinigung im Ruhrgebiet, Sitz in Gelsenkirchn.', '05513'],
    ['Ein Betrieb im Sauerland, genauer gesagt in Mesched', '05958'],
    ['Unsere Firma hat die PLZ 33602, wer berät uns?', '05711'],
    ['EAA für Köln-Ehrenfeld', '05315'],
    ['Wer ist beim Arbeitgeber-Service der Agentur für Arbeit für Siegen zuständig?', '05970'],
    ['Wir sind ein Malerbetrieb aus Lippstadt und suchen Beratung', '05974'],
    // hyphenated and spaced Stadtteile
    ['Köln-Mülheim', '05315'],
    ['Ich meinte Köln-Mülheim', '05315'],
    ['Essen Kettwig', '05113'],
    ['Essen-Kettwig', '05113'],
    ['und Kirchhellen?', '05512'],
    ['Unser Hauptgeschäft ist in Bochum-Wattenscheid.', '05911'],
    ['Und für die Filiale in Bonn-Bad Godesberg?', '05314'],
    ['Mönchengladbach-Rheydt', '05116'],
    ['Betrieb in Dortmund-Hörde', '05913'],
    ['Münster-Hiltrup', '05515'],
    ['Düsseldorf-Benrath', '05111'],
    // informal regions: ask which district, with the Landschaftsverband when it is one
    ['Wir sind ein Betrieb im Sauerland. Wer ist unsere EAA?', SAUERLAND],
    ['Ansprechstelle fürs Münsterland bitte.', MUENSTERLAND],
    ['Wir haben Filialen im ganzen Ruhrgebiet.', RUHR],
    ['Firma im Ruhrpott', RUHR],
    ['Wir sind in OWL', OWL],
    ['Firma in Ostwestfalen-Lippe', OWL],
    ['Wir kommen aus dem Bergischen Land', BERGISCH],
    ['Handwerksbetrieb am Niederrhein', NIEDERRHEIN],
    ['Hotel in der Eifel', EIFEL],
    ['Emscher-Lippe-Region', EMSCHER_LIPPE],
    ['EAA im Siegerland', '05970'],
    ['Wittgenstein', '05970'],
    ['Kreis Lippe', '05766'],
    // a region and a town narrow each other down
    ['Sauerland, genauer Meschede', '05958'],
    ['Münsterland, Coesfeld', '05558'],
    // a misspelt region is still the region
    ['Firma im Sauerlnad', SAUERLAND],
    // outside NRW and unknown postal codes
    ['Unser Firmensitz ist in Osnabrück.', 'outside'],
    ['80331', 'outside'],
    ['99999', 'notNrwPostcode'],
    ['PLZ 00000', 'notNrwPostcode'],
    ['Unsere PLZ ist 99999', 'notNrwPostcode'],
    ['Wir sitzen in 80331', 'outside'],
    // ordinary words are no places
    ['Welche Zuschüsse gibt es, wenn wir einen schwerbehinderten Schweißer einstellen?', 'none'],
    ['Wir haben 99999 Probleme', 'none'],
    ['Lohnkosten von 50000 Euro', 'none'],
    ['Das LVR-Inklusionsamt Rheinland hat uns geschrieben', 'none'],
  ])('%s → %s', (text, expected) => {
    expect(outcome(resolvePlace(regions, text))).toBe(expected);
  });

  it('asks by name for a region as large as a Landschaftsverband, and only after a place word', () => {
    expect(outcome(resolvePlace(regions, 'Wir sind im Rheinland'))).toMatch(/^ask:LVR:/);
    expect(outcome(resolvePlace(regions, 'Unser Betrieb liegt in Westfalen'))).toMatch(/^ask:LWL:/);
    expect(outcome(resolvePlace(regions, 'a company in the Rhineland'))).toMatch(/^ask:LVR:/);
    expect(outcome(resolvePlace(regions, 'Rheinland Pfalz'))).not.toMatch(/^ask:LVR/);
    expect(outcome(resolvePlace(regions, 'Wir trainieren in der Halle'))).toBe('none');
  });

  it('names "Neunkirchen" as both municipalities of that name', () => {
    expect(outcome(resolvePlace(regions, 'Wir sind ein Pflegedienst aus Neunkirchen'))).toBe('ask:-:05382,05970');
    expect(outcome(resolvePlace(regions, 'Neunkirchen-Seelscheid'))).toBe('05382');
  });
});

describe('a message that only states a place', () => {
  it.each([
    ['Wir sitzen in Coesfeld.', true],
    ['Ich meinte Köln-Mülheim', true],
    ['Und unsere Niederlassung in Rheine?', true],
    ['und Kirchhellen?', true],
    ['57392', true],
    ['Wir sitzen in 80331', true],
    ['Filiale in Essen-Rüttenscheid', true],
    ['Mein Betrieb ist in Bergisch Gladbach-Bensberg', true],
    ['Wir sind im Sauerland', true],
    ['Zusatzurlaub in Köln', false],
    ['Wie hoch ist die Ausgleichsabgabe in Bielefeld?', false],
    ['Ich meinte den Zuschuss', false],
  ])('%s → %s', (text, expected) => {
    expect(isPlaceStatement(regions, text)).toBe(expected);
  });
});
