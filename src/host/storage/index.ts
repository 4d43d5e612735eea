import type { Storage } from 'botbuilder';
import type { Config } from '../../config.js';
import { createMemoryStorage } from './partitionedStorage.js';
import type { StorageLogger } from './redisClient.js';
import { RedisStorage } from './redisStorage.js';

export { BoundedMemoryStorage } from './boundedMemoryStorage.js';
export { createMemoryStorage, PartitionedStorage } from './partitionedStorage.js';
export { RedisStorage, DEFAULT_KEY_PREFIX } from './redisStorage.js';

/** The state storage of the process and how to let go of it. */
export interface StorageHandle {
  storage: Storage;
  /** Closes the connection (Redis); waits for pending commands. */
  close(): Promise<void>;
}

/** Rarely changed settings, for tests. */
export interface StorageFactoryOptions {
  /** How long the start-up waits for Redis. */
  connectTimeoutMs?: number;
  keyPrefix?: string;
}

/**
 * Creates the storage that `STORAGE` names: process memory, or Redis shared by several instances.
 * @remarks For Redis the connection is made here, so that a wrong REDIS_URL stops the start with a clear message.
 * The Redis client is loaded only then: a single instance does not pay its start-up time (~0.1 s).
 */
export async function createStorage(
  state: Config['state'],
  logger: StorageLogger,
  options: StorageFactoryOptions = {},
): Promise<StorageHandle> {
  if (state.storage === 'memory') {
    return { storage: createMemoryStorage(state), close: async () => undefined };
  }
  const { connectStateClient, createStateClient } = await import('./redisClient.js');
  const client = createStateClient(state.redisUrl, logger);
  await connectStateClient(client, state.redisUrl, options.connectTimeoutMs ?? 5_000);
  return {
    storage: new RedisStorage(client, { ttlMs: state.ttlMs, keyPrefix: options.keyPrefix }),
    close: async () => {
      if (client.isOpen) await client.close();
    },
  };
}
