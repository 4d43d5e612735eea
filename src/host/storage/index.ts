import type { Storage } from 'botbuilder';
import type { Config } from '../../config.js';
import { createMemoryStorage } from './partitionedStorage.js';
import { NO_CONVERSATION_LOCK, RedisConversationLock, type ConversationLock } from './conversationLock.js';
import type { StorageLogger } from './redisClient.js';
import { DEFAULT_KEY_PREFIX, RedisStorage } from './redisStorage.js';

export { BoundedMemoryStorage } from './boundedMemoryStorage.js';
export { createMemoryStorage, PartitionedStorage } from './partitionedStorage.js';
export { RedisStorage, DEFAULT_KEY_PREFIX } from './redisStorage.js';
export { NO_CONVERSATION_LOCK, type ConversationLock } from './conversationLock.js';

/** How long a conversation lock lives at most: longer than any turn (each Redis call has its own deadline). */
const LOCK_HOLD_MS = 15_000;

/** The state storage of the process and how to let go of it. */
export interface StorageHandle {
  storage: Storage;
  /** One turn at a time per conversation, across every instance sharing the storage. */
  lock: ConversationLock;
  /** True when the storage answers within its deadline (the readiness check). */
  isReady(): Promise<boolean>;
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
    return {
      storage: createMemoryStorage(state),
      lock: NO_CONVERSATION_LOCK,
      isReady: async () => true,
      close: async () => undefined,
    };
  }
  const { connectStateClient, createStateClient } = await import('./redisClient.js');
  const client = createStateClient(state.redisUrl, logger);
  await connectStateClient(client, state.redisUrl, options.connectTimeoutMs ?? 5_000);
  const keyPrefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
  const storage = new RedisStorage(client, { ttlMs: state.ttlMs, keyPrefix, commandTimeoutMs: state.redisTimeoutMs });
  return {
    storage,
    lock: new RedisConversationLock(client, { waitMs: state.lockWaitMs, holdMs: LOCK_HOLD_MS, commandTimeoutMs: state.redisTimeoutMs, keyPrefix }),
    isReady: () => storage.isReachable(),
    close: async () => {
      if (client.isOpen) await client.close();
    },
  };
}
