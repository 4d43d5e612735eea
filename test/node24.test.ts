import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths.js';

/** Runs an ES module script through tsx in a fresh process; its output. Throws when the process fails. */
const run = (script: string): string =>
  execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * Node.js 24 removed process.binding('http_parser'), which http-deceiver (restify 11.1.0 → spdy) reads when it is
 * loaded (node-restify#1984). These machines run Node 20, so the removal is emulated: the binding throws.
 */
describe('loading the server without the http_parser binding (Node.js 24)', () => {
  const removeBinding = `const binding = process.binding;
process.binding = (name) => { if (name === 'http_parser') throw new Error('No such module: http_parser'); return binding.call(process, name); };`;

  it('fails for restify itself, which is why src/host/restifyCompat.ts exists', () => {
    expect(() => run(`${removeBinding}\nawait import('restify');`)).toThrow(/No such module: http_parser/);
  });

  it('works through our server module, which loads the compatibility shim first', () => {
    const stdout = run(`${removeBinding}
const { createServer } = await import('./src/host/server.ts');
const { createLogger } = await import('./src/host/logger.ts');
createServer({ maxBodyBytes: 1024, logger: createLogger('silent') });
console.log('loaded');`);
    expect(stdout.trim()).toBe('loaded');
  });
});
