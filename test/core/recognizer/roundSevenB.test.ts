import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { repoRoot } from './fixture.js';

const { understand } = loadUnderstand(repoRoot);
const topIds = (question: string, n: number): string[] => understand(question).topics.slice(0, n).map((t) => t.id);

// a number before a person or workplace word counts the staff; it never names the programme "Aktion 100"
const HEAD_COUNTS = [
  'Wir sind 100 Leute, gibt es eine Ausbildung für Jugendliche mit Behinderung?',
  'Wir haben 100 Beschäftigte und wollen einen Lehrling mit Behinderung ausbilden.',
  'Wir haben 100 feste Mitarbeiter und wollen einen Lehrling mit Behinderung ausbilden.',
];
const PROGRAMME_NAMES = [
  'Was ist die Aktion 100?',
  'Wie kann ich bei den 100 zusätzlichen Ausbildungsplätzen mitmachen?',
];

describe('numbers that count people', () => {
  it.each(HEAD_COUNTS)('does not read the head count as the programme name: %s', (question) => {
    expect(topIds(question, 1)).not.toEqual(['ausbildungsplaetze-100']);
  });
  it.each(PROGRAMME_NAMES)('still reads the number that names the programme: %s', (question) => {
    expect(topIds(question, 1)).toEqual(['ausbildungsplaetze-100']);
  });
});

// a frame that rewrites a disability word ("Rollstuhlfahrer" → barrier-free workplace) keeps the disability evidence
const REWRITTEN_DISABILITY = [
  'Bekommen wir Geld zum Gehalt, wenn wir eine Rollstuhlfahrerin in Teilzeit anstellen?',
  'Zahlt jemand einen Teil vom Lohn, wenn ich einen Mann im Rollstuhl in Vollzeit einstelle?',
];

describe('disability words under a frame', () => {
  it.each(REWRITTEN_DISABILITY)('stays in the remit: %s', (question) => {
    const u = understand(question);
    expect(u.intent).toBe('knowledge');
    expect(u.topics.slice(0, 3).map((t) => t.id)).toContain('eingliederungszuschuss');
  });
});

// a few hours a day at first after an illness is the gradual return, even beside the sick pay that is still paid
const GRADUAL_RETURN = [
  'Unsere Kollegin ist noch krankgeschrieben und bekommt Krankengeld. Sie möchte zunächst drei Stunden täglich arbeiten. Geht das?',
  'Nach der OP zahlt die Krankenkasse noch. Er will anfangs zwei Stunden am Tag kommen. Was ist zu beachten?',
];

describe('a gradual return beside sick pay', () => {
  it.each(GRADUAL_RETURN)('is the stufenweise Wiedereingliederung: %s', (question) => {
    const u = understand(question);
    expect(u.intent).toBe('knowledge');
    expect(u.topics[0]?.id).toBe('stufenweise-wiedereingliederung');
  });
  it('leaves the plain sick-pay question to the health insurer', () => {
    expect(understand('Meine Mitarbeiterin ist seit zwei Wochen krank. Muss ich ihr Gehalt weiter zahlen?').intent).toBe('out-of-scope');
  });
});

// "Auszubildende(r)" is the Azubi, not the zu-infinitive of "ausbilden"
describe('the apprentice written out', () => {
  it.each([
    'Unser Auszubildender hat Probleme in der Berufsschule. Gibt es Nachhilfe?',
    'Die Auszubildende kommt in der Berufsschule nicht mit. Gibt es Nachhilfe?',
  ])('reads Auszubildende as Azubi: %s', (question) => {
    const u = understand(question);
    expect(u.intent).toBe('knowledge');
    expect(u.topics[0]?.id).toBe('einstiegsqualifizierung-asa');
  });
});
