import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { createClauseWeigher, DESCRIPTION_UNKNOWN_WEIGHT } from '../../../src/core/recognizer/clauses.js';
import type { QuerySlot } from '../../../src/core/recognizer/querySlots.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { repoRoot } from './fixture.js';

// round 12: first messages that describe an employee's situation in several sentences and end with a vague question
// (own sentences, none from an eval set)
const { understand } = loadUnderstand(repoRoot);

// "kundigen" names a topic; "wartung" stands for a word the knowledge does not know
const weigh = createClauseWeigher({
  openers: ['wir sind'],
  isDomainMarker: () => false,
  namesTopic: () => false,
  isNeutral: () => false,
  isListedOrdinary: () => false,
  keywordOfTopic: (t) => t === 'kundigen',
  namesSubject: (t) => t === 'kundigen',
});
const UNKNOWN = new Set(['wartung']);
const slotsOf = (text: string): QuerySlot[] => tokenize(text).filter((t) => t.folded.length > 4).map((token) => (UNKNOWN.has(token.folded)
  ? { token, kind: 'unknown', alternatives: [], mass: 1 }
  : { token, kind: 'exact', alternatives: [{ term: token.folded, confidence: 1 }], mass: 1 }));
const weights = (text: string): Record<string, number> => Object.fromEntries(weigh(text, slotsOf(text)).map((s) => [s.token.folded, s.weight ?? 1]));

describe('words the knowledge does not know in a description beside a vague question', () => {
  it.each([
    // the question names nothing: the description's unknown words do not dilute its known ones
    ['Ein Elektroniker aus der Wartung sitzt jetzt im Rollstuhl. Was nun?', { wartung: DESCRIPTION_UNKNOWN_WEIGHT, rollstuhl: 1 }],
    // a question with a known word of its own keeps the description whole
    ['Ein Elektroniker aus der Wartung sitzt jetzt im Rollstuhl. Gibt es Zuschüsse?', { wartung: 1 }],
    // the question names its topic: the statement is the situation, as before
    ['Ein Elektroniker aus der Wartung sitzt jetzt im Rollstuhl. Dürfen wir kündigen?', { kundigen: 1 }],
    // no question: every word counts
    ['Ein Elektroniker aus der Wartung sitzt jetzt im Rollstuhl.', { wartung: 1 }],
  ])('"%s" → %j', (text, expected) => {
    expect(weights(text)).toMatchObject(expected);
  });
});

describe('first messages that describe the situation', () => {
  it.each([
    // an illness that lasts (plain-language.json, "Langzeiterkrankung"): the BEM, not the card of the status also named
    ['Our bookkeeper has been sick since March, she has a disability card. Do I need to do anything?', 'bem'],
    ['Ein Fliesenleger ist seit den Sommerferien krank, er hat einen GdB von 60. Was kommt auf uns zu?', 'bem'],
    // an operation is an illness at work (health-conditions.json)
    ['Eine Erzieherin aus unserer Kita ist nach der Herz-OP wieder da, schwerbehindert. Was sollten wir tun?', 'bem'],
  ])('"%s" → %s', (question, topic) => {
    const u = understand(question);
    expect(u.intent).toBe('knowledge');
    expect(u.decision).toBe('answer');
    expect(u.topics[0]?.id).toBe(topic);
  });

  it('keeps an illness beside the wage with the sick pay', () => {
    expect(understand('Unsere Floristin ist seit fünf Wochen krank, zahlen wir noch ihr Gehalt?').intent).toBe('out-of-scope');
  });
});
