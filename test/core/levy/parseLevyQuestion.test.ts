import { describe, expect, it } from 'vitest';
import { parseLevyQuestion, type LevyQuestion } from '../../../src/core/levy/index.js';

const cases: [string, LevyQuestion][] = [
  // counts in digits, German
  ['Wir haben 75 Arbeitsplätze und einen schwerbehinderten Mitarbeiter — wie viel Ausgleichsabgabe?', { workplaces: 75, employed: 1 }],
  ['Abgabe für 140 Stellen mit 5 schwerbehinderten Beschäftigten?', { workplaces: 140, employed: 5 }],
  ['In unserer Firma arbeiten 2.500 Mitarbeiter, nur 31 sind schwerbehindert.', { workplaces: 2500, employed: 31 }],
  ['Mit 1000 Mitarbeitern und 12 Gleichgestellten: was zahlen wir?', { workplaces: 1000, employed: 12 }],
  ['Arbeitsplätze: 310, Schwerbehinderte: 9', { workplaces: 310, employed: 9 }],
  ['Jahresschnitt 62 Stellen, 2 Pflichtplätze besetzt. Was kostet das?', { workplaces: 62, employed: 2 }],
  ['Von 4 Pflichtplätzen sind bei uns 3 Pflichtplätze besetzt, wir haben 80 Beschäftigte', { workplaces: 80, employed: 3 }],
  ['2 von 6 Pflichtplätzen besetzt, 120 Arbeitsplätze', { workplaces: 120, employed: 2 }],
  ['7 von 150 Beschäftigten sind schwerbehindert', { workplaces: 150, employed: 7 }],
  ['Schwerbehindertenabgabe: 48 Angestellte, 1,5 Schwerbehinderte im Jahresdurchschnitt', { workplaces: 48, employed: 1.5 }],
  ['Firma mit 58,5 Arbeitsplätzen im Schnitt', { workplaces: 58.5 }],
  // number words
  ['Wir sind 33 Leute und haben keinen Schwerbehinderten.', { workplaces: 33, employed: 0 }],
  ['Bei uns: 41 Mitarbeiterinnen, eine davon mit Schwerbehinderung', { workplaces: 41, employed: 1 }],
  ['Zwei schwerbehinderte Kolleginnen und ein gleichgestellter Kollege bei 95 Stellen', { workplaces: 95, employed: 3 }],
  ['Wir beschäftigen drei Menschen mit Behinderung und haben 210 Arbeitsplätze', { workplaces: 210, employed: 3 }],
  ['Kein Mitarbeiter ist schwerbehindert, wir haben 27 Beschäftigte', { workplaces: 27, employed: 0 }],
  ['Unser Betrieb mit 52 Beschäftigten hat niemanden mit Schwerbehinderung', { workplaces: 52, employed: 0 }],
  ['Bei 64 Mitarbeitern ohne schwerbehinderte Kollegen, was kostet das?', { workplaces: 64, employed: 0 }],
  ['Zwölf schwerbehinderte Mitarbeiter bei 400 Arbeitsplätzen', { workplaces: 400, employed: 12 }],
  ['Wir haben 88 Mitarbeiter. Davon ist einer schwerbehindert.', { workplaces: 88, employed: 1 }],
  ['Wir haben 3 Mitarbeiter, die schwerbehindert sind, und 101 Stellen', { workplaces: 101, employed: 3 }],
  // years and dates
  ['Wie viel Ausgleichsabgabe für 2024 bei 70 Arbeitsplätzen?', { workplaces: 70, year: 2024 }],
  ['Erhebungsjahr 2025: 230 Beschäftigte, 4 Schwerbehinderte', { workplaces: 230, employed: 4, year: 2025 }],
  ['Im Jahr 2024 hatten wir 44 Stellen und keine Gleichgestellten', { workplaces: 44, employed: 0, year: 2024 }],
  ['Muss ich bis 31.3. zahlen, wenn wir 66 Arbeitsplätze und 2 Schwerbehinderte haben?', { workplaces: 66, employed: 2 }],
  ['Zahlung am 31.03.2026 fällig? 66 Stellen, 1 schwerbehinderter Mitarbeiter', { workplaces: 66, employed: 1 }],
  ['Bis 31. März: 45 Arbeitsplätze, 1 Schwerbehinderter', { workplaces: 45, employed: 1 }],
  ['Wir haben 2000 Arbeitsplätze und 40 schwerbehinderte Beschäftigte', { workplaces: 2000, employed: 40 }],
  ['Arbeitsplätze: 2024', { workplaces: 2024 }],
  // numbers that are no counts
  ['Unsere Quote liegt bei 2 Prozent, wir haben 150 Mitarbeiter', { workplaces: 150 }],
  ['Zahlen wir 815 Euro pro Monat für 12 Monate bei 90 Stellen?', { workplaces: 90 }],
  ['Zählen Teilzeitkräfte unter 18 Stunden mit? Wir haben 35 Mitarbeiter.', { workplaces: 35 }],
  ['Ein Betrieb mit 61 Beschäftigten', { workplaces: 61 }],
  ['Was zahlen wir bei 45 Arbeitsplätzen, wenn 1 Pflichtplatz nicht besetzt ist?', { workplaces: 45 }],
  ['3 unbesetzte Pflichtplätze bei 100 Stellen', { workplaces: 100 }],
  // English
  ['We have 250 employees and two disabled employees. What is the levy for 2025?', { workplaces: 250, employed: 2, year: 2025 }],
  ['levy for 1,200 staff with 30 severely disabled workers', { workplaces: 1200, employed: 30 }],
  ['Our company has 47 employees and no disabled employees', { workplaces: 47, employed: 0 }],
  ['We employ 3 people with disabilities out of 90 workplaces', { workplaces: 90, employed: 3 }],
  ['How much do we pay with 56 employees and one person with a disability?', { workplaces: 56, employed: 1 }],
  // nothing to take
  ['Wie hoch ist die Ausgleichsabgabe?', {}],
  ['Was kostet die Ausgleichsabgabe 2024?', { year: 2024 }],
  ['Wir haben keine Ahnung, wie die Abgabe funktioniert', {}],
  ['', {}],
];

describe('parseLevyQuestion', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(parseLevyQuestion(text)).toEqual(expected);
  });
});
