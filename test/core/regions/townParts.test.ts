import { describe, expect, it } from 'vitest';
import { isPlaceStatement, resolvePlace } from '../../../src/core/regions/index.js';
import { placeOutcome, realRegions } from './regionsFixture.js';

const regions = realRegions();


describe('a town followed by one of its Stadtteile is the town, with a space or a hyphen', () => {
  it.each([
    ['Köln Mülheim', '05315'],
    ['EAA Köln Mülheim', '05315'],
    ['Wir haben eine Filiale in Köln Mülheim, wer berät uns?', '05315'],
    ['Köln-Mülheim', '05315'],
    ['Köln Mühlheim', '05315'],
    ['Düsseldorf Hamm', '05111'],
    ['Velbert Langenberg', '05158'],
    ['Dortmund-Wickede', '05913'],
    ['Sankt Augustin Menden', '05382'],
    ['Bochum Werne', '05911'],
    ['Gelsenkirchen Buer', '05513'],
    ['Gelsenkirchen-Buer', '05513'],
    ['Essen Kettwig', '05113'],
    ['Bochum-Wattenscheid', '05911'],
    ['Bonn Bad Godesberg', '05314'],
    ['Mönchengladbach Rheydt', '05116'],
    ['Essen Ketwig', '05113'],
    ['Bochum Wattenschied', '05911'],
    // the Stadtteil name alone, or after a comma, is the place of that name
    ['Mülheim', '05117'],
    ['Hamm', '05915'],
    ['Menden', '05962'],
    ['Werne', '05978'],
    ['Köln, Mülheim', 'ask:05117,05315'],
    ['Köln Mülheim an der Ruhr', 'ask:05117,05315'],
    ['Köln und Bonn', 'ask:05314,05315'],
    // a name that is only a Stadtteil elsewhere too is nothing alone
    ['Buer', 'none'],
  ])('%s → %s', (text, expected) => {
    expect(placeOutcome(resolvePlace(regions, text))).toBe(expected);
  });
});

describe('places as people write them', () => {
  it.each([
    ['PLZ 4 4 7 8 7', '05911'],
    ['Unsere Postleitzahl ist 44 787', '05911'],
    ['4 4 7 8 7', '05911'],
    ['in der Nähe von Siegen', '05970'],
    ['Wir sind in der Umgebung von Siegen', '05970'],
    ['close to Siegen', '05970'],
    ['Kreis Soest', '05974'],
    ['Raum Paderborn', '05774'],
    ['bei Bielefeld', '05711'],
    ['Großraum Bielefeld', '05711'],
    ['Unsere PLZ ist 44787, wer ist zuständig?', '05911'],
    ['Wir haben 20 30 40 Leute', 'none'],
    ['unabhängig vom Wetter', 'none'],
  ])('%s → %s', (text, expected) => {
    expect(placeOutcome(resolvePlace(regions, text))).toBe(expected);
  });
});

describe('a message that only states such a place asks for its contact points', () => {
  it.each([
    ['Wir haben einen Standort in Bochum Wattenschied', true],
    ['Unsere PLZ: 4 4 7 8 7', true],
    ['Ich meinte Köln Mülheim', true],
    ['Filiale Düsseldorf Hamm', true],
    ['Wir haben 20 30 40 Leute in Bochum', false],
  ])('%s → %s', (text, expected) => {
    expect(isPlaceStatement(regions, text)).toBe(expected);
  });
});
