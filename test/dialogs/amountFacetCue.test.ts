import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTestBot, turn } from '../helpers/testBot.js';

// "Gibt es dafür Geld?" asks the amount of the topic under discussion; a whole question that names the subsidy's object
// ("Gibt es einen Zuschuss für eine Rollstuhlrampe?") asks for the programme itself and gets its card, also when that
// topic is already under discussion (own sentences)
const heading = (replies: Partial<Activity>[]): string | undefined => {
  const body = (replies.flatMap((r) => r.attachments ?? [])[0]?.content as { body?: { text?: string; style?: string }[] } | undefined)?.body;
  return body?.[0]?.style === 'heading' ? body[0].text : undefined;
};

describe('amount cue: a follow-up, not every question about money', () => {
  it('answers the amount of the current topic for "Bekommen wir dafür Geld?" and "Kriege ich Geld?"', async () => {
    for (const followUp of ['Bekommen wir dafür Geld?', 'Kriege ich Geld?', 'Gibt es da auch Förderung?']) {
      const { adapter } = createTestBot();
      await turn(adapter, 'Was ist eine Arbeitsassistenz?');
      const replies = await turn(adapter, followUp);
      expect(replies.map((r) => r.text ?? '').join(' ')).toMatch(/Arbeitsassistenz/u);
      expect(heading(replies)).toBeUndefined();
    }
  });

  it('gives the card again for the same whole question asked a second time, also after a switch to Einfache Sprache', async () => {
    const { adapter } = createTestBot();
    const question = 'Gibt es Zuschüsse für einen Treppenlift?';
    expect(heading(await turn(adapter, question))).toBeDefined();
    const simple = heading((await turn(adapter, 'Einfache Sprache')).slice(1));
    expect(simple).toBeDefined();
    expect(heading(await turn(adapter, question))).toBe(simple);
  });
});
