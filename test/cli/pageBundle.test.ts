import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourcesDigest } from '../../src/cli/pageBundle.js';
import { PROJECT_ROOT } from '../../src/paths.js';

/** The page's own scripts and stylesheets: what the bundle and the start script are built from. */
const pageFiles = readdirSync(join(PROJECT_ROOT, 'public')).filter((name) => /\.(js|css)$/.test(name));

describe('sourcesDigest (when the page assets must be built again)', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'page-sources-'));
    cpSync(join(PROJECT_ROOT, 'public'), join(root, 'public'), { recursive: true });
    cpSync(join(PROJECT_ROOT, 'locales'), join(root, 'locales'), { recursive: true });
    mkdirSync(join(root, 'src', 'cli'), { recursive: true });
    cpSync(join(PROJECT_ROOT, 'src', 'cli', 'pageBundle.ts'), join(root, 'src', 'cli', 'pageBundle.ts'));
    cpSync(join(PROJECT_ROOT, 'package-lock.json'), join(root, 'package-lock.json'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(pageFiles)('changes when public/%s changes', (name) => {
    const before = sourcesDigest(root);
    appendFileSync(join(root, 'public', name), '\n/* changed */\n');
    expect(sourcesDigest(root)).not.toBe(before);
  });
});
