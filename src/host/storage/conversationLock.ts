import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ServiceUnavailableError, withDeadline } from '../unavailable.js';
import type { StateClient } from './redisClient.js';

/** Runs the turns of one conversation one at a time. */
export interface ConversationLock {
  /** Runs `turn` while holding the lock of `conversationKey`; rejects with a 429 `ServiceUnavailableError` when it stays busy. */
  run<T>(conversationKey: string, turn: () => Promise<T>): Promise<T>;
}

/** For a single process with memory storage: nothing to coordinate with (the web chat queues its turns itself). */
export const NO_CONVERSATION_LOCK: ConversationLock = { run: (_key, turn) => turn() };

/** Options of {@link RedisConversationLock}. */
export interface RedisConversationLockOptions {
  /** How long a turn waits for a busy conversation before it is refused with 429. */
  waitMs: number;
  /** How long a lock lives at most (a crashed instance's lock frees itself after this). */
  holdMs: number;
  /** Deadline of each Redis command. */
  commandTimeoutMs: number;
  keyPrefix: string;
}

const FIRST_RETRY_MS = 10;
const LONGEST_RETRY_MS = 100;

/**
 * A per-conversation lock in Redis shared by every instance: `SET key token NX PX holdMs` takes it, a Lua
 * compare-and-delete gives it back only while it still holds this turn's random token.
 * @remarks botbuilder saves state with eTag `*`, so without it two instances running turns of one conversation at
 * the same time would overwrite each other's state. Waiting is bounded: retries with growing pauses (10 → 100 ms,
 * with jitter) until `waitMs`, then 429 with `Retry-After: 1`. Keys hold a hash of the conversation, not its id.
 */
export class RedisConversationLock implements ConversationLock {
  constructor(private readonly client: StateClient, private readonly options: RedisConversationLockOptions) {}

  async run<T>(conversationKey: string, turn: () => Promise<T>): Promise<T> {
    const key = `${this.options.keyPrefix}lock/${createHash('sha256').update(conversationKey).digest('base64url')}`;
    const token = randomUUID();
    const giveUpAt = Date.now() + this.options.waitMs;
    for (let pause = FIRST_RETRY_MS; !(await this.tryTake(key, token)); pause = Math.min(pause * 2, LONGEST_RETRY_MS)) {
      const jittered = pause / 2 + Math.random() * pause;
      if (Date.now() + jittered > giveUpAt) throw new ServiceUnavailableError('conversation-lock', 1, 429);
      await sleep(jittered);
    }
    try {
      return await turn();
    } finally {
      // A release that fails leaves the lock to expire after holdMs.
      await this.command(this.client.releaseLock(key, token)).catch(() => undefined);
    }
  }

  private async tryTake(key: string, token: string): Promise<boolean> {
    const reply = await this.command(this.client.set(key, token, { condition: 'NX', expiration: { type: 'PX', value: this.options.holdMs } }));
    return reply === 'OK';
  }

  private command<T>(operation: Promise<T>): Promise<T> {
    return withDeadline(operation, this.options.commandTimeoutMs, 'storage');
  }
}
