import { join } from 'node:path';
import { loadContent, understandFor } from '../core/content.js';
import { createMessageLanguageDetector } from '../core/recognizer/questionLanguage.js';
import { recordStems } from '../core/text/stem.js';
import { STEM_SNAPSHOT_PATH, writeStemSnapshot } from '../core/text/stemSnapshotFile.js';
import { PROJECT_ROOT } from '../paths.js';

/**
 * `npm run build:stems` (part of `npm run build`): the stems of every word the indexes are built from, so that the
 * server's start does not run the Snowball stemmer for them (docs/performance.md).
 */
function main(): void {
  const snapshot = recordStems(() => {
    const content = loadContent(PROJECT_ROOT);
    understandFor(content);
    createMessageLanguageDetector(content.intents);
  });
  writeStemSnapshot(join(PROJECT_ROOT, STEM_SNAPSHOT_PATH), snapshot);
  console.log(`${STEM_SNAPSHOT_PATH}: ${snapshot.de.size} German and ${snapshot.en.size} English stems`);
}

main();
