import { createHash } from 'node:crypto';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startBotChild, type BotChild } from '../helpers/botChild.js';
import { redisUnavailableReason, startRedisServer, type RedisServer } from '../helpers/redisServer.js';

const unavailable = redisUnavailableReason();

const post = (bot: BotChild, path: string, body: unknown) =>
  fetch(bot.baseUrl + path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

// A real redis-server that is stopped with SIGSTOP: it keeps its connections open and never answers.
describe.skipIf(unavailable !== undefined)(`a stalled Redis${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let redis: RedisServer | undefined;
  let bot: BotChild | undefined;
  let conversationId = '';

  beforeAll(async () => {
    redis = await startRedisServer();
    bot = await startBotChild({ STORAGE: 'redis', REDIS_URL: redis.url, REDIS_TIMEOUT_MS: '1000', TURN_LOCK_WAIT_MS: '200' });
    const created = await post(bot, '/api/webchat/conversations', { locale: 'de-DE' });
    expect(created.status).toBe(201);
    conversationId = ((await created.json()) as { conversationId: string }).conversationId;
  }, 60_000);

  afterAll(async () => {
    redis?.signal('SIGCONT');
    await bot?.kill();
    await redis?.stop();
  }, 15_000);

  const turn = () => post(bot!, `/api/webchat/conversations/${conversationId}/activities`, { type: 'message', text: 'Hilfe' });
  const messagesTurn = () => post(bot!, '/api/messages', {
    type: 'message', text: 'Hilfe', deliveryMode: 'expectReplies', channelId: 'test', serviceUrl: 'https://example.invalid/',
    conversation: { id: 'stalled-redis' }, from: { id: 'user' }, recipient: { id: 'bot' },
  });

  it.each([
    ['a web chat turn', () => `webchat/${conversationId}`, () => turn()],
    ['an /api/messages turn', () => 'test/stalled-redis', () => messagesTurn()],
  ])('refuses %s with 429 and Retry-After while another instance holds the conversation, and takes it once freed', async (_label, lockedConversation, request) => {
    const client = createClient({ url: redis!.url });
    await client.connect();
    try {
      const lockKey = `inklusionslotse:lock/${createHash('sha256').update(lockedConversation()).digest('base64url')}`;
      await client.set(lockKey, 'another-instance', { expiration: { type: 'PX', value: 60_000 } });
      const busy = await request();
      expect(busy.status).toBe(429);
      expect(busy.headers.get('retry-after')).toBe('1');
      expect(await busy.json()).toEqual({ error: 'this conversation is busy, please try again' });
      expect(await client.get(lockKey)).toBe('another-instance');
      await client.del(lockKey);
      expect((await request()).status).toBe(200);
      expect(await client.exists(lockKey)).toBe(0);
    } finally {
      await client.close();
    }
  });

  it('answers turns with 503 and Retry-After, reports the storage down, and recovers after SIGCONT', async () => {
    expect((await turn()).status).toBe(200);
    redis!.signal('SIGSTOP');

    for (const [name, request] of [['web chat turn', turn], ['new web chat conversation', () => post(bot!, '/api/webchat/conversations', {})], ['/api/messages turn', messagesTurn]] as const) {
      const response = await request();
      expect(response.status, name).toBe(503);
      expect(Number(response.headers.get('retry-after')), name).toBeGreaterThan(0);
    }
    const health = await fetch(`${bot!.baseUrl}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'unavailable', storage: 'down' });
    expect((await fetch(`${bot!.baseUrl}/livez`)).status).toBe(200);

    redis!.signal('SIGCONT');
    expect(await eventually(async () => (await fetch(`${bot!.baseUrl}/healthz`)).status === 200, 10_000)).toBe(true);
    const resumed = await turn();
    expect(resumed.status).toBe(200);
    expect(((await resumed.json()) as { activities: unknown[] }).activities.length).toBeGreaterThan(0);
  }, 60_000);
});
