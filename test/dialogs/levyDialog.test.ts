import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTestBot, turn } from '../helpers/testBot.js';

const cardOf = (reply: Partial<Activity> | undefined) => reply?.attachments?.[0]?.content as Record<string, any> | undefined;
const fact = (reply: Partial<Activity> | undefined, title: string) =>
  cardOf(reply)!.body.find((b: any) => b.type === 'FactSet').facts.find((f: any) => f.title === title)?.value as string;

describe('LevyDialog', () => {
  it('answers at once from one sentence with the calculation', async () => {
    // before 1 April the year whose Anzeige is due next is the year before
    const { adapter } = createTestBot({ clock: () => new Date('2026-03-15T10:00:00Z') });
    const [reply] = await turn(adapter, 'Wir haben 75 Arbeitsplätze und einen schwerbehinderten Mitarbeiter – wie viel Ausgleichsabgabe?');
    // 5 % of 75 = 3.75 → 4 places (60+: rounded half up); 1 filled → quota 1.33 % → 405 € × 3 × 12 = 14,580 €.
    expect(fact(reply, 'Pflichtarbeitsplätze')).toBe('4');
    expect(fact(reply, 'Ausgleichsabgabe für das Jahr')).toMatch(/14\.580\s€/);
    expect(fact(reply, 'Fällig bis')).toBe('31.03.2026');
    const text = JSON.stringify(cardOf(reply));
    expect(text).toContain('§ 163 SGB IX');
    expect(text).toContain('Verbindlich ist die Berechnung des Inklusionsamts');
  });

  it('calculates the year whose Anzeige is due next: in December 2026 the year 2026, due 31.03.2027', async () => {
    const { adapter } = createTestBot({ clock: () => new Date('2026-12-07T10:00:00Z') });
    const [reply] = await turn(adapter, 'Wir haben 75 Arbeitsplätze und einen schwerbehinderten Mitarbeiter – wie viel Ausgleichsabgabe?');
    expect(reply?.text).toMatch(/Ausgleichsabgabe für 2026/u);
    expect(fact(reply, 'Fällig bis')).toBe('31.03.2027');
    // 2026 has no published amounts of its own: the reply says why those of 2025 hold (§ 160 Abs. 3 SGB IX)
    expect(reply?.text).toMatch(/§ 160 Abs\. 3 SGB IX/u);
  });

  it('asks for missing numbers and re-asks after bad input, keeping what it has', async () => {
    const { adapter } = createTestBot();
    expect((await turn(adapter, 'Ausgleichsabgabe berechnen'))[0]!.text).toContain('Wie viele Arbeitsplätze');
    expect((await turn(adapter, 'viele'))[0]!.text).toMatch(/nicht als Zahl verstanden.*Wie viele Arbeitsplätze/s);
    expect((await turn(adapter, '-5'))[0]!.text).toContain('keine negative Zahl');
    expect((await turn(adapter, '2000000'))[0]!.text).toContain('bitte prüfen Sie die Zahl');
    expect((await turn(adapter, '120'))[0]!.text).toContain('auf diesen 120 Arbeitsplätzen');
    expect((await turn(adapter, '130'))[0]!.text).toContain('mehr als Ihre 120 Arbeitsplätze');
    const [reply] = await turn(adapter, '3');
    // Worked example 3 of the reference: 120 workplaces, 3 employed → 9,900 €.
    expect(fact(reply, 'Ausgleichsabgabe für das Jahr')).toMatch(/9\.900\s€/);
  });

  it('says there is no duty below 20 workplaces', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, 'Wie viel Ausgleichsabgabe zahlen wir bei 15 Arbeitsplätzen und keinem Schwerbehinderten?');
    expect(reply!.text).toContain('keine Beschäftigungspflicht');
  });

  it('accepts numbers as people write them while waiting for a figure', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Abgabe berechnen');
    expect((await turn(adapter, 'zweihundert'))[0]!.text).toContain('auf diesen 200 Arbeitsplätzen');
    // 10 places, 3 filled, quota 1.5 % → 405 € × 7 × 12 = 34,020 €
    expect(fact((await turn(adapter, 'drei'))[0], 'Ausgleichsabgabe für das Jahr')).toMatch(/34\.020\s€/);
    await turn(adapter, 'Abgabe berechnen');
    // both figures in one answer: 84 workplaces, 1 filled → 4 places, 3 unfilled, 405 € → 14,580 €
    expect(fact((await turn(adapter, 'so um die 84 MA, einer davon schwerbehindert'))[0], 'Ausgleichsabgabe für das Jahr')).toMatch(/14\.580\s€/);
  });

  it('answers "no duty" below 20 workplaces without asking for the second figure', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, 'Wir sind 19 Leute. Ausgleichsabgabe?');
    expect(reply!.text).toMatch(/keine Beschäftigungspflicht.*§ 154 Abs\. 1 SGB IX/);
    await turn(adapter, 'Abgabe berechnen');
    expect((await turn(adapter, 'siebzehn'))[0]!.text).toContain('keine Beschäftigungspflicht');
  });

  it('uses the 2024 amounts when asked for 2024', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, 'Ausgleichsabgabe für 2024 berechnen: 250 Arbeitsplätze, 0 schwerbehinderte Beschäftigte');
    expect(fact(reply, 'Ausgleichsabgabe für das Jahr')).toMatch(/112\.320\s€/);
  });

  it('goes back a step, switches language and can be cancelled', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Abgabe berechnen');
    await turn(adapter, '50');
    expect((await turn(adapter, 'zurück'))[0]!.text).toContain('Wie viele Arbeitsplätze');
    const switched = await turn(adapter, 'English please');
    expect(switched.at(-1)!.text).toContain('How many workplaces');
    expect((await turn(adapter, 'cancel'))[0]!.text).toContain('cancelled');
  });

  it('names the LWL-Inklusionsamt when the district is known', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'EAA in Lippstadt');
    const [reply] = await turn(adapter, 'Ausgleichsabgabe berechnen bei 45 Arbeitsplätzen und 0 Schwerbehinderten');
    expect(JSON.stringify(cardOf(reply))).toContain('LWL-Inklusionsamt Arbeit');
  });

  it.each([
    ['a district with the first figure', ['Ausgleichsabgabe berechnen', 'Wir sind eine Spedition in Dortmund mit 60 Arbeitsplätzen', '1'], 'LWL-Inklusionsamt Arbeit'],
    ['a district with the second figure', ['Ausgleichsabgabe berechnen', '60', 'Einer, wir sitzen in Köln'], 'LVR-Inklusionsamt'],
    ['a region of one Landschaftsverband with the first figure', ['Ausgleichsabgabe berechnen', '60 Arbeitsplätze, wir sind im Sauerland', '1'], 'LWL-Inklusionsamt Arbeit'],
  ])('names the Inklusionsamt of a place heard in an answer: %s', async (_label, messages, payee) => {
    const { adapter } = createTestBot();
    let reply: Partial<Activity> | undefined;
    for (const message of messages) [reply] = await turn(adapter, message);
    const card = JSON.stringify(cardOf(reply));
    expect(card).toContain(`an das ${payee}`);
    expect(card).not.toContain('LVR im Rheinland, LWL in Westfalen-Lippe');
  });

  it('keeps a district heard in an answer for the rest of the conversation', async () => {
    const { adapter } = createTestBot();
    for (const message of ['Ausgleichsabgabe berechnen', 'Wir sind eine Spedition in Dortmund mit 60 Arbeitsplätzen', '1']) await turn(adapter, message);
    // right after the result, "to whom" is the payee of that result: the Inklusionsamt of Dortmund's Landschaftsverband only
    const [reply] = await turn(adapter, 'An wen zahlen wir das?');
    expect(reply!.text).toContain('an das LWL-Inklusionsamt Arbeit');
    expect(reply!.text).not.toMatch(/LVR/u);
  });
});
