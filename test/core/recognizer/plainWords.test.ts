import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { repoRoot } from './fixture.js';

// round 4b of issue 13: plain German names a topic by everyday words (own sentences, none from an eval set)
const { understand } = loadUnderstand(repoRoot);

// data/matching/building-barriers.json: a part of the building that stands in the way is a conversion of the workplace
const BARRIERS: [question: string, acceptable: string[]][] = [
  ['Meine Kollegin fährt Rollstuhl. Bei uns gibt es nur eine Treppe. Wer hilft beim Bezahlen?', ['arbeitsplatzausstattung', 'arbeitshilfen-ba']],
  ['Unser Lagerarbeiter ist schwerbehindert. Die Laderampe ist zu steil für ihn. Gibt es Geld?', ['arbeitsplatzausstattung', 'arbeitshilfen-ba']],
  ['Ein Azubi im Rollstuhl kommt nicht auf die Toilette im Betrieb. Wer bezahlt den Umbau?', ['arbeitsplatzausstattung', 'arbeitshilfen-ba']],
];

// a building part alone asks nothing of the remit
const NOT_A_BARRIER: string[] = [
  'Wann schließt die Tür vom Rathaus?',
  'Wie beantrage ich einen Schwerbehindertenparkplatz für meinen Kunden?',
];

describe('a barrier in the building is a conversion of the workplace', () => {
  it.each(BARRIERS)('%s', (question, acceptable) => {
    expect(acceptable).toContain(understand(question).topics[0]?.id);
  });
  it.each(NOT_A_BARRIER)('%s is no topic of the remit', (question) => {
    expect(understand(question).intent).toBe('out-of-scope');
  });
});

// src/core/recognizer/signals.ts: a figure written as a word counts as a figure of the levy question
const COUNTS_IN_WORDS: string[] = [
  'In unserem Laden arbeiten 80 Leute. Zwei haben einen Schwerbehindertenausweis. Was kostet uns das?',
  'Wir sind 90 Leute. Einer ist schwerbehindert. Was kostet uns das?',
  'Wir haben fünfzig Mitarbeiter. Drei haben einen Ausweis. Was kostet uns das?',
];

// "ein"/"eine" is an article, and a pronoun inside a sentence counts no one
const NO_SECOND_FIGURE: string[] = [
  'Wir haben 45 Mitarbeiter und eine Kollegin mit einer Behinderung braucht einen neuen Stuhl. Was kostet das?',
];

describe('a count written as a word is a figure', () => {
  it.each(COUNTS_IN_WORDS)('%s asks for the levy calculation', (question) => {
    expect(understand(question).intent).toBe('levy-calculator');
  });
  it.each(NO_SECOND_FIGURE)('%s is no levy calculation', (question) => {
    expect(understand(question).intent).not.toBe('levy-calculator');
  });
});

// data/matching/plain-language.json: giving work to a person "aus der Werkstatt" hires them; giving the Werkstatt work is an order
const WERKSTATT: [question: string, acceptable: string[]][] = [
  ['Ich gebe einem jungen Mann aus der Werkstatt eine feste Stelle. Gibt es dafür Geld?', ['werkstatt-uebergang', 'budget-fuer-arbeit']],
  ['Wir geben der Werkstatt Arbeit. Zählt das für die Abgabe?', ['werkstattauftraege-anrechnung']],
];

describe('a person from the Werkstatt is hired, an order goes to the Werkstatt', () => {
  it.each(WERKSTATT)('%s', (question, acceptable) => {
    expect(acceptable).toContain(understand(question).topics[0]?.id);
  });
});
