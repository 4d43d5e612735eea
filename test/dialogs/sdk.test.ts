import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';

/** The CommonJS modules a fresh Node process has loaded after importing `specifier` (through tsx). */
function modulesLoadedBy(specifier: string): string[] {
  const script = `import { createRequire } from 'node:module';
await import(${JSON.stringify(specifier)});
console.log(JSON.stringify(Object.keys(createRequire(import.meta.url).cache)));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return JSON.parse(out) as string[];
}

describe('dialogs/sdk', () => {
  it('gives the whole bot its dialog classes without loading the unused text recognizers', () => {
    const loaded = modulesLoadedBy('./src/app.ts');
    expect(loaded.some((path) => path.includes('botbuilder-dialogs/lib/dialogSet.js'))).toBe(true);
    expect(loaded.filter((path) => path.includes('@microsoft/recognizers-text'))).toEqual([]);
  });

  it('is needed: the package index does load them', () => {
    expect(modulesLoadedBy('botbuilder-dialogs').some((path) => path.includes('@microsoft/recognizers-text'))).toBe(true);
  });
});
