import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { repoRoot } from './fixture.js';

// round 5 of issue 13 (r5-routing): which intent a message gets (own sentences, none from an eval set)
const { understand } = loadUnderstand(repoRoot);

// a place in a district and a question for an office, or an office named beside a word of responsibility:
// the district's contacts, led by the office asked for
const OFFICE_CONTACT: [question: string, lead: string][] = [
  ['Welcher Integrationsfachdienst ist für Herne zuständig?', 'integrationsfachdienst'],
  ['Wo sitzt das Inklusionsamt für unsere Firma in Detmold?', 'inklusionsamt-lwl'],
  ['Wo finde ich das Amt für Inklusion in Krefeld?', 'inklusionsamt-lvr'],
  ['Fachstelle für Menschen mit Behinderung im Beruf, Kreis Wesel, wer ist da zuständig?', 'fachstellen-arbeitsleben'],
  ['IFD in der Nähe von 44135?', 'integrationsfachdienst'],
  ['Where is the Integrationsamt for our shop in Hagen?', 'inklusionsamt-lwl'],
];

// a contact question that names no office: the EAA leads
const EAA_CONTACT: string[] = [
  'Unsere Spedition ist in Lemgo. Wen frage ich wegen Fördergeld für einen Fahrer mit Behinderung?',
  'We are based in Aachen, who should we ask about support for a disabled apprentice?',
];

// an office named without a question for it, or beside only a contact word, or in a region that is no district: its own answer
const OFFICE_KNOWLEDGE: [question: string, topic: string][] = [
  ['Welche Aufgaben hat der Integrationsfachdienst in Herne?', 'integrationsfachdienst'],
  ['Was macht das Inklusionsamt in Köln für Arbeitgeber?', 'inklusionsamt-lvr'],
  ['Telefonnummer LVR-Inklusionsamt Köln', 'inklusionsamt-lvr'],
  ['Ist für uns in Westfalen das LWL-Inklusionsamt zuständig?', 'inklusionsamt-lwl'],
];

// headcount and a GdB with a question whether someone else pays: support, never the levy calculator
const NOT_LEVY: string[] = [
  'Wir sind 30 Leute. Ein Kollege mit GdB 50 schafft nicht mehr so viel. Zahlt uns da jemand was dazu?',
  'We have 25 staff and one of them now has a disability of 60 percent. Does the employment agency pay anything towards his wage?',
];

// workforce figures of disabled staff and the employer's own cost: the levy calculator, also beside HR words (Teilzeit, Aushilfen)
const LEVY: string[] = [
  'Wir haben 150 Vollzeitstellen und 10 Teilzeitstellen, drei Schwerbehinderte. Was zahlen wir?',
  'Hundertfünfzig Stellen in Vollzeit, dazu acht Minijobber, zwei Schwerbehinderte. Was kostet uns das?',
  'Wir haben 90 Arbeitsplätze, davon zwei mit schwerbehinderten Menschen besetzt. Was müssen wir ans Inklusionsamt zahlen?',
];

// a question word that governs a neighbouring subject asks about that subject, even beside a word of the remit
const GOVERNED_SUBJECT: [question: string, referral: string][] = [
  ['Welche Steuerermäßigung bekommt ein Fahrer mit GdB 50?', 'finanzamt'],
  ['Wie lange muss ich das Gehalt weiterzahlen, wenn meine Bürokraft seit drei Wochen krankgeschrieben ist?', 'krankenkasse'],
  ['Wie lange muss ich den Lohn fortzahlen, wenn mein Azubi seit 4 Wochen krank ist?', 'krankenkasse'],
];

// disability changes these subjects, or the remit word stands in the question's own clause: the topic stays
const TOPIC_STAYS: [question: string, topic: string][] = [
  ['Welche Kündigungsfrist gilt für einen schwerbehinderten Lagerarbeiter?', 'kuendigungsschutz'],
  ['Wie viele Urlaubstage bekommt ein schwerbehinderter Fahrer?', 'zusatzurlaub'],
  ['Wie lange gibt es Krankengeld in der stufenweisen Wiedereingliederung?', 'stufenweise-wiedereingliederung'],
];

describe('routing: subjects a question word governs', () => {
  it.each(GOVERNED_SUBJECT)('%s → out of scope, referral %s', (question, referral) => {
    const u = understand(question);
    expect(u.intent).toBe('out-of-scope');
    expect(u.referral).toBe(referral);
  });

  it.each(TOPIC_STAYS)('%s → %s', (question, topic) => {
    const u = understand(question);
    expect(u.intent).toBe('knowledge');
    expect(u.topics[0]?.id).toBe(topic);
  });
});

describe('routing: the levy calculator', () => {
  it.each(NOT_LEVY)('%s → not the levy calculator', (question) => {
    expect(understand(question).intent).not.toBe('levy-calculator');
  });

  it.each(LEVY)('%s → the levy calculator', (question) => {
    expect(understand(question).intent).toBe('levy-calculator');
  });
});

describe('routing: contact searches', () => {
  it.each(OFFICE_CONTACT)('%s → find-contact led by %s', (question, lead) => {
    const u = understand(question);
    expect(u.intent).toBe('find-contact');
    expect(u.topics[0]?.id).toBe(lead);
  });

  it.each(EAA_CONTACT)('%s → find-contact led by the EAA', (question) => {
    const u = understand(question);
    expect(u.intent).toBe('find-contact');
    expect(u.topics[0]?.id).toBe('eaa');
  });

  it.each(OFFICE_KNOWLEDGE)('%s → the knowledge answer of %s', (question, topic) => {
    const u = understand(question);
    expect(u.intent).toBe('knowledge');
    expect(u.topics[0]?.id).toBe(topic);
  });
});
