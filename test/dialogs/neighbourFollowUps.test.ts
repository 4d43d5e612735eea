import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTestBot, turn } from '../helpers/testBot.js';

/** Everything a reply shows: its text and its card, as one string. */
const shown = (replies: Partial<Activity>[]): string => replies.map((r) => `${r.text ?? ''} ${JSON.stringify(r.attachments?.[0]?.content ?? {})}`).join('\n');
const REFERRAL = /Dabei kann ich leider nicht helfen/;

// [opening question, follow-up, what the follow-up must show]: a neighbouring word inside a conversation of the remit
const STAYS_ON_TOPIC: [string, string, RegExp][] = [
  ['Was muss ich beachten, wenn ich einem schwerbehinderten Mitarbeiter kündigen will?', 'Wie ist das mit der Kündigungsfrist?', /Kündigungsschutz/],
  ['Was muss ich beachten, wenn ich einem schwerbehinderten Mitarbeiter kündigen will?', 'Und wenn ich ihm in der Probezeit kündige?', /sechs Monat/],
  ['Wie viel Zusatzurlaub bekommt ein schwerbehinderter Mitarbeiter?', 'Und wie viel Urlaub hat er insgesamt?', /Zusatzurlaub/],
];

describe('neighbouring subjects in a conversation', () => {
  it.each(STAYS_ON_TOPIC)('after "%s", "%s" stays with the topic', async (opening, followUp, expected) => {
    const { adapter } = createTestBot();
    await turn(adapter, opening);
    const reply = shown(await turn(adapter, followUp));
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(REFERRAL);
  });

  it('refers the same short question when no topic of the remit was discussed', async () => {
    const { adapter } = createTestBot();
    expect(shown(await turn(adapter, 'Wie ist das mit der Kündigungsfrist?'))).toMatch(REFERRAL);
  });

  it('still refers a longer neighbouring question inside a conversation of the remit', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Ein Mitarbeiter war acht Wochen krank. Muss ich ein BEM anbieten?');
    const reply = shown(await turn(adapter, 'Und wer zahlt in der Zeit das Krankengeld?'));
    expect(reply).toMatch(REFERRAL);
    expect(reply).toMatch(/Krankenkasse/);
  });
});
