/**
 * `npm run eval:conversations [-- --set file.jsonl] [-- --prefix fu-,ov- …]`: builds nothing itself (run after
 * `npm run build`), starts the bot from dist/ on a free loopback port with the rate limits off, runs the shared
 * multi-turn set (or `--set`, e.g. test/eval/independent/conversations-holdout.jsonl) through
 * ../shared/eval/run-conversations.mjs with the other arguments, and stops the bot again.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { freeLoopbackPort } from '../bench/childServer.js';

const ROOT = resolve(import.meta.dirname, '../..');
// ../shared next to the repository; a git worktree one level deeper finds it one more level up
const EVAL_DIR = ['../shared/eval', '../../shared/eval'].map((dir) => resolve(ROOT, dir)).find((dir) => existsSync(dir)) ?? resolve(ROOT, '../shared/eval');
const RUNNER = resolve(EVAL_DIR, 'run-conversations.mjs');
const setAt = process.argv.indexOf('--set');
const SET = setAt >= 0 && process.argv[setAt + 1] ? resolve(process.argv[setAt + 1]!) : resolve(EVAL_DIR, 'conversations-dev.jsonl');
const PASSED_ON = process.argv.slice(2).filter((_, i, all) => all[i] !== '--set' && all[i - 1] !== '--set');
const START_DEADLINE_MS = 30_000;

/** Waits until /healthz answers, or the deadline passes. */
async function healthy(url: string): Promise<boolean> {
  const until = Date.now() + START_DEADLINE_MS;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_000) })).ok) return true;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function main(): Promise<number> {
  if (!existsSync(RUNNER) || !existsSync(SET)) {
    console.error(`The conversation runner or set is missing (${RUNNER}, ${SET}).`);
    return 2;
  }
  const port = await freeLoopbackPort();
  const url = `http://127.0.0.1:${port}`;
  const bot = spawn(process.execPath, [resolve(ROOT, 'dist/src/main.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_CONVERSATION_PER_MINUTE: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    if (!(await healthy(url))) {
      console.error('The bot did not start in time.');
      return 2;
    }
    const runner = spawn(process.execPath, [RUNNER, url, SET, ...PASSED_ON], { stdio: 'inherit' });
    return await new Promise<number>((done) => runner.on('exit', (code) => done(code ?? 1)));
  } finally {
    bot.kill('SIGTERM');
  }
}

process.exitCode = await main();
