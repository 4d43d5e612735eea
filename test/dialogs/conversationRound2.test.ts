import { describe, expect, it } from 'vitest';
import { createTestBot, shown, turn } from '../helpers/testBot.js';

describe('dismissing a guided dialog', () => {
  it('drops the levy calculator for a knowledge question without offering to resume it', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Ich will die Ausgleichsabgabe berechnen');
    await turn(adapter, '95');
    const replies = await turn(adapter, 'Lassen wir das. Was ist eigentlich ein Budget für Arbeit?');
    expect(shown(replies)).toContain('Budget für Arbeit');
    expect(shown(replies)).not.toMatch(/Ausgleichsabgabe für 20\d\d beträgt/u);
    expect(shown(replies)).not.toContain('Weiter mit der Abgabe-Berechnung');
  });

  it('said alone, only cancels', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Ausgleichsabgabe berechnen');
    const replies = await turn(adapter, 'Vergiss es.');
    expect(shown(replies)).not.toMatch(/Zahl|Arbeitspl[aä]tze\?/u);
    expect(shown(await turn(adapter, '40'))).not.toMatch(/beträgt/u);
  });
});

describe('levy sentences and levy facets', () => {
  it('calculates a levy sentence that names the year of the report, then recalculates for another year', async () => {
    const { adapter } = createTestBot();
    // 80 × 5 % = 4 places, none filled: 2024 at 720 € → 34.560 €; 2025 at 815 € → 39.120 €
    expect(shown(await turn(adapter, 'Abgabe 2024 – achtzig Stellen, niemand schwerbehindert. Was müssen wir zahlen?'))).toMatch(/34\.560/u);
    expect(shown(await turn(adapter, 'Und für 2025?'))).toMatch(/39\.120/u);
  });

  it('answers "when and to whom" after an English levy result with the deadline and the office', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'English please');
    await turn(adapter, 'We have 200 workplaces and 3 severely disabled employees. What levy do we pay?');
    const replies = shown(await turn(adapter, 'So when do we have to pay, and to whom?'));
    expect(replies).toMatch(/31 March/u);
    expect(replies).toMatch(/Integration Office|Inklusionsamt/u);
  });

  it('pays the levy to the office of the seat, not of a branch named in passing', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Unser Firmensitz ist in Dortmund. Wer ist unser Ansprechpartner?');
    const replies = shown(await turn(adapter, 'An wen zahlen wir die Ausgleichsabgabe, auch für die Niederlassung in Düsseldorf?'));
    expect(replies).toMatch(/LWL/u);
    expect(replies).not.toMatch(/LVR-Inklusionsamt/u);
  });
});

describe('facets that name who is responsible or what something costs', () => {
  it('an apply follow-up names where to apply', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'English please');
    await turn(adapter, 'Is there a wage subsidy when I hire a severely disabled person?');
    expect(shown(await turn(adapter, 'What is the procedure?'))).toMatch(/Employer Service|Arbeitgeber-Service|employment agency|Jobcenter/iu);
  });

  it('finds "kostet nichts" in Einfache Sprache', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Einfache Sprache');
    await turn(adapter, 'was ist eine eaa');
    const replies = shown(await turn(adapter, 'ist das umsonst'));
    expect(replies).toContain('Das kostet es');
    expect(replies).toMatch(/Die Hilfe kostet nichts/u);
  });

  it('answers whether a Minijob counts for the quota from the sourced 18-hour rule', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Was ist die Beschäftigungspflicht?');
    expect(shown(await turn(adapter, 'Und Teilzeitkräfte – zählen die mit?'))).toMatch(/18 Stunden/u);
  });
});

describe('a follow-up to an ask-back', () => {
  it('answers about the offered topic that speaks of the follow-up\'s words', async () => {
    const { adapter } = createTestBot();
    const first = await turn(adapter, 'Ich habe eine Schreinerwerkstatt mit sechs Leuten. Kann ich jemanden aus einer Behindertenwerkstatt übernehmen?');
    const offered = shown(first);
    const pays = shown(await turn(adapter, 'Wer zahlt dann den Lohn?'));
    // whatever the recognizer offers, a topic that speaks of the wage answers, never the order-crediting one
    if (offered.includes('Budget für Arbeit')) expect(pays).toMatch(/Lohnkostenzuschuss|75 %/u);
    expect(pays).not.toContain('Anrechnung von Werkstattaufträgen');
  });
});
