/**
 * Measures how long requests wait when a dependency hangs (not a test: timings belong to measurements).
 *
 *   npx tsx test/deadlines/deadlines.measure.ts
 *
 * Starts the real bot (`src/main.ts`) with the default deadlines and prints
 * 1. Teams mode with a login host that accepts connections and never answers: status and time of 50 parallel
 *    requests, of one more request within the back-off, and the connections the login host saw;
 * 2. STORAGE=redis with redis-server stopped by SIGSTOP: status and time of a web chat turn and of /healthz.
 */
import { startBotChild, type BotChild } from '../helpers/botChild.js';
import { newSigningKeyPair, signToken, startHangingLoginHost } from '../helpers/loginHost.js';
import { startRedisServer } from '../helpers/redisServer.js';

const timed = async (request: () => Promise<Response>): Promise<string> => {
  const started = performance.now();
  const response = await request();
  await response.arrayBuffer();
  return `${response.status} (Retry-After ${response.headers.get('retry-after') ?? '–'}) after ${Math.round(performance.now() - started)} ms`;
};
const post = (bot: BotChild, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(bot.baseUrl + path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

async function hangingLoginHost(): Promise<void> {
  const appId = '00000000-0000-4000-8000-000000000001';
  const pair = newSigningKeyPair('measure');
  const host = await startHangingLoginHost();
  const bot = await startBotChild({ MicrosoftAppId: appId, MicrosoftAppPassword: 'not-a-secret', BOT_OPENID_METADATA_URL: host.metadataUrl });
  try {
    const now = Math.floor(Date.now() / 1000);
    const token = signToken({ alg: 'RS256', kid: pair.kid }, { iss: 'https://api.botframework.com', aud: appId, nbf: now - 60, exp: now + 3600 }, pair.privateKey);
    const activity = { type: 'message', text: 'Hilfe', channelId: 'msteams', serviceUrl: 'https://example.invalid/', deliveryMode: 'expectReplies', conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' } };
    const request = () => post(bot, '/api/messages', activity, { Authorization: `Bearer ${token}` });
    const results = await Promise.all(Array.from({ length: 50 }, () => timed(request)));
    const times = results.map((r) => Number(/after (\d+) ms/.exec(r)![1]));
    console.log(`hanging login host, 50 parallel requests: ${[...new Set(results.map((r) => r.replace(/ after.*/, '')))].join(', ')}, ${Math.min(...times)}–${Math.max(...times)} ms`);
    console.log(`hanging login host, one more request within the back-off: ${await timed(request)}`);
    console.log(`connections the login host accepted: ${host.count()}`);
  } finally {
    await bot.kill();
    await host.close();
  }
}

async function stalledRedis(): Promise<void> {
  const redis = await startRedisServer();
  const bot = await startBotChild({ STORAGE: 'redis', REDIS_URL: redis.url });
  try {
    const created = (await (await post(bot, '/api/webchat/conversations', {})).json()) as { conversationId: string };
    redis.signal('SIGSTOP');
    console.log(`stalled Redis, web chat turn: ${await timed(() => post(bot, `/api/webchat/conversations/${created.conversationId}/activities`, { type: 'message', text: 'Hilfe' }))}`);
    console.log(`stalled Redis, GET /healthz: ${await timed(() => fetch(`${bot.baseUrl}/healthz`))}`);
    redis.signal('SIGCONT');
  } finally {
    await bot.kill();
    await redis.stop();
  }
}

await hangingLoginHost();
await stalledRedis();
