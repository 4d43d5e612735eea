import { describe, expect, it } from 'vitest';
import { createTestBot, turn } from '../helpers/testBot.js';

/** One line per case: what the employer sends → a phrase the answer must contain. */
const cases: Array<[string, string | Record<string, unknown>, string]> = [
  ['the help command', 'Hilfe', 'So können Sie mich nutzen'],
  ['the help command in other case and with punctuation', '  hilfe! ', 'So können Sie mich nutzen'],
  ['a card submit for help', { type: 'message', value: { command: 'help' } }, 'So können Sie mich nutzen'],
  ['something the bot cannot answer', 'Wie wird das Wetter morgen?', 'keine gesicherte Information'],
];

describe('MainDialog', () => {
  it.each(cases)('answers %s', async (_label, input, expected) => {
    const { adapter } = createTestBot();
    const replies = await turn(adapter, input as never);
    expect(replies.map((r) => r.text).join('\n')).toContain(expected);
  });

  it('offers the EAA and help when it does not know', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, 'xyzzy qwertz');
    const titles = reply!.suggestedActions?.actions.map((a) => a.title);
    expect(titles).toEqual(['Ansprechstelle finden', 'Hilfe']);
  });
});
