import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../../src/core/content.js';
import { interpret, leadingChoice, narrowToRegion, type ConversationContext, type Reading } from '../../../src/core/conversation/index.js';
import { readingOf } from '../../helpers/reading.js';

let content: Content;
beforeAll(() => {
  content = loadContent(process.cwd());
});

const reading = (text: string, understanding: Partial<Reading['understanding']> = {}, extra: Partial<Reading> = {}): Reading =>
  readingOf(content, text, understanding, extra);

describe('leadingChoice: the offered topic the recognizer scored clearly ahead, whatever the button order', () => {
  it.each([
    [[['eaa', 0.023], ['arbeitsassistenz', 0.135], ['werkstattauftraege-anrechnung', 0.068]], 'arbeitsassistenz'],
    [[['drv-firmenservice', 0.251], ['eingliederungszuschuss', 0.147]], 'drv-firmenservice'],
    [[['inklusionsamt-lvr', 0.55], ['inklusionsamt-lwl', 0.55]], undefined],
    [[['eaa', 0.041], ['kuendigungsschutz', 0.12], ['arbeitsassistenz', 0.084]], undefined],
    [[], undefined],
  ] as [[string, number][], string | undefined][])('%j → %s', (topics, lead) => {
    expect(leadingChoice(topics.map(([id, score]) => ({ id, score })))).toBe(lead);
  });
});

describe('a facet follow-up after an ask-back', () => {
  const asked: ConversationContext = { topic: 'eaa', lastAnswer: 'topic', choices: ['eaa', 'arbeitsassistenz', 'werkstattauftraege-anrechnung'] };
  it('goes to the offered topic that stands out', () => {
    expect(interpret(reading('Wer zahlt das?'), { ...asked, choiceLead: 'arbeitsassistenz' })).toMatchObject({ kind: 'facet', topic: 'arbeitsassistenz', facet: 'provider' });
  });
  it('goes to the offered topic its own words single out, before the lead', () => {
    expect(interpret(reading('Wer zahlt das?', {}, { askBackTopic: 'werkstattauftraege-anrechnung' }), { ...asked, choiceLead: 'arbeitsassistenz' })).toMatchObject({ topic: 'werkstattauftraege-anrechnung' });
  });
  it('asks again, with the facet, when nothing singles one out (never the first button silently)', () => {
    expect(interpret(reading('Wer zahlt das?'), asked)).toEqual({ kind: 'ask-again', topics: asked.choices, facet: 'provider', condition: undefined });
  });
  it('without an ask-back stays with the topic under discussion', () => {
    expect(interpret(reading('Wer zahlt das?'), { topic: 'arbeitsassistenz', lastAnswer: 'topic' })).toMatchObject({ kind: 'facet', topic: 'arbeitsassistenz' });
  });
});

describe('follow-ups the recognizer places nowhere stay with the topic at hand', () => {
  const ctx: ConversationContext = { topic: 'eingliederungszuschuss', lastAnswer: 'topic', facet: 'duration' };
  it.each([
    ['Do we have to apply before the contract is signed?', 'apply'],
    ['Does that cost anything?', 'price'],
    ['und wie lange dauert das bis da entschieden ist?', 'processing'],
  ])('%s → facet %s', (text, facet) => {
    expect(interpret(reading(text), ctx)).toMatchObject({ kind: 'facet', topic: 'eingliederungszuschuss', facet });
  });

  it('a continuation that refers back keeps the topic even when the recognizer answers from its other words', () => {
    const r = reading('und wie lange dauert das bis da entschieden ist?', { decision: 'answer', topics: [{ id: 'pruefpflicht-bewerbung', score: 0.4 }] });
    expect(interpret(r, ctx)).toMatchObject({ kind: 'facet', topic: 'eingliederungszuschuss', facet: 'processing' });
  });

  it.each([
    ['und wenn er schon über ein Jahr da wäre?', { topic: 'kuendigungsschutz', lastAnswer: 'topic' }, { kind: 'topics', topics: ['kuendigungsschutz'] }],
    ['Und wenn wir ihn nach der Prüfung übernehmen, gibts da nochmal was?', { topic: 'ausbildungszuschuss', lastAnswer: 'topic', facet: 'amount' }, { kind: 'facet', topic: 'ausbildungszuschuss', facet: 'amount' }],
  ] as [string, ConversationContext, object][])('a new circumstance: %s', (text, context, expected) => {
    expect(interpret(reading(text), context)).toMatchObject(expected);
  });

  it.each([
    ['und wenn er schon über ein Jahr da wäre?', { topic: 'ausgleichsabgabe', lastAnswer: 'levy' }],
    ['Und wenn wir ihn übernehmen?', { topic: 'ausbildungszuschuss', lastAnswer: 'contact' }],
  ] as [string, ConversationContext][])('no circumstance follow-up after a levy result or a contact card: %s', (text, context) => {
    expect(interpret(reading(text), context).kind).not.toBe('topics');
  });

  it('a one-word subject outside the remit is no follow-up either ("Wie hoch ist der Mindestlohn?")', () => {
    expect(interpret(reading('Wie hoch ist der Mindestlohn?', { intent: 'out-of-scope', outOfScopeSubject: 'arbeitsrecht-allgemein' }), ctx).kind).toBe('new-question');
  });

  it('a subject outside the remit is no follow-up', () => {
    expect(interpret(reading('Wie lange muss ich das Gehalt weiterzahlen?', { intent: 'out-of-scope', outOfScopeSubject: 'lohnfortzahlung-krankengeld' }), ctx).kind).toBe('new-question');
  });
});

