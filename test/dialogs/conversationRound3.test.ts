import { describe, expect, it } from 'vitest';
import { createTestBot, shown, turn } from '../helpers/testBot.js';

describe('whole conversations: the thread survives long messages, places and subjects outside the remit', () => {
  it('answers the extra-leave question of a message that names the ID card only in passing, then its part-time and equal-status cases', async () => {
    const { adapter } = createTestBot();
    expect(shown(await turn(adapter, 'Ein Lagerist hat letzte Woche seinen Schwerbehindertenausweis bekommen (GdB 60). Wie viel mehr Urlaub bekommt er?'))).toMatch(/fünf zusätzliche/u);
    expect(shown(await turn(adapter, 'Gilt das auch bei Teilzeit? Er arbeitet nur vier Tage die Woche.'))).toMatch(/4 Tage Zusatzurlaub/u);
    const equal = shown(await turn(adapter, 'Und eine Kollegin ist nur gleichgestellt, kriegt die das auch?'));
    expect(equal).toMatch(/Gleichgestellte haben keinen Anspruch auf Zusatzurlaub/u);
  });

  it('gives the contacts of a branch named right after a contact card', async () => {
    const { adapter } = createTestBot();
    expect(shown(await turn(adapter, 'Wer ist in Köln unser Ansprechpartner?'))).toContain('Köln');
    expect(shown(await turn(adapter, 'Und für unsere Zweigstelle in Gütersloh?'))).toContain('Gütersloh');
  });

  it('after a general notice-period question, "and if he is disabled?" gets the dismissal protection', async () => {
    const { adapter } = createTestBot();
    expect(shown(await turn(adapter, 'Welche Kündigungsfrist gilt für einen Lagerarbeiter nach zehn Jahren?'))).toMatch(/Arbeitsrecht/u);
    const replies = shown(await turn(adapter, 'Und falls er eine Schwerbehinderung hat?'));
    expect(replies).toMatch(/Kündigungsschutz/u);
    expect(replies).toMatch(/Zustimmung des Inklusionsamts/u);
  });

  it('asks for the place when the responsible office is asked with no place known', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Was ist eine Gleichstellung?');
    expect(shown(await turn(adapter, 'Welches Integrationsamt ist eigentlich für uns zuständig?'))).toMatch(/Für welchen Ort/u);
  });
});

describe('figures said in passing are used later', () => {
  it('a levy question after "wir sind 45 Leute" asks only for the disabled employees and calculates', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Wir sind ein Malerbetrieb mit 45 Mitarbeitern in Münster. Wer ist unser Ansprechpartner?');
    expect(shown(await turn(adapter, 'Müssen wir eigentlich Ausgleichsabgabe zahlen?'))).toMatch(/45 Arbeitsplätzen/u);
    // 45 × 5 % = 2 places, none filled: 2 × 465 € × 12 = 11.160 € (2025, employer with 40 to 59 workplaces)
    expect(shown(await turn(adapter, '0'))).toMatch(/11\.160/u);
  });
});
