import { describe, expect, it } from 'vitest';
import { createTestBot, shown, turn } from '../helpers/testBot.js';

const REFERRAL = /Dabei kann ich leider nicht helfen/;

// [opening question, follow-up, what the follow-up must show]: a neighbouring word inside a conversation of the remit
const STAYS_ON_TOPIC: [string, string, RegExp][] = [
  ['Was muss ich beachten, wenn ich einem schwerbehinderten Mitarbeiter kündigen will?', 'Wie ist das mit der Kündigungsfrist?', /Kündigungsschutz/],
  ['Was muss ich beachten, wenn ich einem schwerbehinderten Mitarbeiter kündigen will?', 'Und wenn ich ihm in der Probezeit kündige?', /sechs Monat/],
  ['Wie viel Zusatzurlaub bekommt ein schwerbehinderter Mitarbeiter?', 'Und wie viel Urlaub hat er insgesamt?', /Zusatzurlaub/],
];

// [neighbouring question (referred elsewhere), follow-up that adds the disability, the remit's topic it must show]
const BECOMES_OURS: [string, string, RegExp][] = [
  ['Wie kündige ich einem Mitarbeiter in der Probezeit?', 'Und wenn er schwerbehindert ist?', /Kündigungsschutz/],
  ['Wie viel Urlaub steht einem Mitarbeiter gesetzlich zu?', 'Und wenn sie schwerbehindert ist?', /Zusatzurlaub/],
  ['How long can a probation period be in Germany?', 'What if the employee is severely disabled?', /dismissal/i],
];

describe('neighbouring subjects in a conversation', () => {
  it.each(BECOMES_OURS)('after the referral for "%s", "%s" gets the topic of the remit', async (neighbour, followUp, expected) => {
    const { adapter } = createTestBot();
    expect(shown(await turn(adapter, neighbour))).toMatch(/Dabei kann ich leider nicht helfen|I am afraid I cannot help/);
    const reply = shown(await turn(adapter, followUp));
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(REFERRAL);
  });

  it('lends the referral\'s neighbour to the next message only', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Wie kündige ich einem Mitarbeiter in der Probezeit?');
    expect(shown(await turn(adapter, 'Was ist das Budget für Arbeit?'))).toContain('Budget für Arbeit');
    expect(shown(await turn(adapter, 'Und wenn er schwerbehindert ist?'))).not.toMatch(/Besonderer Kündigungsschutz/);
  });

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

describe('a short question outside the remit inside a conversation of the remit', () => {
  // the conversation lends its evidence to a short follow-up, but an unrelated short question is no question of ours
  it.each(['Kannst du mir eine Pizza bestellen?', 'Wie wird das Wetter morgen?'])('%s is not asked back as if it were ours', async (text) => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Was ist das Budget für Arbeit?');
    const reply = shown(await turn(adapter, text));
    expect(reply).not.toMatch(/Meinten Sie eines dieser Themen/);
    expect(reply).not.toMatch(/Budget für Arbeit/);
  });
});

describe('a special case of the topic under discussion that is also a neighbouring word', () => {
  it.each(['Gilt das auch in der Probezeit? Sie ist erst seit drei Monaten bei uns.', 'Und in der Probezeit, gilt das da auch?'])('%s stays with the Kündigungsschutz', async (text) => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Was muss ich beachten, wenn ich einer schwerbehinderten Mitarbeiterin kündigen will?');
    const reply = shown(await turn(adapter, text));
    expect(reply).not.toMatch(REFERRAL);
    expect(reply).toMatch(/sechs Monat|6 Monat/);
  });
});
