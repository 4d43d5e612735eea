import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/host/logger.js';
import type { StateClient } from '../../src/host/storage/redisClient.js';
import { RedisStorage } from '../../src/host/storage/redisStorage.js';
import { redisUnavailableReason, startRedisWithClients, type RedisInspector, type RedisWithClients } from '../helpers/redisServer.js';

const unavailable = redisUnavailableReason();
const silent = createLogger('silent');
const STATE_TTL_MS = 30 * 60_000;
const UNAUTHENTICATED_TTL_MS = 60_000;

// Without an app id anyone may send /api/messages turns; what they leave in Redis must expire soon.
describe.skipIf(unavailable !== undefined)(`state of unauthenticated turns in Redis${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let client: StateClient;
  let inspector: RedisInspector;
  let redisWithClients: RedisWithClients | undefined;
  let app: App;
  let baseUrl = '';
  const post = (path: string, body: unknown) =>
    fetch(baseUrl + path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    redisWithClients = await startRedisWithClients(silent);
    ({ client, inspector } = redisWithClients);
    const config = loadConfig({ LOG_LEVEL: 'silent', STATE_TTL_MINUTES: String(STATE_TTL_MS / 60_000), UNAUTHENTICATED_STATE_TTL_MINUTES: String(UNAUTHENTICATED_TTL_MS / 60_000) });
    app = createApp(config, { logger: silent, storage: new RedisStorage(client, { ttlMs: STATE_TTL_MS }) });
    baseUrl = `http://127.0.0.1:${(await app.listen(0, '127.0.0.1')).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await redisWithClients?.stop();
  });

  const ttlsOf = async (pattern: string) => {
    const keys = await inspector.keys(`inklusionslotse:${pattern}`);
    return Promise.all(keys.map((key) => inspector.pTTL(key)));
  };

  it('/api/messages turns naming the web chat channel id are refused and write nothing', async () => {
    const turn = await post('/api/messages', {
      type: 'message', text: 'Hilfe', deliveryMode: 'expectReplies', channelId: 'webchat', serviceUrl: 'https://example.invalid/',
      conversation: { id: 'unauthenticated-webchat' }, from: { id: 'user-webchat' }, recipient: { id: 'bot' },
    });
    expect(turn.status).toBe(403);
    expect(await ttlsOf('webchat/conversations/unauthenticated-webchat/')).toHaveLength(0);
    expect(await ttlsOf('webchat/users/user-webchat/')).toHaveLength(0);
  });

  it.each([
    ['a channel of its own', 'test'],
    ['another made-up channel', 'msteams'],
  ])('/api/messages turns naming %s expire after UNAUTHENTICATED_STATE_TTL_MINUTES; web chat state keeps STATE_TTL_MINUTES', async (_name, channelId) => {
    const conversationId = `unauthenticated-${channelId}`;
    const turn = await post('/api/messages', {
      type: 'message', text: 'Hilfe', deliveryMode: 'expectReplies', channelId, serviceUrl: 'https://example.invalid/',
      conversation: { id: conversationId }, from: { id: `user-${channelId}` }, recipient: { id: 'bot' },
    });
    expect(turn.status).toBe(200);
    const { conversationId: webChatId } = (await (await post('/api/webchat/conversations', {})).json()) as { conversationId: string };
    expect((await post(`/api/webchat/conversations/${webChatId}/activities`, { type: 'message', text: 'Hilfe' })).status).toBe(200);

    const unauthenticated = [...await ttlsOf(`${channelId}/conversations/${conversationId}/`), ...await ttlsOf(`${channelId}/users/user-${channelId}/`)];
    expect(unauthenticated).toHaveLength(2);
    for (const ttl of unauthenticated) expect(ttl).toBeGreaterThan(0);
    for (const ttl of unauthenticated) expect(ttl).toBeLessThanOrEqual(UNAUTHENTICATED_TTL_MS);
    const webChat = await ttlsOf(`webchat/conversations/${webChatId}/`);
    expect(webChat).toHaveLength(1);
    expect(webChat[0]).toBeGreaterThan(UNAUTHENTICATED_TTL_MS);
  });
});
