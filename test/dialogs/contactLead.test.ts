import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTestBot, turn } from '../helpers/testBot.js';

interface Block { text?: string; separator?: boolean }

/** The card of the last reply: the names of its contacts in order, and all its text. */
function card(replies: Partial<Activity>[]): { names: string[]; text: string } {
  const body = ((replies.at(-1)?.attachments?.[0]?.content ?? {}) as { body?: Block[] }).body ?? [];
  return { names: body.filter((b) => b.separator).map((b) => b.text ?? ''), text: body.map((b) => b.text ?? '').join('\n') };
}

describe('the contact card leads with the office the question asks for', () => {
  it('puts the Inklusionsamt first when asked which Inklusionsamt is responsible', async () => {
    const { adapter } = createTestBot();
    const { names } = card(await turn(adapter, 'Welches Inklusionsamt ist für unseren Laden in Detmold zuständig?'));
    expect(names[0]).toBe('LWL-Inklusionsamt Arbeit');
    expect(names.some((n) => n.includes('EAA'))).toBe(true);
  });

  it('puts the Inklusionsamt first when asked where the office for inclusion is', async () => {
    const { adapter } = createTestBot();
    const { names } = card(await turn(adapter, 'Wo finde ich das Amt für Inklusion in Krefeld?'));
    expect(names[0]).toBe('LVR-Inklusionsamt');
  });

  it('says first that it has no entry for an office the data lack, then gives the EAA', async () => {
    const { adapter } = createTestBot();
    const { names, text } = card(await turn(adapter, 'Welcher Integrationsfachdienst ist für Herne zuständig?'));
    expect(text).toMatch(/Sie fragen nach: Integrationsfachdienst \(IFD\)\. Für Herne habe ich dazu keine geprüften Kontaktdaten/);
    expect(names[0]).toMatch(/EAA/);
  });

  it('keeps the EAA first and adds no such sentence when no office is asked for', async () => {
    const { adapter } = createTestBot();
    const { names, text } = card(await turn(adapter, 'Wer ist in Herne für uns zuständig?'));
    expect(names[0]).toMatch(/EAA/);
    expect(text).not.toMatch(/Sie fragen nach/);
  });
});
