import { setTimeout as sleep } from 'node:timers/promises';
import { spawnBot } from '../helpers/botChild.js';

/** The entry point the processes run; MULTI_INSTANCE_ENTRY lets the test run against another build of it. */
const ENTRY = process.env.MULTI_INSTANCE_ENTRY ?? 'src/main.ts';

/** A bot running as its own operating-system process, as in production. */
export interface BotProcess {
  baseUrl: string;
  post(path: string, body: unknown): Promise<{ status: number; body: any }>;
  /** SIGTERM, then SIGKILL after 3 s; safe to call twice. */
  stop(): Promise<void>;
}

/** Starts `node --import tsx <entry>` on a free loopback port with `env` and waits until /healthz answers. */
export async function startBotProcess(env: Record<string, string>, timeoutMs = 30_000): Promise<BotProcess> {
  const { child, port } = await spawnBot(ENTRY, { LOG_LEVEL: 'silent', ...env });
  let output = '';
  const keepTail = (chunk: Buffer) => { output = (output + chunk.toString()).slice(-4_000); };
  child.stdout.on('data', keepTail);
  child.stderr.on('data', keepTail);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => { exited = true; resolve(); }));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (exited) return;
    child.kill('SIGTERM');
    if (!(await Promise.race([exit.then(() => true), sleep(3_000).then(() => false)]))) {
      child.kill('SIGKILL');
      await exit;
    }
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`${ENTRY} exited before it was ready:\n${output}`);
    if (Date.now() > deadline) { await stop(); throw new Error(`${ENTRY} not ready within ${timeoutMs} ms:\n${output}`); }
    const healthy = await fetch(`${baseUrl}/healthz`).then((r) => r.ok, () => false);
    if (healthy) break;
    await sleep(100);
  }
  return {
    baseUrl,
    async post(path, body) {
      const response = await fetch(baseUrl + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
    stop,
  };
}

/** Starts `count` bot processes with the same environment; if one fails to start, stops the others and rejects. */
export async function startBotProcesses(count: number, env: Record<string, string>): Promise<BotProcess[]> {
  const started = await Promise.allSettled(Array.from({ length: count }, () => startBotProcess(env)));
  const bots = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failed = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) {
    await Promise.all(bots.map((bot) => bot.stop()));
    throw failed.reason;
  }
  return bots;
}
