import { describe, expect, it } from 'vitest';
import { createUnderstand, toAskRecord, type PlaceFinder } from '../../src/core/understand.js';
import { fixtureRecognizer } from './recognizer/fixture.js';

const recognizer = fixtureRecognizer();

describe('understand', () => {
  it('passes the place words to the recognizer and reports the district', () => {
    const findPlace: PlaceFinder = (text) => (text.includes('Bocholt') ? { district: '05554', tokens: ['Bocholt'] } : null);
    const u = createUnderstand(recognizer, findPlace)('EAA Bocholt');
    expect(u).toMatchObject({ intent: 'find-contact', district: '05554', placeMentioned: true });
    expect(u.topics[0]?.id).toBe('eaa');
  });

  it('keeps working when the place finder throws', () => {
    const u = createUnderstand(recognizer, () => { throw new Error('boom'); })('Wie hoch ist die Ausgleichsabgabe?');
    expect(u).toMatchObject({ intent: 'knowledge', district: null });
  });

  it('puts topics for the other Landschaftsverband behind when the place is known', () => {
    const scopes: Record<string, string[]> = { 'budget-fuer-arbeit': ['LVR'], eingliederungszuschuss: ['federal'] };
    const inWestfalen = createUnderstand(recognizer, () => ({ district: '05515', landschaftsverband: 'LWL', tokens: ['Münster'] }), (id) => scopes[id]);
    const inRheinland = createUnderstand(recognizer, () => ({ district: '05315', landschaftsverband: 'LVR', tokens: ['Köln'] }), (id) => scopes[id]);
    expect(inWestfalen('Lohnkostenzuschuss Münster').topics.map((t) => t.id)).toEqual(['eingliederungszuschuss', 'budget-fuer-arbeit']);
    expect(inRheinland('Lohnkostenzuschuss Köln').topics).toEqual(recognizer.recognize('Lohnkostenzuschuss Köln', { ignoreTokens: ['Köln'] }).topics);
  });

  it('normalises Unicode before the place finder and the recognizer see the text', () => {
    const seen: string[] = [];
    const findPlace: PlaceFinder = (text) => { seen.push(text); return null; };
    const u = createUnderstand(recognizer, findPlace)('Zusatz\u200Burlaub für ８４ Leute');
    expect(seen).toEqual(['Zusatzurlaub für 84 Leute']);
    expect(u.topics[0]?.id).toBe(createUnderstand(recognizer)('Zusatzurlaub für 84 Leute').topics[0]?.id);
  });

  it('has district null without a place finder', () => {
    expect(createUnderstand(recognizer)('Zusatzurlaub').district).toBeNull();
  });
});

describe('toAskRecord', () => {
  const understand = createUnderstand(recognizer);

  it('maps privacy and sources to help, as the contract has neither', () => {
    expect(toAskRecord('Datenschutz', understand('Datenschutz')).intent).toBe('help');
    expect(toAskRecord('Quellen', understand('Quellen')).intent).toBe('help');
  });

  it('gives ids only when the bot would not say it does not know', () => {
    expect(toAskRecord('x', understand('Wie backe ich einen Apfelkuchen?')).ids).toEqual([]);
    expect(toAskRecord('x', understand('Ausgleichsabgabe')).ids[0]).toBe('ausgleichsabgabe');
  });

  it('has exactly the contract fields', () => {
    expect(Object.keys(toAskRecord('Hallo', understand('Hallo'))).sort()).toEqual(['confidence', 'district', 'ids', 'intent', 'q']);
  });
});
