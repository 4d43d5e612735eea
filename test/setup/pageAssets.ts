import { buildPageAssets, pageAssetsUpToDate } from '../../src/cli/pageBundle.js';
import { PROJECT_ROOT } from '../../src/paths.js';

/** Vitest global setup: the server needs the page's built assets (dist/public); builds them when missing or stale. */
export default async function buildPageAssetsIfStale(): Promise<void> {
  if (!pageAssetsUpToDate(PROJECT_ROOT)) await buildPageAssets(PROJECT_ROOT);
}
