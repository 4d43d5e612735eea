import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { StemSnapshot } from './stem.js';

interface StemSnapshotJson {
  stemmer: string;
  de: Record<string, string>;
  en: Record<string, string>;
}

/** The stemmer package and version a snapshot was computed with: a snapshot of another version is not used. */
export function stemmerVersion(): string {
  const { version } = createRequire(import.meta.url)('snowball-stemmers/package.json') as { version: string };
  return `snowball-stemmers@${version}`;
}

/** Reads a snapshot written by {@link writeStemSnapshot}; undefined when it is missing, unreadable or of another stemmer version. */
export function readStemSnapshot(path: string): StemSnapshot | undefined {
  let json: StemSnapshotJson;
  try {
    json = JSON.parse(readFileSync(path, 'utf8')) as StemSnapshotJson;
  } catch {
    return undefined;
  }
  const isTable = (value: unknown): value is Record<string, string> => typeof value === 'object' && value !== null;
  if (json?.stemmer !== stemmerVersion() || !isTable(json.de) || !isTable(json.en)) return undefined;
  return { de: new Map(Object.entries(json.de)), en: new Map(Object.entries(json.en)) };
}

/** Writes a snapshot with the current stemmer version. */
export function writeStemSnapshot(path: string, snapshot: StemSnapshot): void {
  const json: StemSnapshotJson = { stemmer: stemmerVersion(), de: Object.fromEntries(snapshot.de), en: Object.fromEntries(snapshot.en) };
  writeFileSync(path, `${JSON.stringify(json)}\n`);
}

/** Where `npm run build` writes the snapshot, relative to the repository root. */
export const STEM_SNAPSHOT_PATH = 'dist/stems.json';
