import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { createClient } from 'redis';
import { afterEach, describe, expect, it } from 'vitest';
import { startBotChild, eventually, type BotChild } from '../helpers/botChild.js';
import { redisUnavailableReason, startRedisServer, type RedisServer } from '../helpers/redisServer.js';

/** src/main.ts forces the exit this long after the signal, whatever is still open. */
const FORCED_EXIT_MS = 10_000;

/** True when a TCP connection to the port is refused. */
const refused = (port: number) => new Promise<boolean>((resolve) => {
  const socket = connect(port, '127.0.0.1');
  socket.once('connect', () => { socket.destroy(); resolve(false); });
  socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
});

/** A request whose head the server has read and routed, and whose body is not sent yet. */
interface HeldRequest {
  /** Sends the body and resolves with the answer. */
  finish(): Promise<{ status: number; body: any }>;
}

/**
 * Starts a POST with `Expect: 100-continue` and resolves once the server answers "100 Continue": restify writes it
 * when it routes the request, so from then on the request is in flight on the server — deterministically, without
 * racing the signal against a turn that takes milliseconds. The body follows with {@link HeldRequest.finish}.
 */
function holdRequest(bot: BotChild, path: string, body: unknown, keepAlive: boolean): Promise<HeldRequest> {
  const payload = JSON.stringify(body);
  return new Promise((resolveHeld, rejectHeld) => {
    let answered: (value: { status: number; body: any }) => void;
    let failed: (error: Error) => void;
    const answer = new Promise<{ status: number; body: any }>((resolve, reject) => { answered = resolve; failed = reject; });
    // An error before finish() is reported through rejectHeld; finish() still hands the rejection on.
    answer.catch(() => undefined);
    const req = request({
      host: '127.0.0.1', port: bot.port, method: 'POST', path,
      // A connection of its own; with keep-alive it stays open after the answer, as a browser's does.
      agent: new Agent({ keepAlive, maxSockets: 1 }),
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload), Expect: '100-continue', Connection: keepAlive ? 'keep-alive' : 'close' },
    });
    req.once('continue', () => resolveHeld({ finish: () => { req.end(payload); return answer; } }));
    req.once('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { text += chunk; });
      res.once('end', () => answered({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
    });
    req.once('error', (error) => { failed(error); rejectHeld(error); });
    req.flushHeaders();
  });
}

async function startConversation(bot: BotChild): Promise<string> {
  const created = await fetch(`${bot.baseUrl}/api/webchat/conversations`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"locale":"de-DE"}' });
  expect(created.status).toBe(201);
  return ((await created.json()) as { conversationId: string }).conversationId;
}

const say = (text: string) => ({ type: 'message', text, locale: 'de-DE' });

/**
 * SIGTERM while a request is in flight: the listener closes at once, the request still gets its answer, and the
 * process exits with 0 on its own, before the forced exit. Returns the answer and the exit.
 */
async function terminateDuringTurn(bot: BotChild, conversationId: string, text: string, keepAlive: boolean) {
  const held = await holdRequest(bot, `/api/webchat/conversations/${conversationId}/activities`, say(text), keepAlive);
  const signalledAt = Date.now();
  bot.signal('SIGTERM');
  expect(await bot.waitForLog('shutting down', 5_000)).toMatchObject({ signal: 'SIGTERM' });

  expect(await eventually(() => refused(bot.port)), 'new connections must be refused once shutting down').toBe(true);
  expect(bot.hasExited(), 'the process must wait for the request in flight').toBe(false);

  const reply = await held.finish();
  const exit = await bot.exit;
  const logs = bot.logs();
  const shutdownLine = logs.findIndex((line) => line.msg === 'shutting down');
  // Logged once every connection is closed and the storage let go: the orderly end, not the forced exit.
  expect(logs.findIndex((line) => line.msg === 'stopped'), bot.output()).toBeGreaterThan(shutdownLine);
  const turnLines = logs.flatMap((line, index) => (line.msg === 'turn' && line.type === 'message' ? [index] : []));
  return { reply, exit, exitAfterMs: exit.at - signalledAt, shutdownLine, turnLines, output: bot.output() };
}

describe('graceful shutdown of the bot process', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanups.length > 0) await cleanups.pop()!();
  }, 15_000);

  it('answers the request in flight, refuses new connections and exits 0 on SIGTERM', async () => {
    const bot = await startBotChild({ WEBCHAT_ENABLED: 'true' });
    cleanups.push(bot.kill);
    const conversationId = await startConversation(bot);

    // A browser keeps its connection open after the answer, as here.
    const result = await terminateDuringTurn(bot, conversationId, 'Hilfe', true);

    expect(result.reply.status).toBe(200);
    expect(result.reply.body.activities[0].text).toContain('So können Sie mich nutzen');
    // The turn ran after the signal: it was in flight, not finished before.
    expect(result.turnLines).toHaveLength(1);
    expect(result.turnLines[0]!).toBeGreaterThan(result.shutdownLine);
    expect(result.exit, result.output).toMatchObject({ code: 0, signal: null });
    expect(result.exitAfterMs, 'ended by closing, not by the forced exit').toBeLessThan(FORCED_EXIT_MS);
    expect(await refused(bot.port)).toBe(true);
  }, 40_000);

  const unavailable = redisUnavailableReason();

  it.skipIf(unavailable !== undefined)(`with STORAGE=redis, saves the turn in flight and lets go of Redis${unavailable ? ` (skipped: ${unavailable})` : ''}`, async () => {
    const redis: RedisServer = await startRedisServer();
    cleanups.push(redis.stop);
    const admin = createClient({ url: redis.url });
    await admin.connect();
    cleanups.push(() => admin.close());
    const adminId = await admin.clientId();
    /** The connections to the Redis server other than this test's own. */
    const otherClients = async () => (await admin.clientList()).filter((client) => Number(client.id) !== Number(adminId));

    const env = { WEBCHAT_ENABLED: 'true', STORAGE: 'redis', REDIS_URL: redis.url };
    const bot = await startBotChild(env);
    cleanups.push(bot.kill);
    const conversationId = await startConversation(bot);
    expect(await otherClients(), 'the bot holds one connection while it runs').toHaveLength(1);

    // The contact dialog asks for a place and keeps waiting in the conversation state, written at the end of the turn.
    const result = await terminateDuringTurn(bot, conversationId, 'Ansprechstelle finden', false);

    expect(result.reply.status).toBe(200);
    expect(result.reply.body.activities[0].text).toContain('Postleitzahl');
    expect(result.turnLines[0]!).toBeGreaterThan(result.shutdownLine);
    expect(result.exit, result.output).toMatchObject({ code: 0, signal: null });
    expect(result.exitAfterMs, 'ended by closing, not by the forced exit').toBeLessThan(FORCED_EXIT_MS);
    // CLIENT LIST cannot tell a closed client from one that died with its process; the exit code and time above can.
    expect(await eventually(async () => (await otherClients()).length === 0), 'no connection of the bot left on the Redis server').toBe(true);

    // A new process continues the dialog the interrupted one saved: the turn in flight was not lost.
    const next = await startBotChild(env);
    cleanups.push(next.kill);
    const contact = await fetch(`${next.baseUrl}/api/webchat/conversations/${conversationId}/activities`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(say('Lippstadt')),
    });
    expect(contact.status).toBe(200);
    const card = (await contact.json() as any).activities[0].attachments?.[0]?.content;
    expect(JSON.stringify(card)).toContain('Kreis Soest');
  }, 60_000);
});
