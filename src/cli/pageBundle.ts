import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { PAGE_ASSETS_DIR, PAGE_MANIFEST, type PageManifest } from '../host/pageAssets.js';

/**
 * The files the bundle, the start script and the stylesheet are built from (paths below the project root): every
 * script and stylesheet in public/, so a module split off chat.js counts without being listed, plus the lock file and this builder.
 */
const sourcesOf = (root: string): string[] => [
  ...readdirSync(join(root, 'public')).filter((name) => /\.(js|css)$/.test(name)).sort().map((name) => `public/${name}`),
  'package-lock.json',
  'src/cli/pageBundle.ts',
];

/**
 * Web Chat's API package ships one pre-built file with the strings of ~45 languages; built from its sources instead,
 * only the languages the page can show (`page.webChatLocale` of every locale folder) keep their strings.
 */
function webChatSourcesPlugin(root: string, keptLocales: ReadonlySet<string>): Plugin {
  const api = join(root, 'node_modules', 'botframework-webchat-api', 'src');
  const entries: Record<string, string> = { '': 'index.ts', '/internal': 'internal.ts', '/decorator': 'decorator/index.ts' };
  return {
    name: 'webchat-sources',
    setup(builder) {
      builder.onResolve({ filter: /^botframework-webchat-api(\/internal|\/decorator)?$/ }, (args) => ({ path: join(api, entries[args.path.slice('botframework-webchat-api'.length)]!) }));
      builder.onResolve({ filter: /^botframework-webchat\/src\// }, (args) => ({ path: join(root, 'node_modules', args.path) }));
      builder.onLoad({ filter: /botframework-webchat-api[/\\]src[/\\]localization[/\\][A-Za-z-]+\.json$/ }, (args) =>
        keptLocales.has(basename(args.path, '.json')) ? undefined : { contents: '{}', loader: 'json' },
      );
    },
  };
}

/** The Web Chat locales the page uses, from `page.webChatLocale` in locales/<language>/translation.json. */
function pageLocales(root: string): Set<string> {
  const locales = new Set(['en-US']);
  for (const language of readdirSync(join(root, 'locales'))) {
    const file = join(root, 'locales', language, 'translation.json');
    if (!existsSync(file)) continue;
    const locale = (JSON.parse(readFileSync(file, 'utf8')) as { page?: { webChatLocale?: string } }).page?.webChatLocale;
    if (locale) locales.add(locale);
  }
  return locales;
}

/** The version of the installed Web Chat package. */
const webChatVersion = (root: string): string =>
  (JSON.parse(readFileSync(join(root, 'node_modules', 'botframework-webchat', 'package.json'), 'utf8')) as { version: string }).version;

/** A digest of everything the assets are built from: unchanged sources need no new build. */
export function sourcesDigest(root: string): string {
  const hash = createHash('sha256');
  for (const source of sourcesOf(root)) hash.update(source).update(readFileSync(join(root, source)));
  hash.update([...pageLocales(root)].join());
  return hash.digest('hex').slice(0, 16);
}

/** True when dist/public holds assets built from the current sources. */
export function pageAssetsUpToDate(root: string): boolean {
  const manifestPath = join(root, PAGE_ASSETS_DIR, PAGE_MANIFEST);
  if (!existsSync(manifestPath)) return false;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as PageManifest;
  return manifest.sources === sourcesDigest(root) && Object.values(manifest.files).every((file) => existsSync(join(root, PAGE_ASSETS_DIR, file)));
}

/** Writes `body` as `<name>.<hash><ext>` with .br and .gz beside it; returns the hashed name. */
function writeHashed(dir: string, name: string, body: Buffer): string {
  const hashed = `${basename(name, extname(name))}.${createHash('sha256').update(body).digest('hex').slice(0, 12)}${extname(name)}`;
  writeFileSync(join(dir, hashed), body);
  writeFileSync(join(dir, `${hashed}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
  writeFileSync(join(dir, `${hashed}.gz`), gzipSync(body, { level: 9 }));
  return hashed;
}

/**
 * Builds the page's assets into dist/public: the chat bundle (Web Chat from its packages plus public/chat.js,
 * tree-shaken and minified by esbuild), the small start script and the stylesheet, each with a content hash in its
 * name and precompressed (brotli, gzip), and manifest.json naming them.
 */
export async function buildPageAssets(root: string): Promise<PageManifest> {
  const dir = join(root, PAGE_ASSETS_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const common = { bundle: true, minify: true, write: false, format: 'iife', target: 'es2019', legalComments: 'none', logLevel: 'warning' } as const satisfies BuildOptions;
  const [chat, boot, css] = await Promise.all([
    build({
      ...common,
      entryPoints: [join(root, 'public', 'chat.js')],
      // The licence comments of the bundled packages go to a file of their own, served beside the bundle.
      outfile: join(dir, 'chat.js'),
      legalComments: 'external',
      // Browsers have no `process`: React's production build, and Web Chat's version and build tags.
      define: {
        'process.env.NODE_ENV': '"production"',
        'process.env.npm_package_version': JSON.stringify(webChatVersion(root)),
        'process.env.build_tool': '"esbuild"',
        'process.env.module_format': '"iife"',
        'process.env': '{}',
      },
      jsx: 'transform',
      loader: { '.js': 'jsx' },
      plugins: [webChatSourcesPlugin(root, pageLocales(root))],
    }),
    build({ ...common, entryPoints: [join(root, 'public', 'boot.js')] }),
    build({ ...common, entryPoints: [join(root, 'public', 'chat.css')], loader: { '.css': 'css' } }),
  ]);
  const output = (result: { outputFiles: { path: string; contents: Uint8Array }[] }, legal = false) =>
    Buffer.from(result.outputFiles.find((file) => file.path.endsWith('.LEGAL.txt') === legal)?.contents ?? []);
  const licences = writeHashed(dir, 'licences.txt', output(chat, true));
  const bundle = Buffer.concat([Buffer.from(`/*! Licences of the bundled packages: /static/${licences} */\n`), output(chat)]);
  const manifest: PageManifest = {
    sources: sourcesDigest(root),
    files: { 'chat.js': writeHashed(dir, 'chat.js', bundle), 'licences.txt': licences, 'boot.js': writeHashed(dir, 'boot.js', output(boot)), 'chat.css': writeHashed(dir, 'chat.css', output(css)) },
  };
  writeFileSync(join(dir, PAGE_MANIFEST), JSON.stringify(manifest, null, 2));
  return manifest;
}
