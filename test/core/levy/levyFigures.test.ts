import { describe, expect, it } from 'vitest';
import { parseLevyQuestion } from '../../../src/core/levy/index.js';
import { levyOutcome as outcome } from './levyOutcome.js';

// Amounts by hand from § 160 Abs. 2 SGB IX and data/levy/rates.json (2025: 155/275/405/815 €, under 60: 155/275/465 €,
// under 40: 155/235 €; 2024: 140/245/360/720 €), worked as in shared/reference/programmes.md ("Calculator
// specification"): ΣP = Pflichtplätze summed over the months, ΣB = credited place-months, U = ΣP − ΣB, levy = U × rate.
// Positions under 18 h/week are no workplaces (§ 156 Abs. 3), nor are trainee positions (§ 157 Abs. 1 SGB IX); disabled
// people count in the months they were there (Anzeige by month, § 163 Abs. 2 SGB IX).
describe('positions that are no workplaces', () => {
  it.each([
    // 42 − 4 = 38 → under 40: 1 place × 12 × 235
    ['Wir haben zweiundvierzig Mitarbeiter, davon aber vier Aushilfen mit je 12 Stunden pro Woche. Schwerbehinderte haben wir keine. Wie hoch ist die Ausgleichsabgabe?', 2_820],
    // 20 hours count: 42 → under 60: 2 × 12 × 465
    ['42 Mitarbeiter, davon 4 Aushilfen mit 20 Stunden, keiner schwerbehindert', 11_160],
    // 50 − 3 = 47 (the 25-hour part-timers count) → 2 × 12 × 465
    ['50 Mitarbeiter, davon 3 mit 10 Stunden und 2 mit 25 Stunden, keine Schwerbehinderten', 11_160],
    // 65 − 6 = 59 → under 60, 1 of 2 places filled all year: U = 12, S = 1 → 155
    ['65 Beschäftigte, davon 6 in Teilzeit unter 18 Stunden, ein Schwerbehinderter', 1_860],
    // 64 − 5 = 59 → 2 × 12 × 465
    ['Wir haben 64 Mitarbeiter, 5 davon Azubis, und keinen Schwerbehinderten', 11_160],
    // 80 − 6 = 74 → 3.7 → 4 places; ΣP 48, ΣB 24, quota 24/888 = 2.7 % → 275; 24 × 275
    ['80 Beschäftigte inklusive 6 Auszubildende, zwei schwerbehindert', 6_600],
    // trainees named besides the staff are not added: 30 → 12 × 235
    ['Wir sind 30 Leute plus 3 Azubis, keiner schwerbehindert', 2_820],
    // part-timers of 18 hours or more named besides the full-timers are added: 38 + 4 = 42
    ['38 Vollzeitkräfte und 4 Teilzeitkräfte mit 20 Stunden, keiner schwerbehindert', 11_160],
    // 24 − 6 = 18 < 20 → no duty
    ['24 Mitarbeiter, davon 6 Minijobber mit 10 Stunden. Ausgleichsabgabe?', 'noDuty'],
    ['We have 42 staff, four of them part-timers working 12 hours a week, and no severely disabled employees', 2_820],
    // a disabled part-timer under 18 hours: no workplace and not credited (§ 158 Abs. 2): 39 → under 40, 12 × 235
    ['Wir haben 40 Mitarbeiter und einen Schwerbehinderten mit 15 Stunden', 2_820],
    // 49 → under 60: 2 places, 1 credited all year (S = 1) → 155; 12 × 155
    ['50 Mitarbeiter, davon 2 Schwerbehinderte, einer davon mit 15 Stunden', 1_860],
    // 96 → 4.8 → 5 places, ΣP 60, ΣB 24, quota 24/1,152 = 2.1 % → 275; 36 × 275
    ['100 Mitarbeiter, davon 4 mit 10 Stunden, 2 Schwerbehinderte', 9_900],
    // 100 − 10 = 90 → 4.5 → 5 places; ΣP 60, ΣB 24, quota 24/1,080 = 2.2 % → 275; 36 × 275
    ['We have 100 employees including 10 apprentices and 2 severely disabled staff', 9_900],
  ])('%s → %s', (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });
});

describe('schwerbehinderte trainees count twice (§ 159 Abs. 2 SGB IX)', () => {
  it.each([
    // worked example 1 of the reference: 5 places, ΣP 60; ΣB (2 + 2) × 12 = 48; quota 4 % → 155; 12 × 155
    ['100 Arbeitsplätze, 2 schwerbehinderte Mitarbeiter und ein schwerbehinderter Azubi', 1_860],
    // the trainee position is no workplace (44), 2 places; the trainee fills both → no levy
    ['45 Mitarbeiter, davon ein schwerbehinderter Azubi', 0],
    // 50 → 2 places, both filled by two disabled apprentices (4 credited) → none
    ['We have 50 employees and two severely disabled apprentices', 0],
  ])('%s → %s', (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });
});

