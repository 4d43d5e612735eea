import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadRegions, type Regions } from '../../../src/core/regions/index.js';

/** The repository root, whose data/ the tests load. */
export const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = resolve(import.meta.dirname, 'fixtures');

let cached: Regions | undefined;

/** The real regions data, loaded once per test file. */
export function realRegions(): Regions {
  cached ??= loadRegions(ROOT);
  return cached;
}

/**
 * A temporary root with the real data/regions and data/contacts, overlaid with the files of `fixtures/<name>/`.
 * @remarks Broken fixtures stay small: each holds only the files it breaks. Call the returned cleanup when done.
 */
export function rootWithFixture(name: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'regions-'));
  for (const dir of ['data/regions', 'data/contacts']) cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
  cpSync(join(FIXTURES, name), root, { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
