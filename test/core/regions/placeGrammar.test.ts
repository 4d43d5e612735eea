import { describe, expect, it } from 'vitest';
import { resolvePlace, type PlaceResolution } from '../../../src/core/regions/index.js';
import { landscapeAdjectives } from '../../../src/core/regions/placeIndex.js';
import { placeKey } from '../../../src/core/regions/placeText.js';
import { realRegions } from './regionsFixture.js';

const regions = realRegions();

/** A district key, "ask:<district keys>" or "none". */
function outcome(r: PlaceResolution): string {
  if (r.kind === 'district') return r.district.key;
  if (r.kind === 'ambiguous') return `ask:${r.options.map((o) => o.districtKey).sort().join(',')}`;
  return r.kind;
}

const SAUERLAND = 'ask:05958,05962,05966,05974';
const MUENSTERLAND = 'ask:05515,05554,05558,05566,05570';
const BERGISCH = 'ask:05120,05122,05124,05158,05316,05374,05378';
const OSTWESTFALEN = 'ask:05711,05754,05758,05762,05770,05774';

describe('adjective and inflected forms of districts and regions', () => {
  it.each([
    ['Wir sitzen im Oberbergischen und wollen einen schwerbehinderten Maschinenbediener einstellen. Wer berät uns?', '05374'],
    ['Ein Kunststoffbetrieb aus dem Oberbergischen', '05374'],
    ['Wir sind ein Betrieb im Märkischen Kreis', '05962'],
    ['Betrieb im Märkischen', '05962'],
    ['des Oberbergischen Kreises', '05374'],
    ['Wir sind im Rheinisch-Bergischen', '05378'],
    ['im Rhein-Sieg', '05382'],
    ['Gärtnerei im Kreis Kleve', '05154'],
    ['Wir kommen aus dem Sauerländischen', SAUERLAND],
    ['Ein Sauerländer Handwerksbetrieb', SAUERLAND],
    ['im Siegerländer Raum', '05970'],
    ['aus dem Siegerländischen', '05970'],
    ['Münsterländer Betrieb sucht Beratung', MUENSTERLAND],
    ['ein münsterländischer Familienbetrieb', MUENSTERLAND],
    ['im Bergischen Land', BERGISCH],
    ['im Bergischen', BERGISCH],
    ['aus dem Ostwestfälischen', OSTWESTFALEN],
    // other adjectives stay words; a town with an adjective in its name stays the town
    ['Wir sind ein technischer Betrieb in Köln', '05315'],
    ['Bergisch Gladbach', '05378'],
  ])('%s → %s', (text, expected) => {
    expect(outcome(resolvePlace(regions, text))).toBe(expected);
  });

  it('keys every inflected form of a place adjective as its stem', () => {
    expect(['Oberbergischer', 'Oberbergischen', 'oberbergische', 'Oberbergisches', 'Oberbergischem'].map(placeKey)).toEqual(Array(5).fill('oberbergisch'));
    expect(placeKey('Märkischen Kreis')).toBe(placeKey('Märkischer Kreis'));
  });

  it('derives the adjectives of one-word regions on -land only', () => {
    expect(landscapeAdjectives(['Sauerland', 'Bergisches Land', 'Ruhrgebiet'])).toEqual(['Sauerländisch', 'Sauerländer']);
  });
});

describe('town names that are everyday words are decided by grammar', () => {
  it.each([
    // the everyday word: after an article, a contracted preposition or a possessive, or with no place word before it
    ['Beim Essen ausgeben hilft uns seit einem Jahr ein Mann mit Down-Syndrom. Können wir ihn fest anstellen?', 'none'],
    ['Was kostet das Essen in der Kantine?', 'none'],
    ['Nach dem Essen hat er Pause.', 'none'],
    ['Wie ist die Lage bei den Zuschüssen?', 'none'],
    ['Wir sind nicht in der Lage, das zu zahlen.', 'none'],
    ['Unsere Löhne sind tariflich.', 'none'],
    ['Können Sie mir das senden?', 'none'],
    ['Zum Essen gehen wir nach Hamm', '05915'],
    ['Beim Essen in Bochum', '05911'],
    // the town: after a place word, in a list of places, before its Stadtteil, or alone
    ['Unser Betrieb ist in Essen', '05113'],
    ['EAA Essen', '05113'],
    ['Sitz: Essen', '05113'],
    ['Wir sind aus dem Raum Essen', '05113'],
    ['Filiale Essen', '05113'],
    ['Essen', '05113'],
    ['Essen-Kettwig', '05113'],
    ['Essen-Rüttenscheid', '05113'],
    ['Essen Kettwig', '05113'],
    ['Filialen in Bochum, Essen und Dortmund', 'ask:05113,05911,05913'],
    ['Essen und Bochum', 'ask:05113,05911'],
    ['Essen: wer ist unsere EAA?', '05113'],
    ['Essen, wer ist zuständig?', '05113'],
    ['Was gibt es zum Essen?', 'none'],
    ['Wir gehen essen.', 'none'],
    ['Who advises our Essen branch?', '05113'],
    ['an Essen-based logistics firm', '05113'],
    ['Meine Metzgerei ist in Lage.', '05766'],
    ['Wir sind eine Spedition aus Borken', '05554'],
    ['Betrieb in Bünde', '05758'],
    ['Werk in Geldern', '05154'],
    ['im Kreis Borken', '05554'],
    ['Wir sitzen im Rheinland', `ask:${'05111,05112,05113,05114,05116,05117,05119,05120,05122,05124,05154,05158,05162,05166,05170,05314,05315,05316,05334,05358,05362,05366,05370,05374,05378,05382'}`],
  ])('%s → %s', (text, expected) => {
    expect(outcome(resolvePlace(regions, text))).toBe(expected);
  });
});
