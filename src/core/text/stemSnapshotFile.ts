import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deserialize, serialize } from 'node:v8';
import type { StemSnapshot } from './stem.js';

/** The stored form: the stemmer it was computed with and the two tables (V8's serialization keeps the maps as maps). */
export interface StemSnapshotFile {
  stemmer: string;
  de: ReadonlyMap<string, string>;
  en: ReadonlyMap<string, string>;
}

/** The stemmer package and version a snapshot was computed with: a snapshot of another version is not used. */
export function stemmerVersion(): string {
  const { version } = createRequire(import.meta.url)('snowball-stemmers/package.json') as { version: string };
  return `snowball-stemmers@${version}`;
}

/** Reads a snapshot written by {@link writeStemSnapshot}; undefined when it is missing, unreadable or of another stemmer version. */
export function readStemSnapshot(path: string): StemSnapshot | undefined {
  let file: StemSnapshotFile;
  try {
    file = deserialize(readFileSync(path)) as StemSnapshotFile;
  } catch {
    return undefined;
  }
  if (file?.stemmer !== stemmerVersion() || !(file.de instanceof Map) || !(file.en instanceof Map)) return undefined;
  return { de: file.de, en: file.en };
}

/** Writes a snapshot with the current stemmer version. */
export function writeStemSnapshot(path: string, snapshot: StemSnapshot): void {
  const file: StemSnapshotFile = { stemmer: stemmerVersion(), de: snapshot.de, en: snapshot.en };
  writeFileSync(path, serialize(file));
}

/** Where `npm run build` writes the snapshot, relative to the repository root. */
export const STEM_SNAPSHOT_PATH = 'dist/stems.bin';
