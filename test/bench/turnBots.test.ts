import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { inProcessBot } from '../../src/bench/turnBots.js';
import { PROJECT_ROOT } from '../../src/paths.js';

// what changes from run to run without the bot saying anything else (as record:replies leaves it out)
const stable = (replies: Partial<Activity>[]): string => JSON.stringify(replies, (key, value: unknown) => (['id', 'timestamp', 'localTimestamp', 'replyToId'].includes(key) ? undefined : value));

describe('inProcessBot with understandOnce (bench:turn --ablate)', () => {
  it('answers a conversation word for word as the bot does, also when a message comes again', async () => {
    const bot = inProcessBot(PROJECT_ROOT);
    const ablated = inProcessBot(PROJECT_ROOT, { understandOnce: true });
    // my own sentences: a programme, a place, a levy figure, the same programme again in the new context, small talk
    const messages = ['Gibt es Geld, wenn ich eine blinde Buchhalterin einstelle?', 'Wir sind in Münster.', 'Wir haben 64 Stellen und eine schwerbehinderte Kollegin.', 'Gibt es Geld, wenn ich eine blinde Buchhalterin einstelle?', 'Danke!'];
    for (const [n, text] of messages.entries()) {
      const expected = stable(await bot('ablation-test', text));
      const got = stable(await ablated('ablation-test', text));
      expect(got, `message ${n + 1}`).toBe(expected);
      expect(got.length, `message ${n + 1} has replies`).toBeGreaterThan(10);
    }
  }, 60_000);
});
