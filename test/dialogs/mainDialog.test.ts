import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTestBot, turn } from '../helpers/testBot.js';

const allText = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');
const cardOf = (reply: Partial<Activity> | undefined) => reply?.attachments?.[0]?.content as Record<string, any> | undefined;
const suggestionTitles = (reply: Partial<Activity> | undefined) => reply?.suggestedActions?.actions.map((a) => a.title) ?? [];

/** One line per case: what the employer sends → a phrase the answer text must contain. */
const textCases: Array<[string, string | Record<string, unknown>, string]> = [
  ['the help command', 'Hilfe', 'So können Sie mich nutzen'],
  ['the help command with other case and punctuation', '  hilfe! ', 'So können Sie mich nutzen'],
  ['a card submit for help', { type: 'message', value: { command: 'help' } }, 'So können Sie mich nutzen'],
  ['a greeting', 'Hallo', 'Wobei kann ich Ihnen helfen'],
  ['a question about privacy', 'Was speichern Sie über mich? Datenschutz', 'lösche ihn nach 30 Minuten'],
  ['a question about sources', 'Woher stammen Ihre Quellen?', 'OpenStreetMap'],
  ['a known subject outside the remit', 'Wer wird deutscher Fußballmeister?', 'Dabei kann ich leider nicht helfen'],
  ['a neighbouring subject with who is responsible instead', 'Wie lange muss ich Lohnfortzahlung im Krankheitsfall leisten?', 'Krankenkasse'],
  ['garbage', 'xyzzy qwertz', 'keine gesicherte Information'],
];

describe('MainDialog', () => {
  it.each(textCases)('answers %s', async (_label, input, expected) => {
    const { adapter } = createTestBot();
    expect(allText(await turn(adapter, input as never))).toContain(expected);
  });

  it('answers a knowledge question with the topic card: facts, source link and next steps', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, 'Gibt es einen Zuschuss für eine Rollstuhlrampe am Arbeitsplatz?');
    const card = cardOf(reply)!;
    expect(reply!.text).toContain('Behinderungsgerechte Einrichtung');
    expect(card.version).toBe('1.5');
    const facts = card.body.find((b: any) => b.type === 'FactSet').facts.map((f: any) => f.title);
    expect(facts).toEqual(expect.arrayContaining(['Träger', 'Neueste Quelle vom']));
    const actions = card.actions.map((a: any) => a.type);
    expect(actions).toContain('Action.OpenUrl');
    expect(card.actions.find((a: any) => a.type === 'Action.OpenUrl').url).toMatch(/^https:\/\//);
    expect(card.actions.map((a: any) => a.title)).toEqual(expect.arrayContaining(['Ansprechstelle finden', 'Einfacher erklären']));
  });

  it('answers a related-topic button with that topic', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, { type: 'message', value: { topic: 'budget-fuer-arbeit' } } as never);
    expect(reply!.text).toContain('Budget für Arbeit');
  });

  it('asks back with two or three topics when a question is too vague', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, 'Zuschuss');
    const card = cardOf(reply)!;
    const topics = card.actions.filter((a: any) => a.data?.topic);
    expect(topics.length).toBeGreaterThanOrEqual(2);
    expect(topics.length).toBeLessThanOrEqual(3);
  });

  it('says honestly when it does not know and offers the EAA and help', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, 'xyzzy qwertz');
    expect(suggestionTitles(reply)).toEqual(['Ansprechstelle finden', 'Hilfe', 'Einfache Sprache']);
  });

  it('never puts what the user typed into a card', async () => {
    const { adapter } = createTestBot();
    const replies = await turn(adapter, 'Zuschuss Rollstuhlrampe <img src=x onerror=alert(1)> [link](javascript:alert(1))');
    expect(JSON.stringify(replies)).not.toMatch(/onerror|javascript:/);
  });

  it.each([
    ['a 5,000-character message', 'Zuschuss '.repeat(555)],
    ['only emoji', '🙂🙂🙂'],
    ['markup', '<div><script>alert(1)</script></div>'],
    ['a pasted e-mail', 'Von: max@example.org\nBetreff: Frage\n\nSehr geehrte Damen und Herren,\nwir möchten einen Azubi mit Behinderung einstellen.\nMit freundlichen Grüßen\nMax Mustermann\nTel. 0211 1234567'],
  ])('answers %s without failing', async (_label, text) => {
    const { adapter } = createTestBot({ maxMessageLength: 6_000 });
    const replies = await turn(adapter, text);
    expect(replies.length).toBeGreaterThan(0);
    expect(allText(replies)).not.toContain('schiefgegangen');
  });
});

describe('MainDialog with the programme finder', () => {
  it('starts the finder from the "Förderprogramme" button', async () => {
    const { adapter } = createTestBot();
    const replies = await turn(adapter, 'Förderprogramme');
    expect(JSON.stringify(replies)).toContain('Worum geht es bei Ihnen?');
  });

  it('fills the finder from a described situation and recommends training support with the EAA', async () => {
    const { adapter } = createTestBot();
    let replies = await turn(adapter, 'Ich will einen jungen Mann mit Lernbehinderung als Azubi einstellen; wir sind eine Bäckerei mit 12 Mitarbeitern in Lippstadt');
    for (let i = 0; i < 4 && !JSON.stringify(replies).includes('"topic"'); i++) {
      const card = replies.at(-1)?.attachments?.[0]?.content as any;
      const first = card?.actions?.find((a: any) => a.data?.finder)?.data;
      replies = await turn(adapter, first ? ({ type: 'message', value: first } as never) : 'weiß nicht');
    }
    const result = JSON.stringify(replies);
    // the finder's result card links the topic; a message whose own question is clear gets the topic card at once
    expect(result).toMatch(/"topic":"ausbildungszuschuss"|Zuschüsse zur Ausbildungsvergütung/);
    expect(result).toContain('Kreis Soest');
  });
});
