import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT, SERVER_BUNDLE } from '../paths.js';

/**
 * `npm run build:server` (part of `npm run build`): the server's own modules (src/, dialogs/) bundled by esbuild into
 * one file, `dist/server/main.js` (SERVER_BUNDLE), so that a start loads one module instead of ~170. Packages stay imports of
 * node_modules; what is imported on demand (the Redis client) stays a separate chunk. Not minified; the source map
 * beside it leads back to the TypeScript sources (`node --enable-source-maps`).
 */
async function main(): Promise<void> {
  const outdir = dirname(join(PROJECT_ROOT, SERVER_BUNDLE));
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: [join(PROJECT_ROOT, 'src/main.ts')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: 'warning',
  });
  const modules = Object.keys(result.metafile.inputs).length;
  const bytes = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js')).reduce((sum, [, output]) => sum + output.bytes, 0);
  console.log(`${SERVER_BUNDLE}: ${modules} modules, ${(bytes / 1024).toFixed(0)} KB`);
}

await main();
