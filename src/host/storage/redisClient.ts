import { createClient, defineScript, type CommandParser } from 'redis';
import type { Logger } from '../logger.js';

/** What the Redis client logs: connection trouble only, never keys or stored values. */
export type StorageLogger = Pick<Logger, 'info' | 'warn'>;

/**
 * Compare-and-set in one atomic step. KEYS[1]: the key; ARGV: expected eTag ('' = overwrite), new JSON, TTL in ms.
 * @remarks Returns 0 on a conflict. An expected eTag on a missing key writes, as botbuilder's `MemoryStorage` does.
 */
const writeIfETagMatches = defineScript({
  NUMBER_OF_KEYS: 1,
  SCRIPT: `
    if ARGV[1] ~= '' then
      local current = redis.call('GET', KEYS[1])
      if current then
        local ok, stored = pcall(cjson.decode, current)
        if not ok or type(stored) ~= 'table' or stored.eTag ~= ARGV[1] then return 0 end
      end
    end
    redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
    return 1`,
  parseCommand(parser: CommandParser, key: string, expectedETag: string, json: string, ttlMs: number) {
    parser.pushKey(key);
    parser.push(expectedETag, json, String(ttlMs));
  },
  transformReply: (reply: unknown) => reply === 1,
});

/**
 * GET that restarts the idle time of a found key. KEYS[1]: the key; ARGV[1]: TTL in ms.
 * @remarks A script rather than GETEX, which needs Redis 6.2 and is missing from some managed Redis offerings.
 */
const readAndTouch = defineScript({
  NUMBER_OF_KEYS: 1,
  SCRIPT: `
    local value = redis.call('GET', KEYS[1])
    if value then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
    return value`,
  parseCommand(parser: CommandParser, key: string, ttlMs: number) {
    parser.pushKey(key);
    parser.push(String(ttlMs));
  },
  transformReply: (reply: unknown) => (typeof reply === 'string' ? reply : undefined),
});

/**
 * Deletes a lock only while it still holds this owner's token. KEYS[1]: the lock key; ARGV[1]: the token.
 * @remarks A lock that expired and was taken by another turn is left alone. UNLINK rather than DEL: the documented
 * Redis ACL user may run UNLINK but not DEL.
 */
const releaseLock = defineScript({
  NUMBER_OF_KEYS: 1,
  SCRIPT: `
    if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('UNLINK', KEYS[1]) end
    return 0`,
  parseCommand(parser: CommandParser, key: string, token: string) {
    parser.pushKey(key);
    parser.push(token);
  },
  transformReply: (reply: unknown) => reply === 1,
});

const stateClientOptions = (url: string) => ({
  url,
  // Fail a turn at once while the connection is down instead of letting requests hang until it is back.
  disableOfflineQueue: true,
  socket: { connectTimeout: 5_000 },
  scripts: { readAndTouch, writeIfETagMatches, releaseLock },
});

/** Creates (but does not connect) a node-redis client for the state storage. */
export function createStateClient(url: string, logger: StorageLogger) {
  const client = createClient(stateClientOptions(url));
  let outage = false;
  // Without an 'error' listener node-redis' EventEmitter would crash the process on the first lost connection.
  client.on('error', (error: unknown) => {
    if (outage) return;
    outage = true;
    const { name, code, message } = (error ?? {}) as { name?: string; code?: string; message?: string };
    logger.warn({ errName: name, errCode: code, errMessage: message }, 'redis connection failed, retrying');
  });
  client.on('ready', () => {
    if (!outage) return;
    outage = false;
    logger.info('redis connection restored');
  });
  return client;
}

/** The node-redis client type with the storage's scripts. */
export type StateClient = ReturnType<typeof createStateClient>;

/** REDIS_URL without its password, for messages. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured URL';
  }
}

/**
 * Connects, or fails after `timeoutMs` with a message that names REDIS_URL.
 * @remarks node-redis keeps retrying a refused connection forever; the start-up should fail instead.
 */
export async function connectStateClient(client: StateClient, url: string, timeoutMs: number): Promise<void> {
  let lastError: unknown;
  const remember = (error: unknown) => { lastError = error; };
  client.on('error', remember);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
  });
  const connecting = client.connect();
  try {
    await Promise.race([connecting, timedOut]);
  } catch (error) {
    connecting.catch(() => undefined);
    if (client.isOpen) client.destroy();
    const reason = lastError ?? error;
    const detail = reason instanceof Error ? reason.message : String(reason);
    throw new Error(`REDIS_URL: cannot connect to Redis at ${redactRedisUrl(url)} within ${timeoutMs / 1000} s (${detail}).`, { cause: error });
  } finally {
    clearTimeout(timer);
    client.off('error', remember);
  }
}
