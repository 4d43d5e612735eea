import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What the content is built from: the data and texts (`data/`, `locales/`), the code that validates them and builds
 * the indexes (`src/core/`), the installed dependencies (`package-lock.json`) and the runtime (V8's serialization
 * format). A content snapshot is used only when this stamp is the one it was written under.
 */
const SOURCES = ['data', 'locales', 'src/core', 'package-lock.json'] as const;

/** A hash over every file the content depends on (see {@link SOURCES}), below `root`. */
export function contentSourceStamp(root: string): string {
  const hash = createHash('sha256').update(`node ${process.version} v8 ${process.versions.v8}\n`);
  for (const source of SOURCES) {
    for (const file of filesBelow(join(root, source))) hash.update(`${relative(root, file)}\n`).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** The files at or below `path`, sorted; none when it does not exist. */
function filesBelow(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

