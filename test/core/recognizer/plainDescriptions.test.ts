import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { repoRoot } from './fixture.js';

// round 7: English descriptions of an impairment, a card, a return or a trial, and simple German that describes a
// helper's role (own sentences, none from an eval set); paraphrases of data/matching/plain-language.json
const { understand } = loadUnderstand(repoRoot);
const first = (question: string): string | undefined => understand(question).topics[0]?.id;

const DESCRIBED: [question: string, topic: string][] = [
  // a sense or a body that works badly, said in English, is the impairment
  ['Our warehouse clerk can hardly see anymore. Who pays for a bigger screen?', 'arbeitsplatzausstattung'],
  ['The eyesight of our bookkeeper is getting worse. Is there support for a magnifier?', 'arbeitsplatzausstattung'],
  // the disability card that someone has makes the person severely disabled
  ['May we give notice to a cook who has a disability card?', 'kuendigungsschutz'],
  // nobody with a disability among the staff: the unfilled quota places
  ['We employ 45 people and nobody with a disability. What do we owe?', 'ausgleichsabgabe'],
  // a return step by step after an illness; the common name of it, not the Land Hamburg
  ['After her burnout our designer wants to come back step by step. How is that organised?', 'stufenweise-wiedereingliederung'],
  ['Does the Hamburg model apply to our employee after his heart attack?', 'stufenweise-wiedereingliederung'],
  // trying a person out for a few weeks before hiring
  ['Could we try out a blind applicant for a few weeks before hiring her?', 'probebeschaeftigung'],
  // someone who shows a new worker the job is a job coach, not a work assistant
  ['Unser neuer Lagerhelfer hat eine Lernbehinderung. Gibt es jemanden, der ihm die Arbeit zeigt?', 'unterstuetzte-beschaeftigung'],
  ['We need someone to coach her at the start, she has autism.', 'unterstuetzte-beschaeftigung'],
];

// the same words without the description: no paraphrase
const NOT_DESCRIBED: [question: string, notTopic: string][] = [
  ['Where does an employee apply for the disability card?', 'kuendigungsschutz'],
  ['Our office is in Hamburg. Who helps us with a disabled employee?', 'stufenweise-wiedereingliederung'],
  // a person who reads to the blind colleague stays the work assistant
  ['Gibt es jemanden, der ihr die Briefe vorliest? Sie ist blind.', 'unterstuetzte-beschaeftigung'],
];

describe('a described need names the programme', () => {
  it.each(DESCRIBED)('%s → %s', (question, topic) => {
    expect(first(question)).toBe(topic);
  });
});

describe('no description, no paraphrase', () => {
  it.each(NOT_DESCRIBED)('%s is not %s', (question, notTopic) => {
    expect(first(question)).not.toBe(notTopic);
  });
});
