import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisUnavailableReason, startRedisServer, type RedisServer } from '../helpers/redisServer.js';
import { startBotProcesses, type BotProcess } from './botProcess.js';

const unavailable = redisUnavailableReason();

/** Turns sent at once, alternating between the two instances. */
const PARALLEL_TURNS = 20;

interface Channel {
  name: string;
  /** Starts a conversation (no message turn yet); returns its id. */
  start(bot: BotProcess): Promise<string>;
  turn(bot: BotProcess, id: string): Promise<{ status: number }>;
  /** The Redis key of the conversation's botbuilder state. */
  stateKey(id: string): string;
}

const CHANNELS: Channel[] = [
  {
    name: 'web chat',
    start: async (bot) => {
      const created = await bot.post('/api/webchat/conversations', { locale: 'de-DE' });
      expect(created.status).toBe(201);
      return created.body.conversationId as string;
    },
    turn: (bot, id) => bot.post(`/api/webchat/conversations/${id}/activities`, { type: 'message', text: 'Hilfe' }),
    stateKey: (id) => `inklusionslotse:webchat/conversations/${id}/`,
  },
  {
    name: '/api/messages (expectReplies)',
    start: async () => `parallel-${Date.now()}`,
    turn: (bot, id) => bot.post('/api/messages', {
      type: 'message', text: 'Hilfe', deliveryMode: 'expectReplies', channelId: 'test', serviceUrl: 'https://example.invalid/',
      conversation: { id }, from: { id: 'user' }, recipient: { id: 'bot' },
    }),
    stateKey: (id) => `inklusionslotse:test/conversations/${id}/`,
  },
];

// botbuilder writes state with eTag "*": without the conversation lock, turns that overlap on two instances
// overwrite each other's state. Every message turn increments `conversationData.turns`, so a lost update shows as a count
// lower than the number of turns that were answered.
describe.skipIf(unavailable !== undefined)(`parallel turns of one conversation on two instances${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let redis: RedisServer | undefined;
  const bots: BotProcess[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    const env = { STORAGE: 'redis', REDIS_URL: redis.url, RATE_LIMIT_CONVERSATION_PER_MINUTE: '0', RATE_LIMIT_PER_MINUTE: '0' };
    bots.push(...(await startBotProcesses(2, env)));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(bots.map((bot) => bot.stop()));
    await redis?.stop();
  }, 15_000);

  it.each(CHANNELS)('$name: no turn is lost, none fails', async (channel) => {
    const id = await channel.start(bots[0]!);
    const responses = await Promise.all(Array.from({ length: PARALLEL_TURNS }, (_, i) => channel.turn(bots[i % 2]!, id)));
    const answered = responses.filter((r) => r.status === 200).length;
    const refused = responses.filter((r) => r.status !== 200);
    // A turn that waited too long for the lock may be refused with 429; nothing else.
    expect(refused.every((r) => r.status === 429), JSON.stringify(refused)).toBe(true);
    expect(answered).toBeGreaterThan(0);

    const client = createClient({ url: redis!.url });
    await client.connect();
    try {
      const state = JSON.parse((await client.get(channel.stateKey(id))) ?? '{}') as { conversationData?: { turns?: number } };
      const lostUpdates = answered - (state.conversationData?.turns ?? 0);
      expect(lostUpdates).toBe(0);
    } finally {
      await client.close();
    }
  }, 60_000);
});
