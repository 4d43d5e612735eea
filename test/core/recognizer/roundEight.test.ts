import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { repoRoot } from './fixture.js';

const { understand } = loadUnderstand(repoRoot);
const first = (question: string): string | undefined => understand(question).topics[0]?.id;

// a calculated levy question lists what it asks first: the amount, or the duty when it asks only about that
const AMOUNT_ASKED = [
  'Wir beschäftigen 48 Leute, davon ist eine Person schwerbehindert. Was kommt da an Kosten auf uns zu?',
  'Im Betrieb arbeiten 67 Menschen, zwei haben einen Schwerbehindertenausweis. Müssen wir was bezahlen?',
];
const DUTY_ASKED = [
  'Wir sind eine Kanzlei mit 27 Beschäftigten und niemand ist schwerbehindert. Welche gesetzlichen Pflichten haben wir da?',
  'Our firm has 44 employees, one of them severely disabled. What obligations do we have?',
];

describe('calculated levy questions', () => {
  it.each(AMOUNT_ASKED)('puts the levy first when the amount is asked: %s', (question) => {
    const u = understand(question);
    expect(u.intent).toBe('levy-calculator');
    expect(u.topics[0]?.id).toBe('ausgleichsabgabe');
  });
  it.each(DUTY_ASKED)('puts the duty first when only the duty is asked: %s', (question) => {
    const u = understand(question);
    expect(u.intent).toBe('levy-calculator');
    expect(first(question)).toBe('beschaeftigungspflicht');
  });
});

// a question for an office ("welches Amt …") puts that office before the subject it asks about; the place picks LVR or LWL
const OFFICE_ASKED: [string, string][] = [
  ['Die Ausgleichsabgabe für unseren Betrieb in Westfalen – welches Amt zieht die ein?', 'inklusionsamt-lwl'],
  ['Bei welchem Amt im Rheinland melde ich die Ausgleichsabgabe?', 'inklusionsamt-lvr'],
];

describe('questions for an office', () => {
  it.each(OFFICE_ASKED)('leads with the asked office: %s', (question, office) => {
    expect(first(question)).toBe(office);
  });
  it('moves the asked office only before a subject, not before another office', () => {
    expect(first('Wo ist bei uns das Amt für Schwerbehinderte?')).toBe('fachstellen-arbeitsleben');
  });
  it('leaves both offices behind the subject when no place picks one', () => {
    expect(first('An welches Inklusionsamt zahlen wir die Ausgleichsabgabe?')).toBe('ausgleichsabgabe');
  });
  it('keeps the subject first when no office is asked for', () => {
    expect(first('Wie wird die Ausgleichsabgabe in Westfalen gemeldet?')).toBe('ausgleichsabgabe');
  });
});

// "Prozent" is the degree of disability beside a disability word ("hat 40 Prozent Behinderung"), but a share of the wage
// beside a wage or a grant word
describe('a percentage of the wage', () => {
  it('reads a share of the wage as the wage subsidy, not as the GdB', () => {
    expect(first('Lohnzuschuss schwerbehindert wie viel Prozent')).toBe('eingliederungszuschuss');
  });
  it('still reads a percentage of disability as the degree', () => {
    expect(understand('Meine Mitarbeiterin hat 40 Prozent Behinderung. Zählt sie als schwerbehindert?').topics.slice(0, 2).map((t) => t.id)).toContain('schwerbehindertenausweis-gdb');
  });
});

// "Hilfskraft" alone is an occupation (an ordinary word); a personal helper of the employee is a work assistant
const PERSONAL_HELPER = [
  'Ein Kollege im Rollstuhl hätte gern eine persönliche Hilfskraft. Wer stellt so jemanden ein?',
  'Unser Monteur sitzt im Rollstuhl und bräuchte einen persönlichen Helfer. Wie geht das?',
];

describe('a personal helper', () => {
  it.each(PERSONAL_HELPER)('is the work assistance: %s', (question) => {
    expect(first(question)).toBe('arbeitsassistenz');
  });
  it('leaves a helper as an occupation alone', () => {
    expect(first('Unsere Hilfskraft im Lager ist schwerbehindert. Wie viele Tage Zusatzurlaub bekommt sie?')).toBe('zusatzurlaub');
  });
});

