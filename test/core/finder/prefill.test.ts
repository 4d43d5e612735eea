import { describe, expect, it } from 'vitest';
import { isPlaceSkip, loadFinderRules, matchReply, normalizeForMatching, prefillFromText } from '../../../src/core/finder/index.js';
import { loadRegions } from '../../../src/core/regions/index.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const rules = loadFinderRules(PROJECT_ROOT);
const regions = loadRegions(PROJECT_ROOT);
const step = (id: string) => rules.steps.find((s) => s.id === id)!;

/** One line per case: a free text → the answers it fills (and nothing else). */
const prefills: Array<[string, Record<string, string>]> = [
  ['Wir wollen einen jungen Mann mit Lernbehinderung als Azubi einstellen, Bäckerei mit 12 Leuten', { situation: 'train', person: 'young', size: 'under-20' }],
  ['Wir möchten eine schwerbehinderte Frau einstellen', { situation: 'hire', person: 'severely-disabled' }],
  ['Neue Mitarbeiterin mit GdB 60 gesucht', { situation: 'hire', person: 'severely-disabled' }],
  ['Ein gleichgestellter Kollege ist seit Monaten krank', { situation: 'keep', person: 'equal-status' }],
  ['Unser Mitarbeiter ist chronisch erkrankt, er soll im Betrieb bleiben', { situation: 'keep' }],
  ['Wir wollen jemanden aus der WfbM übernehmen', { situation: 'werkstatt', person: 'werkstatt-entitled' }],
  ['Kann ich jemanden aus der Werkstatt ausbilden?', { situation: 'train', person: 'werkstatt-entitled' }],
  ['Werkstattaufträge auf die Ausgleichsabgabe anrechnen, wir haben 1.000 Beschäftigte', { situation: 'quota', size: '60-plus' }],
  ['Wir gründen eine Inklusionsabteilung', { situation: 'inclusion-business' }],
  ['Schülerin mit Förderbedarf sucht eine Lehrstelle', { situation: 'train', person: 'young' }],
  ['Er hat keinen Ausweis, wir wollen ihn einstellen', { situation: 'hire', person: 'not-known' }],
  ['We want to hire an apprentice with a severe disability, 45 employees', { situation: 'train', person: 'severely-disabled', size: '40-59' }],
  ['We need to pay the compensatory levy, about 30 staff', { situation: 'quota', size: '20-39' }],
  ['Keep an employee who is often sick', { situation: 'keep' }],
  ['Wir müssen ein BEM anbieten', { situation: 'keep' }],
  ['Wir bemühen uns um Inklusion', {}],
  ['Wir haben seit 12 Jahren einen Kollegen mit GdB 30', {}],
  ['Förderprogramme', {}],
];

describe('prefillFromText', () => {
  it.each(prefills)('reads %j', (text, expected) => {
    expect(prefillFromText(rules, text).answers).toEqual(expected);
  });

  it('finds the place with the regions, and leaves it out without them', () => {
    const withPlace = prefillFromText(rules, 'Bäckerei mit 12 Leuten in Lippstadt', regions);
    expect(withPlace.place?.kind === 'district' && withPlace.place.district.name).toBe('Kreis Soest');
    expect(prefillFromText(rules, 'Bäckerei in Lippstadt').place).toBeUndefined();
    expect(prefillFromText(rules, 'Azubi in Gladbach', regions).place?.kind).toBe('ambiguous');
    expect(prefillFromText(rules, 'Azubi einstellen', regions).place).toBeUndefined();
  });
});

const sizeLabels = { 'under-20': ['Unter 20', 'Under 20'], '20-39': ['20 bis 39', '20 to 39'], '60-plus': ['60 oder mehr'] };

/** A whole reply while a step is asked → the answer (undefined: not a reply to this step). */
const replies: Array<[string, string, string | undefined]> = [
  ['size', 'Unter 20', 'under-20'],
  ['size', 'under 20', 'under-20'],
  ['size', '20 to 39', '20-39'],
  ['size', '12', 'under-20'],
  ['size', 'etwa 1.500', '60-plus'],
  ['size', 'so um die 45', '40-59'],
  ['size', 'weiß nicht', 'unknown'],
  ['size', 'Weiss ich nicht!', 'unknown'],
  ['size', 'zwischen 20 und 30', undefined],
  ['size', 'Wir haben 25 Mitarbeiter und fragen uns, was gilt', undefined],
  ['person', 'unbekannt', 'not-known'],
  ['person', "don't know", 'not-known'],
  ['person', 'schwerbehindert', undefined],
  ['situation', 'Jemanden einstellen', undefined],
];

describe('matchReply', () => {
  it.each(replies)('takes at the %s step %j as %s', (stepId, text, expected) => {
    expect(matchReply(step(stepId), text, stepId === 'size' ? sizeLabels : {})).toBe(expected);
  });

  it('matches a button label of any language', () => {
    expect(matchReply(step('situation'), 'hire someone', { hire: ['Jemanden einstellen', 'Hire someone'] })).toBe('hire');
  });

  it('recognises a skipped place', () => {
    expect(isPlaceSkip(rules, 'Überspringen')).toBe(true);
    expect(isPlaceSkip(rules, 'skip')).toBe(true);
    expect(isPlaceSkip(rules, 'Skip it', ['Skip it'])).toBe(true);
    expect(isPlaceSkip(rules, 'Köln')).toBe(false);
  });
});

describe('normalizeForMatching', () => {
  it.each([
    ['Schwer-behindert', 'schwerbehindert'],
    ['Schüler, Schueler', 'schuler schuler'],
    ['1.000 Mitarbeiter', '1000 mitarbeiter'],
    ['20-39', '20 39'],
    ["don't know", 'dont know'],
  ])('turns %j into %j', (text, expected) => {
    expect(normalizeForMatching(text)).toBe(expected);
  });
});
