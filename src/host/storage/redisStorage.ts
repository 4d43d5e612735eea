import { randomUUID } from 'node:crypto';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { withDeadline } from '../unavailable.js';
import type { StateClient } from './redisClient.js';
import { currentStateTtl } from './stateTtlScope.js';

/** Options of {@link RedisStorage}. */
export interface RedisStorageOptions {
  /** Idle time after which an entry is forgotten; every read and write starts it again (shorter within `withStateTtl`). */
  ttlMs: number;
  /** Prepended to every key, so that several applications can share one Redis database. */
  keyPrefix?: string;
  /** Longest wait for Redis per storage call; beyond it (or while disconnected) the call fails with 503. */
  commandTimeoutMs?: number;
}

/** The default key prefix. */
export const DEFAULT_KEY_PREFIX = 'inklusionslotse:';

/** The default deadline of one storage call. */
export const DEFAULT_REDIS_TIMEOUT_MS = 2_000;

/**
 * A botbuilder `Storage` in Redis, shared by every instance of the bot: items are JSON strings with an eTag and
 * expire after an idle time.
 * @remarks Works like `MemoryStorage` and `BoundedMemoryStorage`: a write carrying a stale eTag is rejected with an
 * "eTag conflict" error (checked and written atomically by a Lua script), `*` or no eTag overwrites. Reading an
 * item also restarts its idle time (a second script). Every command touches a single key (no cross-slot
 * operations); node-redis pipelines the commands of one call into one round trip. node-redis' own command timeout
 * stops counting once a command is written, so a stalled server would hold every turn: each call here has its own
 * deadline ({@link RedisStorageOptions.commandTimeoutMs}) and fails with `ServiceUnavailableError` after it.
 */
export class RedisStorage implements Storage {
  private readonly keyPrefix: string;

  constructor(private readonly client: StateClient, private readonly options: RedisStorageOptions) {
    this.keyPrefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const ttlMs = currentStateTtl(this.options.ttlMs);
    const values = await this.deadline(Promise.all(keys.map((key) => this.client.readAndTouch(this.keyPrefix + key, ttlMs))));
    const items: StoreItems = {};
    keys.forEach((key, index) => {
      const json = values[index];
      if (json !== undefined) items[key] = JSON.parse(json) as StoreItem;
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const keys = Object.keys(changes);
    const ttlMs = currentStateTtl(this.options.ttlMs);
    const written = await this.deadline(Promise.all(
      keys.map((key) => {
        const item = (changes[key] ?? {}) as StoreItem;
        const expected = typeof item.eTag === 'string' && item.eTag !== '*' ? item.eTag : '';
        const json = JSON.stringify({ ...item, eTag: randomUUID() });
        return this.client.writeIfETagMatches(this.keyPrefix + key, expected, json, ttlMs);
      }),
    ));
    const conflict = keys.find((_, index) => !written[index]);
    if (conflict !== undefined) throw new Error(`Storage: error writing "${conflict}" due to eTag conflict.`);
  }

  async delete(keys: string[]): Promise<void> {
    await this.deadline(Promise.all(keys.map((key) => this.client.unlink(this.keyPrefix + key))));
  }

  /** True when Redis answers PING within the command timeout (for the readiness check). */
  async isReachable(): Promise<boolean> {
    return this.deadline(this.client.ping()).then(() => true, () => false);
  }

  private deadline<T>(operation: Promise<T>): Promise<T> {
    return withDeadline(operation, this.options.commandTimeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS, 'storage');
  }
}
