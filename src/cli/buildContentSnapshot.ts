import { join } from 'node:path';
import { loadContent } from '../core/content.js';
import { CONTENT_SNAPSHOT_PATH, writeContentSnapshot } from '../core/snapshot/contentSnapshot.js';
import { contentSourceStamp } from '../core/snapshot/sourceStamp.js';
import { PROJECT_ROOT } from '../paths.js';

/**
 * `npm run build:content` (part of `npm run build`): validates the content once and writes it, with the recognizer's
 * index terms and the place and postal-code indexes, to `dist/content.snapshot`, which the start reads instead
 * (docs/performance.md). Exits 1 with the problems when the content is invalid.
 */
function main(): void {
  const stamp = contentSourceStamp(PROJECT_ROOT);
  const content = loadContent(PROJECT_ROOT);
  writeContentSnapshot(join(PROJECT_ROOT, CONTENT_SNAPSHOT_PATH), content, stamp);
  console.log(`${CONTENT_SNAPSHOT_PATH}: ${content.knowledge.topics.length} topics, ${content.recognizerTerms.weights.size} index terms, ${content.regions.postcodes.nrw.size} NRW postal codes`);
}

main();