// money from the Inklusionsamt or a Landschaftsverband for hiring is its premium, not a running subsidy or the office itself
const OFFICE_MONEY_FOR_HIRING = [
  'Bekommen wir vom Inklusionsamt Geld, wenn wir eine Frau mit Schwerbehinderung einstellen?',
  'Gibt das Integrationsamt Geld, wenn ich einen schwerbehinderten Mann einstelle?',
];

describe('money from the office for a new hire', () => {
  it.each(OFFICE_MONEY_FOR_HIRING)('is the premium: %s', (question) => {
    expect(first(question)).toBe('praemien-lvr-lwl');
  });
  it('leaves an apprentice to the training topics', () => {
    expect(first('Gibt das Inklusionsamt Geld, wenn wir einen schwerbehinderten Azubi einstellen?')).toBe('ausbildungszuschuss');
  });
});

// "mit GdB 60" describes the person (schwerbehindert), also in a question about what the person gets
describe('a person with a severe degree', () => {
  it('asks about the person, not about the GdB', () => {
    expect(first('Kriegt ein Lagerarbeiter mit einem GdB von 60 längeren Urlaub?')).toBe('zusatzurlaub');
  });
  it('still reads getting a GdB as the GdB', () => {
    expect(first('Wie bekommt ein Mitarbeiter einen GdB von 50 festgestellt?')).toBe('schwerbehindertenausweis-gdb');
  });
});

// a comparison names its topics in the order the asker thinks of them: the first named comes first
describe('comparisons', () => {
  it.each([
    ['Worin liegt der Unterschied zwischen Zusatzurlaub und Gleichstellung?', ['zusatzurlaub', 'gleichstellung']],
    ['Worin liegt der Unterschied zwischen Gleichstellung und Zusatzurlaub?', ['gleichstellung', 'zusatzurlaub']],
    ['What is the difference between the Integrationsfachdienst and the EAA?', ['integrationsfachdienst', 'eaa']],
    ['What is the difference between the EAA and the Integrationsfachdienst?', ['eaa', 'integrationsfachdienst']],
    // a topic named by a multi-word entry, whose words alone weigh like prose
    ['Was ist der Unterschied zwischen Budget für Arbeit und Eingliederungszuschuss?', ['budget-fuer-arbeit', 'eingliederungszuschuss']],
    ['Was unterscheidet den Eingliederungszuschuss vom Budget für Arbeit?', ['eingliederungszuschuss', 'budget-fuer-arbeit']],
    // two entries sharing a word: each stands where its last word stands
    ['Worin unterscheiden sich das Budget für Arbeit und das Budget für Ausbildung?', ['budget-fuer-arbeit', 'budget-fuer-ausbildung']],
    ['Worin unterscheiden sich das Budget für Ausbildung und das Budget für Arbeit?', ['budget-fuer-ausbildung', 'budget-fuer-arbeit']],
  ])('keeps the order named: %s', (question, ids) => {
    expect(understand(question).topics.slice(0, 2).map((t) => t.id)).toEqual(ids);
  });
});

// English "work" is Arbeit; it used to fold into "Mitarbeiter", because the German stem of "workers" is "work"
describe('English work', () => {
  it('reads a return to work as the phased return', () => {
    expect(first('Our cook was off sick for months. How does a gradual return to work go?')).toBe('stufenweise-wiedereingliederung');
  });
});

// a head count beside a question of obligation asks about the duty to employ, when the duty fits about as well as the first topic
describe('a duty question with a head count', () => {
  it('puts the duty to employ first', () => {
    expect(first('Wir stellen gerade ein und sind bald 23 Leute. Müssen wir dann irgendwas wegen Schwerbehinderung beachten?')).toBe('beschaeftigungspflicht');
  });
  it('leaves a clearly named subject first', () => {
    expect(first('Wir müssen 4 Leute entlassen, einer davon ist schwerbehindert. Was müssen wir beachten?')).toBe('kuendigungsschutz');
  });
});

// job cuts and redundancies dismiss people: with a disabled employee among them, the special protection applies
describe('job cuts', () => {
  it.each([
    'Wir planen einen Personalabbau. Gilt für unsere schwerbehinderte Kollegin etwas Besonderes?',
    'We have to make redundancies. One of the affected staff is severely disabled. What applies?',
    'Beim Stellenabbau ist auch ein gleichgestellter Lagerist dabei. Was müssen wir beachten?',
  ])('%s → Kündigungsschutz', (question) => {
    expect(first(question)).toBe('kuendigungsschutz');
  });
});
