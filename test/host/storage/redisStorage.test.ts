import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../../src/config.js';
import { createLogger } from '../../../src/host/logger.js';
import { createStorage, PartitionedStorage, RedisStorage, type StorageHandle } from '../../../src/host/storage/index.js';
import { connectStateClient, createStateClient, type StateClient } from '../../../src/host/storage/redisClient.js';
import { freePort, redisUnavailableReason, startRedisServer, startRedisWithClients, type RedisInspector, type RedisServer, type RedisWithClients } from '../../helpers/redisServer.js';
import { storageContract } from './storage.contract.js';

const unavailable = redisUnavailableReason();
const TTL_MS = 500;
const silent = createLogger('silent');
const redisState = (redisUrl: string, ttlMs = 60_000): Config['state'] => ({ storage: 'redis', redisUrl, ttlMs, unauthenticatedTtlMs: ttlMs, maxConversations: 100, redisTimeoutMs: 2_000, lockWaitMs: 3_000 });

const capturingLogger = () => {
  const lines: string[] = [];
  const sink = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
  return { logger: createLogger('info', sink), lines };
};

describe.skipIf(unavailable !== undefined)(`RedisStorage${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let server: RedisServer;
  let client: StateClient;
  let inspector: RedisInspector;
  let redisWithClients: RedisWithClients | undefined;
  let prefixes = 0;
  const nextPrefix = () => `test-${++prefixes}:`;

  beforeAll(async () => {
    redisWithClients = await startRedisWithClients(silent);
    ({ server: server, client, inspector } = redisWithClients);
  });
  afterAll(async () => {
    await redisWithClients?.stop();
  });

  storageContract('RedisStorage', async () => ({
    storage: new RedisStorage(client, { ttlMs: TTL_MS, keyPrefix: nextPrefix() }),
    ttlMs: TTL_MS,
    advance: (ms) => sleep(ms),
  }));

  it('stores JSON with its eTag under the prefixed key and sets the TTL on every write', async () => {
    const storage = new RedisStorage(client, { ttlMs: 60_000 });
    await storage.write({ 'webchat/conversations/x': { userId: 'u' } });
    const raw = await inspector.get('inklusionslotse:webchat/conversations/x');
    expect(JSON.parse(raw!)).toEqual({ userId: 'u', eTag: expect.any(String) });
    const ttl = await inspector.pTTL('inklusionslotse:webchat/conversations/x');
    expect(ttl).toBeGreaterThan(55_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('restarts the idle time when an item is read', async () => {
    const prefix = nextPrefix();
    const storage = new RedisStorage(client, { ttlMs: 60_000, keyPrefix: prefix });
    await storage.write({ a: { v: 1 } });
    await inspector.pExpire(`${prefix}a`, 1_000);
    await storage.read(['a']);
    expect(await inspector.pTTL(`${prefix}a`)).toBeGreaterThan(55_000);
  });

  it('lets two instances (two connections) share items and still detects their conflicts', async () => {
    const prefix = nextPrefix();
    const other = createStateClient(server.url, silent);
    await connectStateClient(other, server.url, 3_000);
    try {
      const instanceA = new RedisStorage(client, { ttlMs: 60_000, keyPrefix: prefix });
      const instanceB = new RedisStorage(other, { ttlMs: 60_000, keyPrefix: prefix });
      await instanceA.write({ shared: { step: 1 } });
      const seenByB = (await instanceB.read(['shared'])).shared!;
      expect(seenByB.step).toBe(1);
      const results = await Promise.allSettled([
        instanceA.write({ shared: { ...seenByB, step: 'A' } }),
        instanceB.write({ shared: { ...seenByB, step: 'B' } }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  describe('createStorage', () => {
    it('returns the partitioned bounded memory storage for STORAGE=memory', async () => {
      const handle = await createStorage({ storage: 'memory', redisUrl: '', ttlMs: 1_000, unauthenticatedTtlMs: 1_000, maxConversations: 100, redisTimeoutMs: 2_000, lockWaitMs: 3_000 }, silent);
      expect(handle.storage).toBeInstanceOf(PartitionedStorage);
      await handle.close();
    });

    it('returns a connected Redis storage for STORAGE=redis and closes it', async () => {
      const handle = await createStorage(redisState(server.url), silent, { keyPrefix: nextPrefix() });
      expect(handle.storage).toBeInstanceOf(RedisStorage);
      await handle.storage.write({ k: { v: 1 } });
      expect((await handle.storage.read(['k'])).k).toMatchObject({ v: 1 });
      await handle.close();
      await expect(handle.storage.read(['k'])).rejects.toThrow();
    });

    it('fails the start within the timeout, naming REDIS_URL and hiding the password', async () => {
      const url = `redis://:geheim@127.0.0.1:${await freePort()}`;
      const started = Date.now();
      const attempt = createStorage(redisState(url), silent, { connectTimeoutMs: 1_000 });
      await expect(attempt).rejects.toThrow(/^REDIS_URL: cannot connect to Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+ within 1 s \(.*ECONNREFUSED.*\)\.$/);
      await attempt.catch((error: Error) => expect(error.message).not.toContain('geheim'));
      expect(Date.now() - started).toBeLessThan(2_500);
    });

    it('survives a lost connection: turns fail fast, one warning is logged, and it reconnects', async () => {
      const own = await startRedisServer();
      const { logger, lines } = capturingLogger();
      let handle: StorageHandle | undefined;
      try {
        handle = await createStorage(redisState(own.url), logger, { keyPrefix: nextPrefix() });
        await handle.storage.write({ k: { secret: 'Gesprächsinhalt' } });
        await own.stop();
        const started = Date.now();
        await expect(handle.storage.read(['k'])).rejects.toThrow();
        expect(Date.now() - started).toBeLessThan(1_000);
        await sleep(500);
        const restarted = await startRedisServer(own.port);
        own.stop = restarted.stop;
        await expect.poll(() => handle!.storage.read(['k']).then(() => true, () => false), { timeout: 5_000, interval: 100 }).toBe(true);
        const messages = lines.map((line) => JSON.parse(line) as { level: number; msg: string });
        expect(messages.filter((m) => m.msg === 'redis connection failed, retrying')).toHaveLength(1);
        expect(messages.some((m) => m.msg === 'redis connection restored')).toBe(true);
        expect(lines.join('\n')).not.toContain('Gesprächsinhalt');
      } finally {
        await handle?.close().catch(() => undefined);
        await own.stop();
      }
    });
  });
});
