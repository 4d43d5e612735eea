import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { SERVER_BUNDLE } from '../paths.js';
import { startConversation } from './webChatClient.js';

/** How a child runs the TypeScript: through tsx from src/, or compiled from dist/ (`npm run build`). */
export type Runtime = 'tsx' | 'dist';

/** The servers the load benchmark starts: the bot as `npm start` runs it, the echo bot and the dialog floor (the echo through a DialogSet). */
export type BenchServerKind = 'bot' | 'echo' | 'floor';

/** A benchmark server running in its own process. */
export interface ChildServer {
  kind: BenchServerKind;
  pid: number;
  baseUrl: string;
  /** Lines the child logged at level error or above, or wrote to stderr, so far. */
  errorLines(): number;
  /** The first few of those lines, for diagnosis. */
  errorSamples(): readonly string[];
  /** Resident set size of the child in bytes, from /proc/<pid>/status (VmRSS). */
  rss(): number;
  /** CPU time the child used so far (user + system) in milliseconds, from /proc/<pid>/stat. */
  cpuMs(): number;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 5_000;
const ERROR_SAMPLES = 5;
const POLL_EVERY_MS = 10;

/** Node arguments that run `entry` (a path without extension) through tsx or from dist/. */
export function nodeArgsFor(root: string, entry: string, runtime: Runtime): string[] {
  if (runtime === 'tsx') return ['--import', 'tsx', join(root, `${entry}.ts`)];
  // the bot as `npm start` runs it: the server bundle
  const compiled = join(root, entry === 'src/main' ? SERVER_BUNDLE : `dist/${entry}.js`);
  if (!existsSync(compiled)) throw new Error(`${compiled} is missing: run \`npm run build\` first`);
  return [compiled];
}

/** A free TCP port on the loopback interface. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/** VmRSS of a process in bytes (Linux). */
export function readRss(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const USER_HZ = 100;

/** User plus system CPU time of a process in milliseconds (Linux). */
export function readCpuMs(pid: number): number {
  // The command name in parentheses may contain spaces; utime and stime are fields 14 and 15.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
}

/** Polls a conversation start until the server answers with the welcome. */
export async function waitForWelcome(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before answering`);
    const answered = await startConversation(baseUrl).then((c) => c.activities.length > 0, () => false);
    if (answered) return;
    await sleep(POLL_EVERY_MS);
  }
  throw new Error(`no welcome from ${baseUrl} within ${timeoutMs} ms`);
}

/**
 * Starts the bot (`src/main`, as `npm start` runs it) or the echo bot or dialog floor (`src/bench/echo/main`), all the same way,
 * on a free loopback port with `env` as its whole environment besides PATH and `nodeArgs` before the
 * script; resolves once it answers with a welcome.
 */
export async function startChildServer(root: string, kind: BenchServerKind, runtime: Runtime, env: Record<string, string>, nodeArgs: readonly string[] = []): Promise<ChildServer> {
  const port = await freeLoopbackPort();
  const args = [...nodeArgs, ...nodeArgsFor(root, kind === 'bot' ? 'src/main' : 'src/bench/echo/main', runtime), ...(kind === 'floor' ? ['--dialog-floor'] : [])];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = 0;
  const samples: string[] = [];
  const recordError = (line: string) => {
    errors++;
    if (samples.length < ERROR_SAMPLES) samples.push(line.slice(0, 500));
  };
  createInterface({ input: child.stdout! }).on('line', (line) => { if (Number(/"level":(\d+)/.exec(line)?.[1] ?? 0) >= 50) recordError(line); });
  createInterface({ input: child.stderr! }).on('line', (line) => { if (line.trim()) recordError(line); });

  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      child.once('exit', () => { clearTimeout(kill); resolve(); });
      child.kill('SIGTERM');
    });

  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForWelcome(baseUrl, child, START_TIMEOUT_MS);
    return { kind, pid: child.pid!, baseUrl, errorLines: () => errors, errorSamples: () => samples, rss: () => readRss(child.pid!), cpuMs: () => readCpuMs(child.pid!), stop };
  } catch (error) {
    await stop();
    throw new Error(`${kind} server did not start: ${error instanceof Error ? error.message : error} ${samples.join('\n')}`, { cause: error });
  }
}
