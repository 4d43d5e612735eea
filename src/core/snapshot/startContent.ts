import { join } from 'node:path';
import { loadContent, type Content } from '../content.js';
import { CONTENT_SNAPSHOT_PATH, readContentSnapshot } from './contentSnapshot.js';
import { sourceListing, sourceStamp } from './sourceStamp.js';

/** The content a start uses, and where it came from. */
export interface StartContent {
  content: Content;
  /** 'snapshot': read from `dist/content.snapshot`; 'sources': loaded, validated and indexed from `data/` and `locales/`. */
  from: 'snapshot' | 'sources';
}

/**
 * The content below `root` for a start: the snapshot `npm run build` wrote when it was built from the same sources
 * (no validation, no index building), otherwise loaded and validated as {@link loadContent} does.
 */
export function loadStartContent(root: string): StartContent {
  // the sources' sizes and times first: the hashes are computed only when those differ from the build's
  const snapshot = readContentSnapshot(join(root, CONTENT_SNAPSHOT_PATH), () => sourceStamp(root), sourceListing(root));
  return snapshot ? { content: snapshot, from: 'snapshot' } : { content: loadContent(root), from: 'sources' };
}
