import type { PackageProblem } from './problems.js';
import type { PackageSettings } from './settings.js';

/** A parsed JSON object (manifest or localisation file). */
export type JsonObject = Record<string, unknown>;

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

function mapStrings(node: unknown, replace: (text: string) => string): unknown {
  if (typeof node === 'string') return replace(node);
  if (Array.isArray(node)) return node.map((item) => mapStrings(item, replace));
  if (node !== null && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, mapStrings(value, replace)]));
  }
  return node;
}

/** The manifest with `{{MicrosoftAppId}}`, `{{PUBLIC_URL}}` and `{{PUBLIC_HOST}}` filled in every string. */
export function fillTemplate(template: JsonObject, settings: PackageSettings): JsonObject {
  const values: Record<string, string> = {
    MicrosoftAppId: settings.botId,
    PUBLIC_URL: settings.publicUrl,
    PUBLIC_HOST: new URL(settings.publicUrl).hostname,
  };
  return mapStrings(template, (text) => text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole)) as JsonObject;
}

/** Every `{{…}}` the template still holds after filling, as a problem at its JSON pointer. */
export function findPlaceholders(file: string, node: unknown, path = ''): PackageProblem[] {
  if (typeof node === 'string') {
    const left = node.match(PLACEHOLDER);
    return left ? [{ file, path, message: `unknown placeholder ${left.join(', ')} (known: {{MicrosoftAppId}}, {{PUBLIC_URL}}, {{PUBLIC_HOST}})` }] : [];
  }
  if (node !== null && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => findPlaceholders(file, value, `${path}/${key}`));
  }
  return [];
}

/** The schema version in a Teams `$schema` URL, e.g. "v1.23". */
export function schemaVersion(document: JsonObject): string | undefined {
  const url = document.$schema;
  return typeof url === 'string' ? /\/teams\/(v[0-9.]+|vDevPreview)\//.exec(url)?.[1] : undefined;
}

/** The value at a localisation key such as `bots[0].commandLists[1].commands[2].title`. */
export function valueAtKey(document: unknown, key: string): unknown {
  let node: unknown = document;
  for (const step of key.split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(step);
    if (!match?.[1]) return undefined;
    node = (node as Record<string, unknown> | undefined)?.[match[1]];
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) node = (node as unknown[] | undefined)?.[Number(index[1])];
  }
  return node;
}

/** The localisation keys of the bot's command titles and descriptions in the manifest. */
export function commandKeys(manifest: JsonObject): string[] {
  const keys: string[] = [];
  const bots = Array.isArray(manifest.bots) ? manifest.bots : [];
  (bots[0]?.commandLists ?? []).forEach((list: { commands?: unknown[] }, l: number) => {
    (list.commands ?? []).forEach((_command, c) => {
      keys.push(`bots[0].commandLists[${l}].commands[${c}].title`, `bots[0].commandLists[${l}].commands[${c}].description`);
    });
  });
  return keys;
}

/**
 * Checks a localisation file against its manifest: same schema version, every key names a string the manifest
 * has, and every bot command is translated.
 * @remarks Teams requires the same manifest version in manifest.json and the localisation files
 * (learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-localization).
 */
export function checkLocalization(file: string, localization: JsonObject, manifest: JsonObject): PackageProblem[] {
  const problems: PackageProblem[] = [];
  if (schemaVersion(localization) !== schemaVersion(manifest)) {
    problems.push({ file, path: '/$schema', message: `is schema ${schemaVersion(localization) ?? '?'}, manifest.json uses ${schemaVersion(manifest) ?? '?'}; they must match` });
  }
  for (const key of Object.keys(localization)) {
    if (key === '$schema' || key === 'localizationKeys') continue;
    if (typeof valueAtKey(manifest, key) !== 'string') {
      problems.push({ file, path: `/${key}`, message: 'translates a text that manifest.json does not have' });
    }
  }
  for (const key of commandKeys(manifest)) {
    if (typeof localization[key] !== 'string') problems.push({ file, path: `/${key}`, message: 'is missing; every bot command needs a translation' });
  }
  return problems;
}
