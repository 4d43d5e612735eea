import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTestBot, turn } from '../helpers/testBot.js';

/** Everything a reply shows: its text and every string of its cards. */
function shown(replies: Partial<Activity>[]): string {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const reply of replies) {
    walk(reply.text);
    walk(reply.attachments?.map((a) => a.content));
  }
  return strings.join('\n');
}

describe('questions whose answers depend on dated facts', () => {
  it('gives the 2026 levy with the amount and names the rule of § 160 Abs. 3 SGB IX', async () => {
    const { adapter } = createTestBot();
    const text = shown(await turn(adapter, 'Wie hoch ist die Ausgleichsabgabe für 2026 bei 84 Arbeitsplätzen und einem Schwerbehinderten?'));
    // 84 workplaces → 4 Pflichtplätze (5 % of 84 = 4.2), 1 filled → quota 1.19 % → 405 € × 3 × 12 = 14,580 €.
    expect(text).toContain('14.580');
    expect(text).toContain('§ 160 Abs. 3 SGB IX');
    expect(text).toMatch(/Beträge von 2025/);
  });

  it('names the HWK Münster EAA advice for a craft business in Münster', async () => {
    const { adapter } = createTestBot();
    const text = shown(await turn(adapter, 'Wer ist die EAA für meinen Handwerksbetrieb in Münster?'));
    expect(text).toContain('Handwerkskammer Münster');
  });

  it('gives at least one phone number to call for Bochum', async () => {
    const { adapter } = createTestBot();
    const text = shown(await turn(adapter, 'Wen kann ich in Bochum anrufen?'));
    expect(text).toMatch(/Telefon: \[0\d{2,4}[\d /-]+\]\(tel:/);
    expect(text).toContain('0800 4 5555 20');
  });
});

describe('the chamber EAA for the sector of the business', () => {
  it('names the HWK Münster EAA advice in the reply text when the message names a craft business', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, 'Wer ist die EAA für meinen Handwerksbetrieb in Münster?');
    expect(reply!.text).toContain('Handwerkskammer Münster');
  });

  it('asks for the sector where a chamber EAA serves only one sector, and answers for the sector chosen', async () => {
    const { adapter } = createTestBot();
    const first = shown(await turn(adapter, 'Ansprechstellen in Düsseldorf'));
    expect(first).toContain('Zu welcher Branche gehört Ihr Betrieb?');
    const industry = await turn(adapter, { type: 'message', value: { command: 'findContact', sector: 'industrie-und-handel' } });
    expect(industry[0]!.text).toContain('IHK Düsseldorf');
    expect(shown(industry)).not.toContain('Zu welcher Branche');
    const other = shown(await turn(adapter, { type: 'message', value: { command: 'findContact', sector: 'other' } }));
    expect(other).not.toContain('Handwerkskammer Düsseldorf');
    expect(other).not.toContain('IHK Düsseldorf');
    expect(other).toContain('0800 4 5555 20');
  });
});

describe('a year the question names', () => {
  it('answers a topic question for that year with the amounts valid then and says which year it shows', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, 'Wie hoch war die Ausgleichsabgabe für 2024?');
    expect(reply!.text).toContain('Angaben für das Jahr: 2024');
    expect(reply!.text).toContain('720');
    expect(reply!.text).not.toContain('815');
  });

  it('shows the card of a topic for a named year with the amounts valid then', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, 'Ausgleichsabgabe für 2024');
    const card = reply!.attachments![0]!.content as { body: { type: string; facts?: { title: string; value: string }[] }[] };
    const facts = card.body.find((b) => b.type === 'FactSet')!.facts!;
    expect(facts[0]).toEqual({ title: 'Angaben für das Jahr', value: '2024' });
    const values = facts.map((f) => f.value).join(' | ');
    expect(values).toContain('720');
    expect(values).not.toContain('815');
  });
});
