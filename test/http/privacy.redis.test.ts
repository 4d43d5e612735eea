import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/host/logger.js';
import type { StateClient } from '../../src/host/storage/redisClient.js';
import { RedisStorage } from '../../src/host/storage/redisStorage.js';
import { redisUnavailableReason, startRedisWithClients, type RedisInspector, type RedisWithClients } from '../helpers/redisServer.js';

/** A made-up health detail that must never be stored, nor outlive the state's expiry. */
const HEALTH_DETAIL = 'Herr Beispielmann hat Multiple Sklerose';
/** Short idle expiry so the test can watch Redis forget (production: STATE_TTL_MINUTES). */
const TTL_MS = 1_500;

const unavailable = redisUnavailableReason();
const silent = createLogger('silent');

describe.skipIf(unavailable !== undefined)(`privacy with STORAGE=redis${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let client: StateClient;
  let inspector: RedisInspector;
  let redisWithClients: RedisWithClients | undefined;

  beforeAll(async () => {
    redisWithClients = await startRedisWithClients(silent);
    ({ client, inspector } = redisWithClients);
  });
  afterAll(async () => {
    await redisWithClients?.stop();
  });

  it('stores no message text in Redis, gives every key an expiry, and forgets the conversation when it expires', async () => {
    const app = createApp(loadConfig({ LOG_LEVEL: 'silent' }), { logger: silent, storage: new RedisStorage(client, { ttlMs: TTL_MS }) });
    const { port } = await app.listen(0, '127.0.0.1');
    const post = (path: string, body: unknown) =>
      fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    try {
      const { conversationId } = (await (await post('/api/webchat/conversations', {})).json()) as { conversationId: string };
      const path = `/api/webchat/conversations/${conversationId}/activities`;
      expect((await post(path, { type: 'message', text: `${HEALTH_DETAIL}. Welche Hilfen gibt es für den Arbeitsplatz?` })).status).toBe(200);
      expect((await post(path, { type: 'message', value: { note: HEALTH_DETAIL, command: 'findContact' } })).status).toBe(200);
      // The contact finder now waits for a place: a dialog is open and stored.
      expect((await post(path, { type: 'message', text: `Lippstadt – ${HEALTH_DETAIL}` })).status).toBe(200);

      const keys = await inspector.keys('inklusionslotse:*');
      expect(keys.length).toBeGreaterThanOrEqual(3);
      for (const key of keys) {
        const value = (await inspector.get(key)) ?? '';
        expect(value).not.toMatch(/Beispielmann|Sklerose/);
        const ttl = await inspector.pTTL(key);
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(TTL_MS);
      }

      await sleep(TTL_MS + 500);
      expect(await inspector.keys('inklusionslotse:*')).toEqual([]);
      expect((await post(path, { type: 'message', text: 'Hilfe' })).status).toBe(404);
    } finally {
      await app.close();
    }
  });
});