describe('who is meant and what needs an application', () => {
  it('"hat GdB 30, bekommt der auch Zusatzurlaub?" asks the special case of the named topic', () => {
    expect(interpret(reading('Und Herr Soest aus dem Lager hat GdB 30, bekommt der auch Zusatzurlaub?'), { topic: 'zusatzurlaub', lastAnswer: 'topic' })).toMatchObject({ kind: 'facet', topic: 'zusatzurlaub', facet: 'conditions', condition: 'lowgdb' });
  });
  it('"Er hat einen GdB von 30. Zählt das schon?" asks about the status itself, no special case of the topic at hand', () => {
    expect(reading('Er hat einen GdB von 30. Zählt das schon?').cues.condition).toBeUndefined();
    expect(interpret(reading('Er hat einen GdB von 30. Zählt das schon?'), { topic: 'bem', lastAnswer: 'topic' }).kind).toBe('new-question');
  });
  it('an application question after a topic that needs none goes to the recent topic that does', () => {
    const ctx: ConversationContext = { topic: 'zusatzurlaub', recentTopics: ['gleichstellung'], lastAnswer: 'topic' };
    expect(interpret(reading('Und wo stellt er den Antrag?', {}, { applicationTopic: 'gleichstellung' }), ctx)).toMatchObject({ kind: 'facet', topic: 'gleichstellung', facet: 'apply' });
    expect(interpret(reading('Wie lange gilt das?', {}, { applicationTopic: 'gleichstellung' }), ctx)).toMatchObject({ kind: 'facet', topic: 'zusatzurlaub' });
  });
});

describe('a corrected place', () => {
  it('answers the topic that named the old place\'s office again for the new place', () => {
    const r = reading('ich meinte Dortmund', { intent: 'find-contact', decision: 'answer', district: '05913' }, { placeDependent: true });
    expect(interpret(r, { topic: 'arbeitsplatzausstattung', lastAnswer: 'topic', facet: 'provider', districtKey: '05113' })).toMatchObject({ kind: 'facet', topic: 'arbeitsplatzausstattung', facet: 'provider' });
  });
  it('is a contact question after a topic that does not depend on the place', () => {
    const r = reading('ich meinte Dortmund', { intent: 'find-contact', decision: 'answer', district: '05913' }, { placeDependent: false });
    expect(interpret(r, { topic: 'eingliederungszuschuss', lastAnswer: 'topic' }).kind).not.toBe('facet');
  });
});

describe('narrowToRegion: only the Landschaftsverband of the known district', () => {
  it.each([
    ['Inklusionsamt am Sitz des Betriebs: in NRW das LVR-Inklusionsamt (Rheinland) oder das LWL-Inklusionsamt Arbeit (Westfalen-Lippe)', 'LWL', 'Inklusionsamt am Sitz des Betriebs: in NRW das LWL-Inklusionsamt Arbeit (Westfalen-Lippe)'],
    ['Stellen Sie den Antrag: im Rheinland beim LVR-Inklusionsamt, in Westfalen-Lippe beim LWL-Inklusionsamt Arbeit. Danach kündigen.', 'LVR', 'Stellen Sie den Antrag: im Rheinland beim LVR-Inklusionsamt. Danach kündigen.'],
    ['Wenden Sie sich an das LVR-Inklusionsamt (Rheinland), das LWL-Inklusionsamt Arbeit (Westfalen-Lippe) oder die EAA.', 'LWL', 'Wenden Sie sich an das LWL-Inklusionsamt Arbeit (Westfalen-Lippe) oder die EAA.'],
    ['Die Ausgleichsabgabe geht an das Inklusionsamt (LVR oder LWL).', 'LVR', 'Die Ausgleichsabgabe geht an das Inklusionsamt (LVR).'],
    ['Antrag beim LWL-Inklusionsamt Arbeit bzw. beim LVR-Inklusionsamt', 'LVR', 'Antrag beim LVR-Inklusionsamt'],
    ['In North Rhine-Westphalia the LVR or the LWL is responsible.', 'LWL', 'In North Rhine-Westphalia the LWL is responsible.'],
    ['In NRW zahlen LVR und LWL eigene Prämien.', 'LWL', 'In NRW zahlen LVR und LWL eigene Prämien.'],
    ['Die DRV Rheinland und die DRV Westfalen beraten.', 'LVR', 'Die DRV Rheinland und die DRV Westfalen beraten.'],
    ['Das Amt. Im Rheinland ist es in Köln. In Westfalen-Lippe ist es in Münster.', 'LWL', 'Das Amt. In Westfalen-Lippe ist es in Münster.'],
    ['Im Rheinland gibt es 7000 Euro. Für eine Ausbildung gibt es 4000 Euro. In Westfalen-Lippe gibt es 4000 Euro.', 'LWL', 'Im Rheinland gibt es 7000 Euro. Für eine Ausbildung gibt es 4000 Euro. In Westfalen-Lippe gibt es 4000 Euro.'],
    ['Im Rheinland gibt es die EAA seit dem 1. Juli 2022, etwa in Düsseldorf. In Westfalen-Lippe berät die HWK Münster.', 'LWL', 'In Westfalen-Lippe berät die HWK Münster.'],
  ] as [string, 'LVR' | 'LWL', string][])('%s (%s)', (text, lv, expected) => {
    expect(narrowToRegion(text, lv, content.conversation.regionalNames)).toBe(expected);
  });
});
