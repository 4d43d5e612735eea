import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTestBot, turn } from '../helpers/testBot.js';

const texts = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');

describe('language switching', () => {
  it('starts in English for an English channel locale and in German otherwise', async () => {
    const english = createTestBot({ locale: 'en-GB' });
    expect((await turn(english.adapter, 'Help'))[0]!.text).toContain('How to use me');
    const german = createTestBot({ locale: 'fr-FR' });
    expect((await turn(german.adapter, 'Hilfe'))[0]!.text).toContain('So können Sie mich nutzen');
  });

  it.each([
    ['einfacher bitte', 'de-x-simple', 'Einfacher Sprache'],
    ['Leichte Sprache', 'de-x-simple', 'Einfacher Sprache'],
    ['English please', 'en', 'English'],
    ['Einfache Sprache', 'de-x-simple', 'Einfacher Sprache'],
  ])('switches on "%s"', async (input, _language, confirmation) => {
    const { adapter } = createTestBot();
    expect(texts(await turn(adapter, input))).toContain(confirmation);
  });

  it('keeps the choice for later answers and switches back with "auf Deutsch"', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'English please');
    const [help] = await turn(adapter, 'help');
    expect(help!.text).toContain('How to use me');
    expect(help!.locale).toBe('en-US');
    await turn(adapter, 'auf Deutsch');
    expect((await turn(adapter, 'Hilfe'))[0]!.text).toContain('So können Sie mich nutzen');
  });

  it('explains the last topic again in Einfache Sprache from the card button', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Wie hoch ist der Eingliederungszuschuss?');
    const replies = await turn(adapter, { type: 'message', value: { command: 'simpleLanguage' } } as never);
    expect(replies[0]!.text).toContain('Einfacher Sprache');
    expect(replies[1]!.text).toContain('Eingliederungs-Zuschuss');
    expect(replies[1]!.locale).toBe('de-DE');
  });

  it('offers the language toggle with every answer', async () => {
    const { adapter } = createTestBot();
    const [german] = await turn(adapter, 'Hilfe');
    expect(german!.suggestedActions!.actions.map((a) => a.title)).toContain('Einfache Sprache');
    await turn(adapter, 'Einfache Sprache');
    const [simple] = await turn(adapter, 'Hilfe');
    expect(simple!.suggestedActions!.actions.map((a) => a.title)).toContain('Standard-Deutsch');
  });

  describe.each([
    ['a topic card', 'Was ist das Budget für Arbeit?'],
    ['a contact card', 'EAA in Lippstadt'],
    ['a levy result card', 'Ausgleichsabgabe bei 300 Arbeitsplätzen und 6 Schwerbehinderten'],
  ])('%s carries the language switch as a card button', (_label, question) => {
    const switchOf = (reply: Partial<Activity> | undefined) =>
      ((reply?.attachments?.[0]?.content as { actions?: any[] } | undefined)?.actions ?? []).find((a) => /Language$/.test(a.data?.command ?? ''));

    it.each([
      ['German', [], { command: 'simpleLanguage', title: 'Einfacher erklären' }],
      ['Einfache Sprache', ['Einfache Sprache'], { command: 'standardLanguage', title: 'Standard-Deutsch' }],
      ['English', ['English please'], { command: 'simpleLanguage', title: 'In plain German (Einfache Sprache)' }],
    ])('in %s', async (_language, before, expected) => {
      const { adapter } = createTestBot();
      for (const text of before) await turn(adapter, text);
      const replies = await turn(adapter, question);
      const button = switchOf(replies.find((r) => r.attachments?.length));
      expect({ command: button?.data.command, title: button?.title }).toEqual(expected);
      // Pressed, it switches: the next answer is in the other language.
      expect(texts(await turn(adapter, { type: 'message', value: button.data } as never))).toMatch(expected.command === 'simpleLanguage' ? /Einfache/ : /Standard|Deutsch/);
    });
  });
});
