import { join } from 'node:path';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { recordStems } from '../core/text/stem.js';
import { STEM_SNAPSHOT_PATH, writeStemSnapshot } from '../core/text/stemSnapshotFile.js';
import { PROJECT_ROOT } from '../paths.js';

/**
 * `npm run build:stems` (part of `npm run build`): the stems of every word the server's start stems (the indexes of
 * the knowledge, places, commands), so that the start does not need the Snowball stemmer (docs/performance.md).
 */
function main(): void {
  const snapshot = recordStems(() => createApp(loadConfig({ LOG_LEVEL: 'error' })));
  writeStemSnapshot(join(PROJECT_ROOT, STEM_SNAPSHOT_PATH), snapshot);
  console.log(`${STEM_SNAPSHOT_PATH}: ${snapshot.de.size} German and ${snapshot.en.size} English stems`);
}

main();
