import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readJson } from '../knowledge/readJson.js';
import type { ContentProblem } from '../knowledge/validationError.js';

/** One string of a locale file: where it is and what it says. */
export interface LocaleText {
  file: string;
  key: string;
  text: string;
}

/** Which keys hold no prose: by last key, by ending of the last key, or by dotted path prefix. */
export interface KeyExemptions {
  exemptKeys: string[];
  exemptKeySuffixes: string[];
  exemptKeyPaths: string[];
}

function isExempt(path: string[], exemptions: KeyExemptions): boolean {
  const last = path[path.length - 1] ?? '';
  const dotted = path.join('.');
  return (
    exemptions.exemptKeys.includes(last) ||
    exemptions.exemptKeySuffixes.some((suffix) => last.endsWith(suffix)) ||
    exemptions.exemptKeyPaths.some((prefix) => dotted === prefix || dotted.startsWith(`${prefix}.`))
  );
}

/** Every string below `value`, keyed by its dotted path; arrays count as objects with index keys. */
function stringsOf(value: unknown, path: string[], exemptions: KeyExemptions): { key: string; text: string }[] {
  if (typeof value === 'string') return isExempt(path, exemptions) ? [] : [{ key: path.join('.'), text: value }];
  if (value === null || typeof value !== 'object') return [];
  if (path.length > 0 && isExempt(path, exemptions)) return [];
  return Object.entries(value).flatMap(([k, v]) => stringsOf(v, [...path, k], exemptions));
}

/** The JSON files below `dir`, recursively, sorted. */
function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return jsonFiles(path);
      return name.endsWith('.json') ? [path] : [];
    });
}

/** Reads every string of every JSON file below `dir`; file names are relative to `dir`. Unreadable files become problems. */
export function readLocaleTexts(dir: string, exemptions: KeyExemptions): { texts: LocaleText[]; problems: ContentProblem[] } {
  const texts: LocaleText[] = [];
  const problems: ContentProblem[] = [];
  for (const path of jsonFiles(dir)) {
    const file = relative(dir, path);
    const read = readJson(path, file, '-');
    if ('problem' in read) problems.push(read.problem);
    else texts.push(...stringsOf(read.value, [], exemptions).map((t) => ({ file, ...t })));
  }
  return { texts, problems };
}
