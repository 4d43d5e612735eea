import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths.js';

/**
 * Node.js 24 removed process.binding('http_parser'), which http-deceiver (restify 11.1.0 → spdy) reads when it is
 * loaded (node-restify#1984). These machines run Node 20, so the removal is emulated: the binding throws.
 */
describe('loading the server on Node.js 24', () => {
  it('works without the http_parser binding, thanks to the http-deceiver stand-in (vendor/)', () => {
    const script = `const binding = process.binding;
process.binding = (name) => { if (name === 'http_parser') throw new Error('No such module: http_parser'); return binding.call(process, name); };
require('restify').createServer();
console.log('loaded');`;
    const out = execFileSync(process.execPath, ['-e', script], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out.trim()).toBe('loaded');
  });
});
