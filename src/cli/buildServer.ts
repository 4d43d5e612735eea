import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { PROJECT_ROOT, SERVER_BUNDLE } from '../paths.js';

/**
 * Packages bundled with the server's own code instead of staying imports of node_modules: plain ES modules that only
 * the bot's code uses (content validation, texts, place typos). Loading zod's ~80 modules one by one took ~40 ms of
 * CPU more than reading them as part of the bundle. The Bot Framework stack (botbuilder, restify), the logger and
 * the packages read as data at run time (postal codes, stems, stop words) stay in node_modules.
 */
const BUNDLED_PACKAGES = new Set(['zod', 'i18next', 'fuse.js']);

/** Keeps every package import external except those in {@link BUNDLED_PACKAGES}. */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path }) => {
      const name = path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]!;
      return BUNDLED_PACKAGES.has(name) ? undefined : { path, external: true };
    });
  },
};

/**
 * `npm run build:server` (part of `npm run build`): the server's own modules (src/, dialogs/) bundled by esbuild into
 * one file, `dist/server/main.js` (SERVER_BUNDLE), so that a start loads one module instead of ~240. Packages stay imports of
 * node_modules, except {@link BUNDLED_PACKAGES}; what is imported on demand (the Redis client) stays a separate chunk. Not minified; the source map
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
    // esbuild writes a regular expression with \p{…} as `new RegExp(…)` for every target but esnext (the property
    // tables differ between Unicode versions), and inside a function that builds the pattern on every call; Node 20
    // runs them natively, so they stay literals
    supported: { 'regexp-unicode-property-escapes': true },
    plugins: [externalPackages],
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
