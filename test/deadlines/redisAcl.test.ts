import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotChild, type BotChild } from '../helpers/botChild.js';
import { redisUnavailableReason, startRedisServer, type RedisServer } from '../helpers/redisServer.js';

const unavailable = redisUnavailableReason();

/** The least-privileged Redis user the README documents for the bot. */
const DOCUMENTED_ACL = ['ACL', 'SETUSER', 'lotse', 'on', '>lotse-password', 'resetkeys', '~inklusionslotse:*', 'resetchannels', '-@all', '+@connection', '+get', '+set', '+pexpire', '+unlink', '+eval', '+evalsha'];

describe.skipIf(unavailable !== undefined)(`the bot as the documented Redis ACL user${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let redis: RedisServer | undefined;
  let bot: BotChild | undefined;
  let admin: ReturnType<typeof createClient> | undefined;

  beforeAll(async () => {
    redis = await startRedisServer();
    admin = createClient({ url: redis.url });
    await admin.connect();
    await admin.sendCommand(DOCUMENTED_ACL);
    bot = await startBotChild({ STORAGE: 'redis', REDIS_URL: `redis://lotse:lotse-password@127.0.0.1:${redis.port}`, TURN_LOCK_WAIT_MS: '200' });
  }, 60_000);
  afterAll(async () => {
    await bot?.kill();
    await admin?.close();
    await redis?.stop();
  });

  it('runs consecutive turns of one conversation (the lock is released), is ready, and leaves no lock behind', async () => {
    const post = (path: string, body: unknown) => fetch(bot!.baseUrl + path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const { conversationId } = (await (await post('/api/webchat/conversations', {})).json()) as { conversationId: string };
    for (let turn = 0; turn < 3; turn++) {
      expect((await post(`/api/webchat/conversations/${conversationId}/activities`, { type: 'message', text: 'Hilfe' })).status).toBe(200);
    }
    expect((await fetch(`${bot!.baseUrl}/healthz`)).status).toBe(200);
    expect(await admin!.keys('inklusionslotse:lock/*')).toEqual([]);
  });
});
