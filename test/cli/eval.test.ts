import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';

const evalCli = (...args: string[]) =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(PROJECT_ROOT, 'src', 'cli', 'eval.ts'), ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), 'eval-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run eval', () => {
  it('scores a set and lists its misses', () => {
    const set = join(dir, 'set.jsonl');
    writeFileSync(set, [
      JSON.stringify({ q: 'Was ist das Budget für Arbeit?', intent: 'knowledge', expect: ['budget-fuer-arbeit'] }),
      JSON.stringify({ q: 'Wie wird das Wetter morgen?', intent: 'out-of-scope', expect: [] }),
    ].join('\n'));
    const result = evalCli(set);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/top-1 \(expect\[0\] first\)\s+100\.0 %\s+\(1\/1\)/);
    expect(result.stdout).toMatch(/out-of-scope rejected\s+100\.0 %\s+\(1\/1\)/);
  });

  it('says which file it cannot read, and how to call it, instead of a stack trace', () => {
    const result = evalCli(join(dir, 'missing.jsonl'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot read .*missing\.jsonl: ENOENT/);
    expect(result.stderr).toContain('usage: npm run eval');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the line that is not a question', () => {
    const set = join(dir, 'broken.jsonl');
    writeFileSync(set, `${JSON.stringify({ q: 'Hallo', intent: 'greeting', expect: [] })}\n{"q": 1}\n`);
    const result = evalCli(set);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/broken\.jsonl:2: needs "q", "intent" and "expect"/);
  });

  it('prints its usage for --help', () => {
    const result = evalCli('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run eval/);
  });
});
