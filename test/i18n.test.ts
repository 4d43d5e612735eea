import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWER_LANGUAGES } from '../src/i18n.js';
import { PROJECT_ROOT } from '../src/paths.js';

type Json = Record<string, unknown>;
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** All namespace files of a language (translation.json, finder.json, …) as one object keyed by namespace. */
const readTranslation = (language: string): Json => {
  const dir = join(PROJECT_ROOT, 'locales', language);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  return Object.fromEntries(files.map((f) => [f.slice(0, -5), JSON.parse(readFileSync(join(dir, f), 'utf8'))])) as Json;
};

/** Flattens nested keys to `a.b.c` → value, folding plural suffixes into their base key. */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string' || Array.isArray(value)) out.set(prefix.replace(PLURAL, ''), JSON.stringify(value));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Every `t('literal.key')` in the code under `dir`. */
function keysUsedIn(dir: string): string[] {
  const keys: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) keys.push(...keysUsedIn(path));
    else if (path.endsWith('.ts')) {
      const source = readFileSync(path, 'utf8');
      keys.push(...[...source.matchAll(/\bt\('([a-zA-Z][\w.:]*)'/g)].map((m) => m[1]!.includes(':') ? m[1]!.replace(':', '.') : `translation.${m[1]!}`));
    }
  }
  return keys;
}

describe('translations', () => {
  const german = flatten(readTranslation('de'));

  it.each(ANSWER_LANGUAGES.filter((l) => l !== 'de'))('has every German key in %s and no extra one', (language) => {
    const other = flatten(readTranslation(language));
    expect([...german.keys()].filter((k) => !other.has(k)), 'missing').toEqual([]);
    expect([...other.keys()].filter((k) => !german.has(k)), 'extra').toEqual([]);
  });

  it.each(ANSWER_LANGUAGES.filter((l) => l !== 'de'))('uses the same placeholders in %s as in German', (language) => {
    const other = flatten(readTranslation(language));
    for (const [key, text] of german) {
      if (key.startsWith('translation.commandWords.')) continue;
      expect(placeholders(other.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('defines every key the code uses', () => {
    const used = [...keysUsedIn(join(PROJECT_ROOT, 'src')), ...keysUsedIn(join(PROJECT_ROOT, 'dialogs'))];
    expect(used.length).toBeGreaterThan(10);
    const defined = (key: string) => german.has(key) || [...german.keys()].some((k) => k.startsWith(`${key}.`));
    expect(used.filter((k) => !defined(k))).toEqual([]);
  });
});
