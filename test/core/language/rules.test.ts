import { describe, expect, it } from 'vitest';
import { abbreviationPattern, findDottedAbbreviations, findUnexplainedAcronyms, findUnsplitLongWords, isAcronym, loadLanguageRules } from '../../../src/core/language/index.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const rules = loadLanguageRules(PROJECT_ROOT);
const patterns = rules.dottedAbbreviations.map(abbreviationPattern);

describe('dotted abbreviations are always forbidden', () => {
  it.each([
    ['Sie bekommen z. B. Geld.', ['z. B.']],
    ['Sie bekommen z.B. Geld.', ['z.B.']],
    ['Das ist ca. 5 Euro bzw. etwas mehr.', ['ca.', 'bzw.']],
    ['Nach Abs. 2 und Nr. 3 gilt das.', ['Abs.', 'Nr.']],
    ['Das gilt i. d. R. immer.', ['i. d. R.']],
    ['Das Amt zahlt ggf. mehr, d. h. alles.', ['ggf.', 'd. h.']],
    ['Rufen Sie an: Tel. 123', ['Tel.']],
    ['Zahlen Sie bis 31.3. an das Amt.', []],
    ['Das gilt in Nordrhein-Westfalen. Auch in Afrika.', []],
    ['Das kostet 1.000 Euro.', []],
  ])('%j', (text, expected) => {
    expect(findDottedAbbreviations(text, patterns)).toEqual(expected);
  });
});

describe('acronyms must be explained in the same text', () => {
  it.each([
    ['SGB', true], ['GdB', true], ['WfbM', true], ['EAA', true], ['KfW', true], ['NICHT', true],
    ['Euro', false], ['E', false], ['Sie', false], ['Amt', false], ['WhatsApp', false],
  ])('isAcronym(%s) = %s', (segment, expected) => {
    expect(isAcronym(segment)).toBe(expected);
  });

  it.each([
    ['Die Einheitliche Ansprech-Stelle (EAA) hilft. Die EAA ist kostenlos.', []],
    ['Das BEM (Betriebliches Eingliederungs-Management) hilft Ihnen.', []],
    ['Die EAA hilft. Die Einheitliche Ansprech-Stelle (EAA) ist kostenlos.', ['EAA']],
    ['Fragen Sie die IHK.', ['IHK']],
    ['Das gilt in ganz NRW.', []],
    ['Das steht im SGB IX.', ['SGB', 'IX']],
    ['Das LVR-Inklusions-Amt zahlt.', ['LVR']],
    ['Die Beratung für Arbeit-Geber (EAA) hilft.', []],
    ['Das ist (EAA).', ['EAA']],
    ['Die Stelle: (EAA).', ['EAA']],
    ['Fragen Sie die IHK (Industrie- und Handels-Kammer).', []],
    ['Fragen Sie die IHK (am Ort).', ['IHK']],
    ['Der Grad der Behinderung (GdB) zählt. Ein GdB von 50 reicht.', []],
  ])('%j', (text, expected) => {
    expect(findUnexplainedAcronyms(text, rules.knownAcronyms)).toEqual(expected);
  });
});

describe('words with more than 12 letters need "-" or "·"', () => {
  it.each([
    ['Die Ausgleichsabgabe ist fällig.', ['Ausgleichsabgabe']],
    ['Die Ausgleichs-Abgabe und das Integrations·amt.', []],
    ['Der Arbeitsplatz hat 12 Buchstaben, die Arbeitsplätze 13.', ['Arbeitsplätze']],
    ['Das Amt in Gelsenkirchen und die Ämter Gelsenkirchens.', []],
    ['Der Landschaftsverband hilft. Der Landschaftsverband zahlt.', ['Landschaftsverband']],
  ])('%j', (text, expected) => {
    expect(findUnsplitLongWords(text, rules.limits.maxLettersWithoutSeparator, rules.properNames)).toEqual(expected);
  });
});
