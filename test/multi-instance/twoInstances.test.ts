import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisUnavailableReason, startRedisServer, type RedisServer } from '../helpers/redisServer.js';
import { startBotProcesses, type BotProcess } from './botProcess.js';

const unavailable = redisUnavailableReason();

const cardOf = (activity: any) => activity?.attachments?.[0]?.content as Record<string, any> | undefined;
const allText = (activities: any[]) => activities.map((a) => `${a.text ?? ''} ${JSON.stringify(cardOf(a) ?? {})}`).join('\n');

// Two real bot processes behind an imaginary load balancer without sticky sessions: every turn may land anywhere.
describe.skipIf(unavailable !== undefined)(`two bot instances sharing Redis${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let redis: RedisServer | undefined;
  const bots: BotProcess[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    const env = { STORAGE: 'redis', REDIS_URL: redis.url, WEBCHAT_ENABLED: 'true' };
    bots.push(...(await startBotProcesses(2, env)));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(bots.map((bot) => bot.stop()));
    await redis?.stop();
  }, 15_000);

  it('continues one web chat conversation while the turns alternate between the instances', async () => {
    const [a, b] = bots as [BotProcess, BotProcess];
    const say = (bot: BotProcess, id: string, text: string) =>
      bot.post(`/api/webchat/conversations/${id}/activities`, { type: 'message', text, locale: 'de-DE' });

    const created = await a.post('/api/webchat/conversations', { locale: 'de-DE' });
    expect(created.status).toBe(201);
    const id = created.body.conversationId as string;

    // B knows the conversation A issued, and starts the contact dialog, which waits for a place.
    const ask = await say(b, id, 'Ansprechstelle finden');
    expect(ask.status, 'instance B must accept a conversation issued by A (is createStorage wired in src/main.ts?)').toBe(200);
    expect(ask.body.activities[0].text).toContain('Postleitzahl');

    // A resumes the dialog B left waiting.
    const contact = await say(a, id, 'Lippstadt');
    expect(contact.status).toBe(200);
    expect(cardOf(contact.body.activities[0])?.body[0].text).toContain('Kreis Soest');

    const switched = await say(b, id, 'English please');
    expect(allText(switched.body.activities)).toContain('English');

    // The language lives in UserState, written by B and read by A.
    const help = await say(a, id, 'Hilfe');
    expect(help.body.activities[0].text).toContain('How to use me');
    expect(help.body.activities[0].locale).toBe('en-US');

    const client = createClient({ url: redis!.url });
    await client.connect();
    try {
      const keys = (await client.keys('inklusionslotse:*')).sort();
      expect(keys).toEqual([
        `inklusionslotse:webchat-registry/conversations/${id}`,
        `inklusionslotse:webchat/conversations/${id}/`,
        expect.stringMatching(/^inklusionslotse:webchat\/users\/webchat-user-[A-Za-z0-9_-]{32}\/$/),
      ]);
      for (const key of keys) expect(await client.pTTL(key)).toBeGreaterThan(0);
    } finally {
      await client.close();
    }
  });
});
