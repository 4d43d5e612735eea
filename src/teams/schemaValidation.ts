import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import type { PackageProblem } from './problems.js';

// @microsoft/app-manifest ships the Teams schemas v1.0–v1.30 under build/json-schemas/teams/v1.x/.
const bundledSchemasDir = join(dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest')), 'json-schemas');

/** The bundled copy of the schema a `$schema` URL names (https://developer.microsoft.com/json-schemas/teams/…), if there is one. */
export function bundledSchemaFile(schemaUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(schemaUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.hostname !== 'developer.microsoft.com') return undefined;
  // Microsoft also publishes the same files under a locale prefix such as /en-us/json-schemas/…
  const match = /^(?:\/[a-z]{2}(?:-[a-z]{2})?)?\/json-schemas\/(teams\/v[0-9.]+|teams\/vDevPreview)\/([A-Za-z.]+\.schema\.json)$/.exec(url.pathname);
  if (!match?.[1] || !match[2]) return undefined;
  const file = join(bundledSchemasDir, match[1], match[2]);
  return existsSync(file) ? file : undefined;
}

/** The pattern with every `]` outside a character class escaped, which keeps its legacy (non-unicode) meaning. */
export function escapeLoneBrackets(pattern: string): string {
  let escaped = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] ?? '';
    if (char === '\\') {
      escaped += char + (pattern[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (char === ']') inClass = false;
      escaped += char;
    } else {
      if (char === '[') inClass = true;
      escaped += char === ']' ? '\\]' : char;
    }
  }
  return escaped;
}

const compilesAsUnicode = (pattern: string): boolean => {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
};

/**
 * The schema with its regular expressions made valid for ajv, which compiles them with the `u` flag.
 * @remarks The localisation schemas v1.22–v1.30 contain `…\b]\.description$` (a lone `]`), which only
 * non-unicode regular expressions accept; without this fix ajv refuses to compile them at all.
 */
export function repairPatterns(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(repairPatterns);
  if (node === null || typeof node !== 'object') return node;
  const repaired: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'patternProperties' && value !== null && typeof value === 'object') {
      repaired[key] = Object.fromEntries(Object.entries(value).map(([pattern, sub]) => [compilesAsUnicode(pattern) ? pattern : escapeLoneBrackets(pattern), repairPatterns(sub)]));
    } else if (key === 'pattern' && typeof value === 'string') {
      repaired[key] = compilesAsUnicode(value) ? value : escapeLoneBrackets(value);
    } else {
      repaired[key] = repairPatterns(value);
    }
  }
  return repaired;
}

function toProblem(file: string, error: string): PackageProblem {
  // @microsoft/app-manifest reports `${instancePath} ${message}. Details: ${JSON params}`
  const match = /^(\S*) (.*?)\. Details: (.*)$/s.exec(error);
  if (!match) return { file, path: '', message: error };
  const [, path = '', message = '', details = ''] = match;
  const shownDetails = details && details !== '{}' ? ` ${details}` : '';
  return { file, path, message: message + shownDetails };
}

/**
 * Validates a JSON document against the schema its `$schema` names, read from the copy bundled with
 * @microsoft/app-manifest. Never downloads: a schema that is not bundled is reported as a problem.
 */
export async function validateAgainstBundledSchema(file: string, document: unknown): Promise<PackageProblem[]> {
  const schemaUrl = typeof document === 'object' && document !== null ? (document as { $schema?: unknown }).$schema : undefined;
  if (typeof schemaUrl !== 'string') {
    return [{ file, path: '/$schema', message: 'is missing; it names the Teams JSON schema to validate against' }];
  }
  const schemaFile = bundledSchemaFile(schemaUrl);
  if (!schemaFile) {
    return [{ file, path: '/$schema', message: `${schemaUrl} is not a schema bundled with @microsoft/app-manifest (validation never downloads one)` }];
  }
  // the same clean-up the library applies to its own schema files (invalid \a and \v escapes)
  const schema = repairPatterns(JSON.parse(readFileSync(schemaFile, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')));
  // Passing the schema explicitly keeps the library from fetching it; the localisation file goes through the same ajv set-up.
  const errors = await AppManifestUtils.validateAgainstSchema(document as AppManifest, schema as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]);
  return errors.map((error) => toProblem(file, error));
}
