import { describe, expect, it } from 'vitest';
import { CONTEXT_WEIGHT, createClauseWeigher, SELF_DESCRIPTION_WEIGHT } from '../../../src/core/recognizer/clauses.js';
import type { QuerySlot } from '../../../src/core/recognizer/querySlots.js';
import { tokenize } from '../../../src/core/text/tokenize.js';

// every content word is its own term; "pflicht" and "kundigen" name topics, "behinderung" is a remit word
const weigh = createClauseWeigher({
  openers: ['wir sind', 'ich bin'],
  isDomainMarker: (t) => t === 'behinderung',
  namesTopic: (t) => t === 'pflicht',
  isNeutral: (t) => t === 'mitarbeiter' || t === 'betrieb',
  isListedOrdinary: (w) => w === 'stadtverwaltung',
  keywordOfTopic: (t) => t === 'pflicht' || t === 'kundigen' || t === 'inklusionsamt',
  namesSubject: (t) => t === 'pflicht' || t === 'kundigen',
});
const STOP = new Set(['unser', 'eine', 'einen', 'vielen', 'gilt', 'wir', 'sind', 'hat', 'die', 'das', 'was']);
const slotsOf = (text: string): QuerySlot[] => tokenize(text).filter((t) => t.folded.length > 3 && !STOP.has(t.folded) && !t.numeric).map((token) => ({ token, kind: 'exact', alternatives: [{ term: token.folded, confidence: 1 }], mass: 1 }));
const weights = (text: string): Record<string, number> => Object.fromEntries(weigh(text, slotsOf(text)).map((s) => [s.token.folded, s.weight ?? 1]));

describe('createClauseWeigher', () => {
  it.each([
    ['Wir sind eine Stadtverwaltung mit vielen Mitarbeiter. Gilt die Pflicht?', { stadtverwaltung: SELF_DESCRIPTION_WEIGHT, mitarbeiter: SELF_DESCRIPTION_WEIGHT, pflicht: 1 }],
    ['Unser Betrieb hat 12 Mitarbeiter. Gilt die Pflicht?', { betrieb: SELF_DESCRIPTION_WEIGHT, mitarbeiter: SELF_DESCRIPTION_WEIGHT }],
    ['Wir sind ein Betrieb, ein Kollege hat eine Behinderung. Gilt die Pflicht?', { betrieb: CONTEXT_WEIGHT, behinderung: CONTEXT_WEIGHT, pflicht: 1 }],
    ['Er hat einen Ausweis bekommen. Dürfen wir kündigen?', { ausweis: CONTEXT_WEIGHT, kundigen: 1 }],
    ['Er hat einen Ausweis bekommen. Was heißt das?', { ausweis: 1 }],
    ['Wir sind eine Stadtverwaltung mit vielen Mitarbeiter.', { stadtverwaltung: 1 }],
    // a condition inside a question that names a topic is its situation; an office named is no subject
    ['Dürfen wir kündigen, wenn er den Ausweis erst beantragt?', { kundigen: 1, ausweis: CONTEXT_WEIGHT, beantragt: CONTEXT_WEIGHT }],
    ['What about the Pflicht if someone has a Ausweis?', { pflicht: 1, ausweis: CONTEXT_WEIGHT }],
    ['Muss ich dem Inklusionsamt melden, wenn er den Ausweis beantragt?', { inklusionsamt: 1, ausweis: 1 }],
    ['Wann gilt das, wenn er den Ausweis beantragt?', { ausweis: 1 }],
  ])('"%s" → %j', (text, expected) => {
    expect(weights(text)).toMatchObject(expected);
  });
});
