import { statSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_ASSETS_DIR } from '../host/pageAssets.js';
import { PROJECT_ROOT } from '../paths.js';
import { buildPageAssets } from './pageBundle.js';

/** `npm run build:page` (part of `npm run build`): the chat page's bundle, start script and stylesheet. */
async function main(): Promise<void> {
  const manifest = await buildPageAssets(PROJECT_ROOT);
  for (const file of Object.values(manifest.files)) {
    const size = (name: string) => `${(statSync(join(PROJECT_ROOT, PAGE_ASSETS_DIR, name)).size / 1000).toFixed(1)} KB`;
    console.log(`${PAGE_ASSETS_DIR}/${file}: ${size(file)}, brotli ${size(`${file}.br`)}, gzip ${size(`${file}.gz`)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
