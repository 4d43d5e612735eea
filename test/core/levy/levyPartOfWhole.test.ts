import { describe, expect, it } from 'vitest';
import { levyOutcome as outcome } from './levyOutcome.js';

// Amounts worked as in shared/reference/programmes.md ("Worked examples", year 2025: 155/275/405/815 €, small employers
// 155/235 and 155/275/465 €): Pflichtplätze per month (5 %, from 60 rounded half up; 1 below 40, 2 below 60),
// unfilled places × 12 × the rate of the quota. 80 workplaces, 3 employed: 4 places, 1 unfilled, quota 3.75 % → 12 × 155.
// Worked example 3 (120 workplaces, 3 employed → 9,900 €), 2 (250, none → 127,140 €), 5 (30, none → 2,820 €).
describe('part of a whole: "3 von 80", "3 of 80", "3 SB bei 80 AP" give the exact amount', () => {
  it.each([
    // German
    ['3 von 80 Stellen besetzt', 1_860],
    ['Ausgleichsabgabe: 3 von 80 Arbeitsplätzen sind mit Schwerbehinderten besetzt', 1_860],
    ['drei von achtzig Stellen sind besetzt', 1_860],
    ['Wir haben 3 von 80.', 1_860],
    ['80 AP, 3 SB', 1_860],
    ['wir haben 3 Schwerbehinderte bei 80 Mitarbeitern', 1_860],
    ['drei schwerbehinderte Kollegen unter 80', 1_860],
    ['Drei unserer 80 Mitarbeiter sind schwerbehindert', 1_860],
    ['3/80 besetzt, was zahlen wir?', 1_860],
    ['Von 120 Arbeitsplätzen sind 3 mit schwerbehinderten Menschen besetzt', 9_900], // worked example 3
    ['Wir beschäftigen 3 SB bei 120 AP', 9_900],
    ['120 MA / 3 SB', 9_900],
    ['0 von 250 Stellen sind mit Schwerbehinderten besetzt', 127_140], // worked example 2
    ['keiner von 30 Mitarbeitern ist schwerbehindert', 2_820], // worked example 5
    ['Einer von 45 Beschäftigten ist schwerbehindert', 1_860], // under 60: 2 places, 1 credited → 155
    ['Wir haben 200 Stellen, 4 davon mit Schwerbehinderten besetzt', 19_800], // 10 places, 6 unfilled, 2 % → 275
    ['zwei von hundert Beschäftigten sind gleichgestellt', 9_900], // 5 places, 3 unfilled, 2 % → 275
    ['fünf von 100 Stellen sind mit Schwerbehinderten besetzt', 0],
    ['19 von 19 Stellen besetzt', 'noDuty'],
    // a yearly average may have a fraction (worked example 4: S = 0.5): 4 places, 48 − 18 = 30 unfilled, 1.875 % → 405
    ['Im Schnitt 1,5 Schwerbehinderte bei 80 MA', 12_150],
    // a quota is not a count: the number of people is still asked for
    ['SB-Quote 2 % bei 100 Mitarbeitern', 'ask:employed'],
    ['Quote 2 %', 'ask:workplaces'],
    // Einfache Sprache
    ['Wir haben 80 Arbeits-Plätze. 3 Menschen davon haben eine Schwer-Behinderung.', 1_860],
    ['Bei uns arbeiten 80 Menschen. 3 von ihnen haben eine Schwer-Behinderung.', 1_860],
    ['Wir sind 80 Leute. 3 Leute haben einen Schwer-Behinderten-Ausweis.', 1_860],
    ['Ich habe 25 Leute in meiner Firma. Keiner hat einen Ausweis.', 2_820], // under 40, nobody → 12 × 235
    ['Bei uns arbeiten 120 Menschen. Von den 120 Menschen haben 3 eine Schwer-Behinderung.', 9_900],
    // English
    ['3 of 80 places filled', 1_860],
    ['3 out of 80 employees are severely disabled', 1_860],
    ['Three of our 80 employees are disabled', 1_860],
    ['we employ 3 disabled people out of 80', 1_860],
    ['two out of a hundred staff are severely disabled', 9_900],
    ['120 workplaces, 3 filled by severely disabled people', 9_900],
    ['none of our 250 employees is severely disabled', 127_140],
    ['We have 60 staff and none of them are disabled', 29_340], // 3 places × 12 × 815
    ['3 of them are severely disabled, out of 120 staff', 9_900],
  ] as const)('%s → %s', (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });
});

describe('other ways to write the two figures (80 workplaces, 3 employed → 1,860 €)', () => {
  it.each([
    'Wir haben 80 MA (davon 3 SB)',
    '80 MA, SB: 3',
    'Belegschaft 80, SB 3',
    'Gesamt 80, davon SB 3',
    'Stellen: 80 / besetzt: 3',
    'SB 3 / MA 80',
    '3 SB-Mitarbeiter bei 80 gesamt',
    'Wir sind 80, drei davon schwerbehindert',
    'Mitarbeiterzahl 80, Anzahl Schwerbehinderte 3',
    'Wie hoch ist die Abgabe, wenn 3 von 80 Plätzen besetzt sind?',
    'Bei 80 Mitarbeitenden beschäftigen wir drei Menschen mit einer schweren Behinderung',
    '80 employees, 3 with a severe disability',
    '80 staff incl. 3 severely disabled',
    'out of 80 staff, 3 have a disability pass',
  ])('%s', (text) => {
    expect(outcome(text)).toBe(1_860);
  });
});

describe('a size class is not a count', () => {
  it.each([
    ['Ausgleichsabgabe 2025 Beträge für Kleinbetriebe unter 40 Arbeitsplätzen', 'ask:workplaces'],
    ['Gilt die Pflicht ab 20 Mitarbeitern?', 'ask:workplaces'],
    ['Wir haben mehr als 60 Mitarbeiter und 2 Schwerbehinderte', 'ask:workplaces'],
    ['Bis 39 Arbeitsplätze: wie hoch ist die Abgabe ohne Schwerbehinderte?', 'ask:workplaces'],
    // fewer than 20 is at most 19: no duty (§ 154 Abs. 1 SGB IX)
    ['Wir haben unter 20 Mitarbeiter. Ausgleichsabgabe?', 'noDuty'],
    ['we have fewer than 20 employees, do we pay the levy?', 'noDuty'],
    // after a count of disabled people, "unter 80" is "among 80"
    ['drei schwerbehinderte Kollegen unter 80', 1_860],
  ] as const)('%s → %s', (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });
});
