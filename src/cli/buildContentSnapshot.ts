import { join } from 'node:path';
import { loadContent } from '../core/content.js';
import { CONTENT_SNAPSHOT_PATH, writeContentSnapshot } from '../core/snapshot/contentSnapshot.js';
import { codeHash, codeListing, dataListing, dataStamp } from '../core/snapshot/sourceStamp.js';
import { PROJECT_ROOT, SERVER_BUNDLE } from '../paths.js';

/** The forms of the code that may read the snapshot: the sources (tsx), tsc's output and the server bundle. */
const CODE_PATHS = ['src/core', 'dist/src/core', SERVER_BUNDLE];

/**
 * `npm run build:content` (part of `npm run build`): validates the content once and writes it, with the recognizer's
 * index terms and the place and postal-code indexes, to `dist/content.snapshot`, which the start reads instead
 * (docs/performance.md), under the hash of the data and of each form of the code as it is now: run it after the
 * code is built (`npm run build` does). Exits 1 with the problems when the content is invalid.
 */
function main(): void {
  // listed before hashed: a file changed in between lists differently at the start, which then hashes it again
  const listings = { data: dataListing(PROJECT_ROOT), code: Object.fromEntries(CODE_PATHS.map((path) => [path, codeListing(join(PROJECT_ROOT, path))]).filter(([, listing]) => listing !== '')) };
  const data = dataStamp(PROJECT_ROOT);
  const code = Object.fromEntries(CODE_PATHS.map((path) => [path, codeHash(join(PROJECT_ROOT, path))]).filter(([, hash]) => hash !== ''));
  const content = loadContent(PROJECT_ROOT);
  writeContentSnapshot(join(PROJECT_ROOT, CONTENT_SNAPSHOT_PATH), content, { data, code, listings });
  console.log(`${CONTENT_SNAPSHOT_PATH}: ${content.knowledge.topics.length} topics, ${content.recognizerTerms.weights.size} index terms, ${content.regions.postcodes.nrw.size} NRW postal codes`);
}

main();
