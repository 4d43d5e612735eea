import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadRegions, type PlaceResolution, type Regions } from '../../../src/core/regions/index.js';

/** The repository root, whose data/ the tests load. */
export const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = resolve(import.meta.dirname, 'fixtures');

let cached: Regions | undefined;

/** What the bot does with a resolution: a district key, "ask:<keys>" when it asks which one, "outside" or "none". */
export function placeOutcome(r: PlaceResolution): string {
  switch (r.kind) {
    case 'district': return r.district.key;
    case 'ambiguous': return `ask:${r.options.map((o) => o.districtKey).sort().join(',')}`;
    case 'outside-nrw': return 'outside';
    case 'none': return 'none';
  }
}

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
