import { join } from 'node:path';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { loadContent } from '../core/content.js';
import { recordStems } from '../core/text/stem.js';
import { STEM_SNAPSHOT_PATH, writeStemSnapshot } from '../core/text/stemSnapshotFile.js';
import { PROJECT_ROOT } from '../paths.js';

/**
 * `npm run build:stems` (part of `npm run build`): the stems of every word the server's start stems (the indexes of
 * the knowledge, places, commands), so that the start does not need the Snowball stemmer (docs/performance.md).
 */
function main(): void {
  // The content from its sources as well: a start from the content snapshot stems none of the knowledge's words.
  const snapshot = recordStems(() => {
    loadContent(PROJECT_ROOT);
    createApp(loadConfig({ LOG_LEVEL: 'error' }));
  });
  writeStemSnapshot(join(PROJECT_ROOT, STEM_SNAPSHOT_PATH), snapshot);
  console.log(`${STEM_SNAPSHOT_PATH}: ${snapshot.de.size} German and ${snapshot.en.size} English stems`);
}

main();
