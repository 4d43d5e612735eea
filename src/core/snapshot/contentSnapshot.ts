import { readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { Content } from '../content.js';
import type { PlaceIndex } from '../regions/placeIndex.js';
import { postcodeIndex, type PostcodeIndex } from '../regions/postcodes.js';
import { buildTypoMatcher, type TypoMatcher } from '../regions/typoMatcher.js';
import type { Regions } from '../regions/types.js';
import type { SourceListing, SourceStamp } from './sourceStamp.js';

/** Where `npm run build` writes the content snapshot, relative to the repository root. */
export const CONTENT_SNAPSHOT_PATH = 'dist/content.snapshot';

// Raised when the stored shape changes; a file of another format is not used.
const FORMAT = 3;

/**
 * The regions without their functions: the place typo matcher as its keys, the postal codes as their tables. The
 * place names of all German postal codes (8,000 keys, needed only for a code outside NRW) are kept as JSON text:
 * one string costs V8's deserializer almost nothing, the object ~10 ms of every start.
 */
type StoredRegions = Omit<Regions, 'index' | 'postcodes'> & {
  index: Omit<PlaceIndex, 'typo'> & { typoKeys: readonly string[] };
  postcodes: Pick<PostcodeIndex, 'nrw'> & { placesJson: string };
};

/** What a snapshot was written under: the data stamp, and the hash of each form of the code that may read it. */
export interface SnapshotStamps {
  data: string;
  /** Code path relative to the root (`src/core`, `dist/src/core`, the server bundle) → its hash at build time. */
  code: Readonly<Record<string, string>>;
  /** The same sources listed by size and modification time (see `sourceListing`): when they still list so, the hashes are not computed again. */
  listings?: { data: string; code: Readonly<Record<string, string>> };
}

interface SnapshotFile {
  format: number;
  stamps: SnapshotStamps;
  content: Omit<Content, 'regions'> & { regions: StoredRegions };
}

/**
 * Writes validated content, with the indexes built from it, in V8's serialization format (maps, sets, regular
 * expressions and shared objects survive as they are), under `stamps` (see `sourceStamp`).
 */
export function writeContentSnapshot(path: string, content: Content, stamps: SnapshotStamps): void {
  const { typo, ...index } = content.regions.index;
  const { nrw, places } = content.regions.postcodes;
  const file: SnapshotFile = { format: FORMAT, stamps, content: { ...content, regions: { ...content.regions, index: { ...index, typoKeys: typo.keys }, postcodes: { nrw, placesJson: JSON.stringify(places) } } } };
  writeFileSync(path, serialize(file));
}

/** Whether the sources are listed as when the snapshot was written: the same files, sizes and modification times. */
const listedAlike = (stamps: SnapshotStamps, listing: SourceListing | undefined): boolean =>
  listing !== undefined && stamps.listings?.data === listing.data && stamps.listings.code?.[listing.code.path] === listing.code.listing;

/**
 * Reads a snapshot written by {@link writeContentSnapshot}; undefined when it is missing, unreadable, of another
 * format, of other data or written for other code than `stamp` names. With the sources' `listing`, the stamp (which
 * reads and hashes every source; a function, so that it runs only then) is checked only when the listing differs
 * from the one the snapshot was written under.
 */
export function readContentSnapshot(path: string, stamp: SourceStamp | (() => SourceStamp), listing?: SourceListing): Content | undefined {
  let file: SnapshotFile;
  try {
    file = deserialize(readFileSync(path)) as SnapshotFile;
  } catch {
    return undefined;
  }
  if (file?.format !== FORMAT || typeof file.stamps !== 'object' || file.stamps === null) return undefined;
  if (!listedAlike(file.stamps, listing)) {
    const { data, code } = typeof stamp === 'function' ? stamp() : stamp;
    if (file.stamps.data !== data || file.stamps.code?.[code.path] !== code.hash) return undefined;
  }
  if (typeof file.content?.regions?.index !== 'object') return undefined;
  const { regions } = file.content;
  const { typoKeys, ...index } = regions.index;
  const { nrw, placesJson } = regions.postcodes;
  return {
    ...file.content,
    regions: { ...regions, index: { ...index, typo: typoMatcherOnFirstUse(typoKeys) }, postcodes: postcodeIndex(nrw, () => JSON.parse(placesJson) as PostcodeIndex['places']) },
  };
}

/** The place typo matcher over `keys`, built when a word is first looked up (its Fuse indexes cost ~5 ms of a start). */
function typoMatcherOnFirstUse(keys: readonly string[]): TypoMatcher {
  let matcher: TypoMatcher | undefined;
  return { keys, find: (word) => (matcher ??= buildTypoMatcher(keys)).find(word) };
}
