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
  // changes to a workplace are its conversion
  ['Our welder can no longer stand for long. Who pays for changes to his workstation?', 'arbeitsplatzausstattung'],
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
  // an employer lost among the offices and forms, or one who wants help with the application: the EAA
  ['Ich habe einen Friseursalon. Ich blicke bei den Anträgen nicht durch. Wer hilft mir?', 'eaa'],
  ['Wer kann mir sagen, welche Hilfen es für meinen Betrieb gibt?', 'eaa'],
  ['Gibt es eine Person, die uns beim Antrag hilft? Wir wollen eine Frau mit Behinderung einstellen.', 'eaa'],
  // a person from the Werkstatt who is to work for the employer: the transition; the wage in the Werkstatt case: the Budget
  ['Eine Frau aus der Lebenshilfe will in meinem Café arbeiten. Was muss ich tun?', 'werkstatt-uebergang'],
  ['Ein Mann aus der Werkstatt soll bei uns arbeiten. Wer zahlt seinen Lohn?', 'budget-fuer-arbeit'],
  // a pupil and an internship: the school-to-work orientation
  ['Eine Schülerin von der Förderschule möchte bei uns ein Praktikum machen. Was gibt es da?', 'kaoa-star'],
  // the speaker for the disabled staff, with the place between
  ['Wer spricht im Betrieb für die Schwerbehinderten?', 'schwerbehindertenvertretung'],
  // help for a computer of a worker who sees badly is an aid; 'Zucker haben' is diabetes
  ['Meine Kassiererin sieht nicht mehr gut. Gibt es Hilfe für den Bildschirm?', 'arbeitsplatzausstattung'],
  ['Mein Lagerist hat Zucker und ist oft krank. Darf ich ihm kündigen?', 'kuendigungsschutz'],
  // a degree with a number of the GdB scale is the GdB; an office that helps me, none named, is the EAA
  ['Unser Fahrer hat Grad 40. Gibt es mehr Schutz für ihn?', 'gleichstellung'],
  ['Gibt es ein Amt, das mir hilft? Ich will Menschen mit Behinderung einstellen.', 'eaa'],
  // money when hiring, with nothing else named it is for: the wage subsidy
  ['Ich stelle bald eine Frau ein, sie hat nur einen Arm. Gibt es dafür Geld?', 'eingliederungszuschuss'],
  ['We are going to hire a man with epilepsy. Can we get money?', 'eingliederungszuschuss'],
];

// the same words without the description: no paraphrase
const NOT_DESCRIBED: [question: string, notTopic: string][] = [
  ['Where does an employee apply for the disability card?', 'kuendigungsschutz'],
  ['Our office is in Hamburg. Who helps us with a disabled employee?', 'stufenweise-wiedereingliederung'],
  // a person who reads to the blind colleague stays the work assistant
  ['Gibt es jemanden, der ihr die Briefe vorliest? Sie ist blind.', 'unterstuetzte-beschaeftigung'],
  // a bonus named beside the Werkstatt stays the bonus
  ['Gibt es vom LWL eine Prämie, wenn ein Mann aus der Werkstatt bei uns anfängt?', 'werkstatt-uebergang'],
  // someone from the Werkstatt FOR disabled people is no speaker for them
  ['Can someone from a workshop for disabled people work in our shop?', 'schwerbehindertenvertretung'],
  // money for a named thing or a bonus keeps that topic; money the employer pays is no subsidy
  ['Wir stellen einen Rollstuhlfahrer ein. Gibt es Geld für den Umbau vom Arbeitsplatz?', 'eingliederungszuschuss'],
  ['Gibt es vom LVR Geld, eine Prämie, wenn ich einen Schwerbehinderten einstelle?', 'eingliederungszuschuss'],
  ['Ich stelle einen Fahrer ein. Wie viel Geld muss ich ihm pro Stunde zahlen?', 'eingliederungszuschuss'],
];

// a car repair shop is no Werkstatt for disabled people
const NOT_IN_REMIT: string[] = [
  'Mein Fahrrad ist kaputt. Gibt es eine Werkstatt in Bonn, die schnell repariert?',
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

describe('the everyday Werkstatt', () => {
  it.each(NOT_IN_REMIT)('%s', (question) => {
    const u = understand(question);
    expect(u.topics.map((t) => t.id)).not.toContain('werkstatt-uebergang');
  });
});
