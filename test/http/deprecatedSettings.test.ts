import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotChild, type BotChild } from '../helpers/botChild.js';

describe('a deprecated setting at start-up (src/main.ts)', () => {
  let bot: BotChild;
  beforeAll(async () => { bot = await startBotChild({ STATE_MAX_ENTRIES: '900' }); }, 60_000);
  afterAll(async () => { await bot.kill(); });

  it('still works and is named in one warning log line', async () => {
    await bot.waitForLog('listening');
    const warnings = bot.logs().filter((line) => line.level === 40);
    expect(warnings.map((line) => line.msg)).toEqual(['STATE_MAX_ENTRIES is deprecated: read as STATE_MAX_CONVERSATIONS=300; set that instead']);
    expect((await fetch(`${bot.baseUrl}/healthz`)).status).toBe(200);
  });
});
