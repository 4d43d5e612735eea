import { describe, expect, it } from 'vitest';
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
  ])('%s → %s', (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });
});