describe('disabled employees for part of the year', () => {
  it.each([
    // 90 → 5 places, ΣP 60; ΣB 6; U 54; quota 6/1,080 = 0.56 % → 405
    ['Hallo. Neunzig Stellen, ein schwerbehinderter Kollege, der war aber nur von Januar bis Juni bei uns. Rechnen Sie mir die Ausgleichsabgabe für 2025 aus?', 21_870],
    // worked example 4 of the reference: under 60, ΣP 24, ΣB 6, S = 0.5 → 275; 18 × 275
    ['45 Arbeitsplätze, ein Schwerbehinderter nur von Januar bis Juni', 4_950],
    // worked example 6: ΣB 24 + 36 = 60 = ΣP → no levy
    ['100 Arbeitsplätze; 4 Schwerbehinderte von Januar bis Juni, 6 von Juli bis Dezember', 0],
    // 6 places, ΣP 72, ΣB 12, quota 0.83 % → 405; 60 × 405
    ['120 Mitarbeiter, seit Juli zwei schwerbehinderte Kollegen', 24_300],
    // 4 places, ΣP 48, ΣB 6, quota 0.63 % → 405; 42 × 405
    ['We have 80 employees and one severely disabled colleague from January to June', 17_010],
    // ΣB 3 × 6 + 2 × 6 = 30, U 30, quota 2.5 % → 275
    ['100 Mitarbeiter, 3 Schwerbehinderte, einer davon nur bis Juni', 8_250],
    // 3 places, ΣP 36, ΣB 3, quota 0.42 % → 405; 33 × 405
    ['60 Arbeitsplätze und ein Schwerbehinderter für drei Monate', 13_365],
    // under 40: ΣP 12, ΣB 9 (April–December), S = 0.75 → 155; 3 × 155
    ['Wir haben 30 Mitarbeiter und seit April einen schwerbehinderten Mitarbeiter', 465],
    // under 60: ΣP 24, ΣB 6, S = 0.5 → 275; 18 × 275
    ['45 MA, 1 Schwerbehinderter, der aber erst seit 1. Juli da ist', 4_950],
    // 2024: 10 places, ΣP 120, ΣB 3 (October–December), quota 0.13 % → 360; 117 × 360
    ['Für 2024: 200 Arbeitsplätze, ein schwerbehinderter Mitarbeiter seit dem 1.10.', 42_120],
    ['Ein schwerbehinderter Kollege war ein halbes Jahr bei uns, wir haben 90 Stellen', 21_870],
    // the whole year is the same as no period: 4 places, ΣB 12, quota 1.25 % → 405; 36 × 405
    ['80 employees, one severely disabled since January', 14_580],
  ])('%s → %s', (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });
});

describe('a business that opened during the year is calculated for the months it existed', () => {
  it.each([
    // July–December: J = 30, 1 place × 6 months, none filled → 6 × 235
    ['Wir haben erst im Juli eröffnet, 30 Mitarbeiter, keiner schwerbehindert. Ausgleichsabgabe 2025?', 1_410],
    // April–December, 9 months: 80 → 4 places, ΣP 36; one disabled employee since opening, ΣB 9; quota 1.25 % → 405; 27 × 405
    ['Our company was founded in April 2025, we have 80 employees and one severely disabled colleague', 10_935],
    // seit Juli geöffnet, the disabled colleague there since opening: 6 months, 60 → 3 places, ΣP 18, ΣB 6, quota 1.7 % → 405; 12 × 405
    ['Wir haben seit Juli geöffnet und einen schwerbehinderten Mitarbeiter, insgesamt 60 Leute', 4_860],
  ])('%s → %s', (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });
});

describe('gleichgestellte count like schwerbehinderte Menschen (§ 151 Abs. 3 SGB IX)', () => {
  it.each([
    // 5 places, ΣP 60, ΣB 48, quota 4 % → 155; 12 × 155
    ['3 Schwerbehinderte und eine Gleichgestellte bei 100 Mitarbeitern', 1_860],
    ['Wir haben 100 Beschäftigte, davon drei schwerbehindert und einer gleichgestellt', 1_860],
  ])('%s → %s', (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });
});

describe('what the parser reports besides the counts', () => {
  it.each([
    ['42 Mitarbeiter, davon 4 Aushilfen mit 12 Stunden und 2 Azubis, keiner schwerbehindert', { workplaces: 36, employed: 0, notCounted: { shortPartTime: 4, trainees: 2 } }],
    ['Wir sind 65 Leute, alle mehr als 30 Std. die Woche, keiner schwerbehindert', { workplaces: 65, employed: 0 }],
    ['Sorry, hab mich vertan, die Aushilfen arbeiten 20 Stunden die Woche', { hoursPerWeek: 20 }],
    ['und wenn er das ganze Jahr da gewesen wäre?', { period: { from: 1, to: 12 } }],
    ['and what if she had only been with us since July?', { period: { from: 7, to: 12 } }],
    ['und wenn er erst ab April gekommen wäre?', { period: { from: 4, to: 12 } }],
    ['60 Mitarbeiter, einer schwerbehindert von März bis Mai', { workplaces: 60, employed: 1, employedByMonth: [0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0] }],
  ])('%s', (text, expected) => {
    expect(parseLevyQuestion(text)).toEqual(expected);
  });

  it('a deadline is no period, and months without a count of people change nothing', () => {
    expect(parseLevyQuestion('80 Mitarbeiter, einer schwerbehindert. Zahlen wir bis 31. März?')).toEqual({ workplaces: 80, employed: 1 });
    expect(parseLevyQuestion('Wir haben seit Juli 90 Stellen und einen Schwerbehinderten')).toEqual({ workplaces: 90, employed: 1 });
  });
});
