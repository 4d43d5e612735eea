import { readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { Content } from '../content.js';
import type { PlaceIndex } from '../regions/placeIndex.js';
import { postcodeIndex, type PostcodeIndex } from '../regions/postcodes.js';
import { buildTypoMatcher } from '../regions/typoMatcher.js';
import type { Regions } from '../regions/types.js';

/** Where `npm run build` writes the content snapshot, relative to the repository root. */
export const CONTENT_SNAPSHOT_PATH = 'dist/content.snapshot';

// Raised when the stored shape changes; a file of another format is not used.
const FORMAT = 1;

/** The regions without their functions: the place typo matcher as its keys, the postal codes as their table. */
type StoredRegions = Omit<Regions, 'index' | 'postcodes'> & {
  index: Omit<PlaceIndex, 'typo'> & { typoKeys: readonly string[] };
  postcodes: Omit<PostcodeIndex, 'placesOf'>;
};

interface SnapshotFile {
  format: number;
  stamp: string;
  content: Omit<Content, 'regions'> & { regions: StoredRegions };
}

/**
 * Writes validated content, with the indexes built from it, in V8's serialization format (maps, sets, regular
 * expressions and shared objects survive as they are), under `stamp` (see `contentSourceStamp`).
 */
export function writeContentSnapshot(path: string, content: Content, stamp: string): void {
  const { typo, ...index } = content.regions.index;
  const { nrw, places, size } = content.regions.postcodes;
  const file: SnapshotFile = { format: FORMAT, stamp, content: { ...content, regions: { ...content.regions, index: { ...index, typoKeys: typo.keys }, postcodes: { nrw, places, size } } } };
  writeFileSync(path, serialize(file));
}

/** Reads a snapshot written by {@link writeContentSnapshot}; undefined when it is missing, unreadable, of another format or another stamp. */
export function readContentSnapshot(path: string, stamp: string): Content | undefined {
  let file: SnapshotFile;
  try {
    file = deserialize(readFileSync(path)) as SnapshotFile;
  } catch {
    return undefined;
  }
  if (file?.format !== FORMAT || file.stamp !== stamp || typeof file.content?.regions?.index !== 'object') return undefined;
  const { regions } = file.content;
  const { typoKeys, ...index } = regions.index;
  return {
    ...file.content,
    regions: { ...regions, index: { ...index, typo: buildTypoMatcher(typoKeys) }, postcodes: postcodeIndex(regions.postcodes.nrw, regions.postcodes.places) },
  };
}
