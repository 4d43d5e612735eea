import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { freePort } from './redisServer.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** How a child process ended. */
export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Date.now() when it ended. */
  at: number;
}

/** `src/main.ts` as its own process, with its log lines, its exit and signals at hand (for shutdown tests). */
export interface BotChild {
  port: number;
  baseUrl: string;
  /** The JSON log lines so far, parsed; other output lines are left out. */
  logs(): Array<Record<string, unknown>>;
  /** Every complete stdout line so far, as written. */
  stdoutLines(): string[];
  /** Resolves with the first log line whose `msg` is `message`, or rejects when the process ends first or after `timeoutMs`. */
  waitForLog(message: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  exit: Promise<ChildExit>;
  hasExited(): boolean;
  signal(name: NodeJS.Signals): void;
  /** The last 4,000 characters of stdout and stderr, for failure messages. */
  output(): string;
  /** SIGKILL if still running; safe to call twice. */
  kill(): Promise<void>;
}

/**
 * Spawns `node --import tsx <entry>` (the bot's entry point) on a free loopback port with `env` over a clean
 * environment; stdout and stderr are piped. The caller waits for it to be ready.
 */
export async function spawnBot(entry: string, env: Record<string, string>): Promise<{ child: ChildProcessByStdio<null, Readable, Readable>; port: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      // Set explicitly, so that a developer's .env (read by dotenv, which never overrides) cannot change the test.
      MicrosoftAppId: '', MicrosoftAppPassword: '', EMBED_ORIGINS: '', PUBLIC_URL: '',
      PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { child, port };
}

/** Starts `node --import tsx src/main.ts` on a free loopback port with `env` and waits for its "listening" log line. */
export async function startBotChild(env: Record<string, string>, timeoutMs = 30_000): Promise<BotChild> {
  const { child, port } = await spawnBot('src/main.ts', env);
  const lines: Array<Record<string, unknown>> = [];
  const rawLines: string[] = [];
  let tail = '';
  let partial = '';
  const waiters = new Set<() => void>();
  const notify = () => { for (const waiter of waiters) waiter(); };
  child.stdout.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4_000);
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      rawLines.push(line);
      try { lines.push(JSON.parse(line) as Record<string, unknown>); } catch { /* not a log line */ }
    }
    notify();
  });
  child.stderr.on('data', (chunk: Buffer) => { tail = (tail + chunk.toString()).slice(-4_000); });
  let exited: ChildExit | undefined;
  const exit = new Promise<ChildExit>((resolve) => child.once('exit', (code, signal) => {
    exited = { code, signal, at: Date.now() };
    notify();
    resolve(exited);
  }));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const waitForLog = (message: string, ms = timeoutMs) => new Promise<Record<string, unknown>>((resolve, reject) => {
    const timer = setTimeout(() => { waiters.delete(check); reject(new Error(`no "${message}" log line within ${ms} ms:\n${tail}`)); }, ms);
    function check() {
      const found = lines.find((line) => line.msg === message);
      if (!found && !exited) return;
      clearTimeout(timer);
      waiters.delete(check);
      if (found) resolve(found);
      else reject(new Error(`the bot exited (code ${exited!.code}) before logging "${message}":\n${tail}`));
    }
    waiters.add(check);
    check();
  });
  const kill = async () => {
    process.off('exit', killOnExit);
    if (exited) return;
    child.kill('SIGKILL');
    await exit;
  };

  try {
    await waitForLog('listening');
  } catch (error) {
    await kill();
    throw error;
  }
  return {
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    logs: () => [...lines],
    stdoutLines: () => [...rawLines],
    waitForLog,
    exit,
    hasExited: () => exited !== undefined,
    signal: (name) => { child.kill(name); },
    output: () => tail,
    kill,
  };
}

/** Polls `condition` every 20 ms until it holds; false when it still does not after `timeoutMs`. */
export async function eventually(condition: () => Promise<boolean> | boolean, timeoutMs = 2_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() > deadline) return false;
    await sleep(20);
  }
}
