import { describe, expect, it } from 'vitest';
import { parseLevyQuestion } from '../../../src/core/levy/index.js';
import { levyOutcome as outcome } from './levyOutcome.js';

// Amounts by hand as in levyFigures.test.ts (§ 160 Abs. 2 SGB IX, data/levy/rates.json; 2025 unless a year is named):
// ΣP = Pflichtplätze over the months, ΣB = credited place-months, U = ΣP − ΣB, levy = U × rate.
describe('round 5: number words, positions that are no workplaces, disabled trainees among those counted', () => {
  it.each([
    // 240 − 0 (the Aushilfen under 18 h are named besides the count, § 156 Abs. 3) → 12 places; ΣP 144, ΣB 84,
    // quota 84/2,880 = 2.92 % → 275; 60 × 275
    ['Zweihundertvierzig Vollzeitstellen, dazu zwanzig Aushilfen mit je zehn Stunden die Woche, sieben Schwerbehinderte. Was zahlen wir für 2025?', 16_500],
    // one of the seven is a trainee: 239 workplaces (§ 157 Abs. 1) → 11.95 → 12 places, ΣP 144; ΣB = (6 + 2) × 12 = 96
    // (§ 159 Abs. 2); quota 96/2,868 = 3.35 % → 155; 48 × 155
    ['240 Stellen, sieben Schwerbehinderte, einer davon ist unser Azubi. Was zahlen wir?', 7_440],
    ['240 Stellen und sieben Schwerbehinderte, darunter ein Azubi', 7_440],
    ['240 staff, seven severely disabled, one of them an apprentice', 7_440],
    // a trainee named besides them is not disabled: 240 → 12 places, 7 credited → 16,500
    ['240 Stellen, sieben Schwerbehinderte und ein Azubi', 16_500],
    // "the only one" / "der einzige": one disabled person. 85 → 4.25 → 4 places, ΣP 48, ΣB 12,
    // quota 12/1,020 = 1.18 % → 405; 36 × 405
    ['We have 85 staff and she is the only one. What is our levy for 2025?', 14_580],
    ['Wir haben 85 Mitarbeiter und er ist der einzige. Was zahlen wir?', 14_580],
    ['85 Beschäftigte, sie ist die einzige Schwerbehinderte', 14_580],
    // "einer von uns": 60 → 3 places, ΣP 36, ΣB 12, quota 12/720 = 1.67 % → 405; 24 × 405
    ['Wir sind 60 Leute, einer von uns ist schwerbehindert', 9_720],
    // "der einzige Azubi" is no disabled person: the count of disabled people is still asked for
    ['Wir haben 85 Mitarbeiter, er ist der einzige Azubi', 'ask:employed'],
    // the total the message arrives at: 42 → under 60, 2 places, none filled → 465; 24 × 465
    ['Ab nächstem Jahr stellen wir zehn Vollzeitkräfte ein, dann sind es 42 plus die Minijobs. Immer noch keiner schwerbehindert.', 11_160],
    ['We have 30 staff and hire 12 more, then we are 42, no disabled staff', 11_160],
    // "dann sind 2 schwerbehindert" is no total: 30 → under 40, 1 place, S = 2 → filled, no levy
    ['Wir haben 30 Mitarbeiter, dann sind 2 schwerbehindert', 0],
    // workplaces that changed during the year: J = (3 × 30 + 9 × 45) / 12 = 41.25 → 40 to 59: P = 2 each month,
    // ΣP 24, none filled → 465; 24 × 465
    ['Bis März hatten wir 30 Mitarbeiter, ab April 45, keiner schwerbehindert', 11_160],
    // the same with one disabled person all year: ΣB 12, S = 1 → 155; 12 × 155
    ['bis März 30, ab April 45 Mitarbeiter, einer schwerbehindert', 1_860],
    // J = 50, P = 2; the period is the workplaces', so the two disabled people count all year: ΣB 24 = ΣP → no levy
    // (read as theirs, from July only: ΣB 12, S = 1 → 12 × 155 = 1,860)
    ['Von Januar bis Juni hatten wir 40 Mitarbeiter, ab Juli 60, zwei Schwerbehinderte', 0],
    // J = (3 × 40 + 9 × 60) / 12 = 55 → P = 2; 24 × 465
    ['Ab April 60 statt 40 Mitarbeiter, keiner schwerbehindert', 11_160],
    // from 60: P_m = 5 % of each month rounded: 5 (Jan–Jun), 7 (Jul–Dec) → ΣP 72; ΣB 36; quota 36/1,440 = 2.5 % → 275; 36 × 275
    ['Von Januar bis Juni 100 Arbeitsplätze, ab Juli 140, drei Schwerbehinderte', 9_900],
    // Minijobs without hours are under 18 h/week by their earnings limit (556 € at 12.82 €/h ≈ 43 h a month):
    // 50 − 10 = 40 → P = 2, ΣP 24, ΣB 12, S = 1 → 155; 12 × 155
    ['Wir haben 50 Mitarbeiter, davon 10 Minijobber, ein Schwerbehinderter', 1_860],
    // 50 − 6 = 44 → 24 × 465
    ['50 Mitarbeiter inklusive 6 Minijobs, keiner schwerbehindert', 11_160],
    // 22 − 4 = 18 < 20 → no duty
    ['22 Beschäftigte, davon 4 Minijobber. Müssen wir Ausgleichsabgabe zahlen?', 'noDuty'],
    // named besides the staff they are not added: 50 → P = 2, S = 1 → 12 × 155
    ['Wir haben 50 Mitarbeiter und 10 Minijobber, ein Schwerbehinderter', 1_860],
    // "Festangestellte" count: 40 → P = 2, S = 1 → 12 × 155 (the Minijobber before them are not part of them)
    ['Wir haben 3 Minijobber und 40 Festangestellte, 1 Schwerbehinderter', 1_860],
    // a disabled trainee among the staff: 44 workplaces → P = 2; ΣB = 2 × 12 = ΣP → no levy (counted once: 1,860)
    ['Bei uns arbeiten 45 Menschen, eine davon ist schwerbehindert und Azubi', 0],
  ])('%s → %s', (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });
});

describe('round 5: approximations are calculated as written and marked', () => {
  it.each([
    ['Wir haben knapp 60 Mitarbeiter, keiner schwerbehindert', { workplaces: 60, employed: 0, approximate: true }],
    ['gut 100 Leute, 2 schwerbehindert', { workplaces: 100, employed: 2, approximate: true }],
    ['so um die 80 Mitarbeiter und zwei Schwerbehinderte', { workplaces: 80, employed: 2, approximate: true }],
    ['about 120 staff, three of them severely disabled', { workplaces: 120, employed: 3, approximate: true }],
  ])('%s', (text, expected) => {
    expect(parseLevyQuestion(text)).toMatchObject(expected);
  });

  it.each([
    'Wir haben 80 Mitarbeiter und ca. 2 Schwerbehinderte',
    'Uns geht es gut, 100 Mitarbeiter, einer schwerbehindert',
  ])('%s: the workplace count is exact', (text) => {
    expect(parseLevyQuestion(text).approximate).toBeUndefined();
  });

  it('"über 100" is a bound, not a count: the workplaces are asked for', () => {
    expect(outcome('Wir haben über 100 Mitarbeiter und 2 Schwerbehinderte')).toBe('ask:workplaces');
  });
});
