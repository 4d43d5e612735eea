import { describe, expect, it } from 'vitest';
import { foldText, providerNameFinder, type NamedProvider } from '../../../src/core/conversation/index.js';

const providers: NamedProvider[] = [
  { id: 'ba', name: { de: 'Bundesagentur für Arbeit', en: 'Federal Employment Agency' }, aliases: ['Arbeitsagentur', 'BA'], genericNames: [] },
  { id: 'lvr', name: { de: 'Landschaftsverband Rheinland', en: 'Rhineland Regional Association' }, aliases: ['LVR'], genericNames: [] },
  { id: 'amt-lvr', name: { de: 'LVR-Inklusionsamt', en: 'LVR Inclusion Office' }, aliases: [], genericNames: ['Inklusionsamt'], partOf: 'lvr' },
  { id: 'amt-lwl', name: { de: 'LWL-Inklusionsamt Arbeit', en: 'LWL Inclusion Office' }, aliases: [], genericNames: ['Inklusionsamt'] },
];
const find = (text: string) => providerNameFinder(providers)(foldText(text));

describe('providerNameFinder', () => {
  it('finds a provider by an inflected alias', () => {
    expect(find('Was zahlt die Arbeitsagentur davon?')).toEqual(['ba']);
  });
  it('a generic name names every provider that lists it', () => {
    expect(find('Und was übernimmt das Inklusionsamt?')).toEqual(['amt-lvr', 'amt-lwl']);
  });
  it('a body names its parts', () => {
    expect(find('Gibt es vom LVR noch etwas?')).toEqual(['lvr', 'amt-lvr']);
  });
  it('a short name must stand alone', () => {
    expect(find('Wir bauen eine Rampe')).toEqual([]);
    expect(find('Zahlt die BA etwas?')).toEqual(['ba']);
  });
  it('"welches" before a name asks which one and names none', () => {
    expect(find('Welches Inklusionsamt zahlt den Umbau?')).toEqual([]);
    expect(find('Which Inklusionsamt pays?')).toEqual([]);
  });
});
