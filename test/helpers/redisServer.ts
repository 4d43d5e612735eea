import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { freeLoopbackPort } from '../../src/bench/childServer.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'redis';
import { connectStateClient, createStateClient, type StateClient, type StorageLogger } from '../../src/host/storage/redisClient.js';

/** The Redis server binary the tests start (Debian's `redis-server` package). */
export const REDIS_SERVER_BINARY = process.env.REDIS_SERVER_BINARY ?? '/usr/bin/redis-server';

/**
 * Why the Redis tests cannot run here, or undefined when they can.
 * @remarks In CI (`CI=true`) a missing server is an error, so that the Redis suites never pass by being skipped.
 */
export function redisUnavailableReason(): string | undefined {
  if (existsSync(REDIS_SERVER_BINARY)) return undefined;
  const reason = `${REDIS_SERVER_BINARY} not found (install Debian's redis-server or set REDIS_SERVER_BINARY)`;
  if (process.env.CI === 'true') throw new Error(`Redis tests cannot run in CI: ${reason}`);
  console.warn(`Skipping the Redis tests: ${reason}`);
  return reason;
}

/** A free TCP port on the loopback interface (free when asked; taken by whoever binds it first). */
export const freePort = freeLoopbackPort;

/** Resolves once something accepts TCP connections on the port and answers PING, or rejects after `timeoutMs`. */
async function waitForPong(port: number, timeoutMs: number, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !exited()) {
    const answered = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.setTimeout(500);
      socket.once('connect', () => socket.write('PING\r\n'));
      socket.once('data', (data) => { socket.destroy(); resolve(data.toString().startsWith('+PONG')); });
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => { socket.destroy(); resolve(false); });
    });
    if (answered) return;
    await sleep(50);
  }
  throw new Error(exited() ? 'redis-server exited at start' : `redis-server did not answer PING within ${timeoutMs} ms`);
}

/** A private redis-server for one test file. */
export interface RedisServer {
  port: number;
  url: string;
  /** Sends a signal to the server process (SIGSTOP stalls it, SIGCONT resumes it). */
  signal(name: NodeJS.Signals): void;
  /** Stops the server (SIGTERM, then SIGKILL); safe to call twice. */
  stop(): Promise<void>;
}

/** Starts redis-server without persistence on a free loopback port and waits until it answers. */
export async function startRedisServer(port?: number): Promise<RedisServer> {
  const chosenPort = port ?? (await freePort());
  const child: ChildProcess = spawn(
    REDIS_SERVER_BINARY,
    ['--port', String(chosenPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const keepTail = (chunk: Buffer) => { output = (output + chunk.toString()).slice(-2_000); };
  child.stdout?.on('data', keepTail);
  child.stderr?.on('data', keepTail);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => { exited = true; resolve(); }));
  const stop = async () => {
    if (exited) return;
    child.kill('SIGCONT');
    child.kill('SIGTERM');
    const killed = await Promise.race([exit.then(() => true), sleep(2_000).then(() => false)]);
    if (!killed) { child.kill('SIGKILL'); await exit; }
  };
  try {
    await waitForPong(chosenPort, 5_000, () => exited);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message} (port ${chosenPort}):\n${output}`, { cause: error });
  }
  return { port: chosenPort, url: `redis://127.0.0.1:${chosenPort}`, signal: (name) => { child.kill(name); }, stop };
}

const inspectorFor = (url: string) => createClient({ url });
/** A plain Redis client a test reads keys with. */
export type RedisInspector = ReturnType<typeof inspectorFor>;

/** A fresh Redis server with the bot's state client and a plain client to inspect keys; `stop` ends all three. */
export interface RedisWithClients {
  server: RedisServer;
  client: StateClient;
  inspector: RedisInspector;
  stop(): Promise<void>;
}

/** Starts a Redis server, connects the bot's state client and an inspecting client to it. */
export async function startRedisWithClients(logger: StorageLogger): Promise<RedisWithClients> {
  const server = await startRedisServer();
  const client = createStateClient(server.url, logger);
  await connectStateClient(client, server.url, 3_000);
  const inspector = inspectorFor(server.url);
  await inspector.connect();
  return {
    server,
    client,
    inspector,
    stop: async () => {
      await client.close();
      await inspector.close();
      await server.stop();
    },
  };
}
