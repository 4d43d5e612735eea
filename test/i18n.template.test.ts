import { describe, expect, it } from 'vitest';
import { loadContent } from '../src/core/content.js';
import { ANSWER_LANGUAGES, createI18next, createLocalizer } from '../src/i18n.js';
import { compileTemplate, fillTemplate } from '../src/i18nTemplate.js';
import { PROJECT_ROOT } from '../src/paths.js';

const content = loadContent(PROJECT_ROOT);
const localizer = createLocalizer(PROJECT_ROOT, content.knowledge, ANSWER_LANGUAGES);
/** i18next as configured for the bot, without the localizer's shortcuts: the reference. */
const reference = createI18next(PROJECT_ROOT, content.knowledge, ANSWER_LANGUAGES);

/** Every string resource with a placeholder: [language, key as the code writes it, text]. */
function placeholderTexts(): [string, string, string][] {
  const found: [string, string, string][] = [];
  const walk = (lng: string, ns: string, node: unknown, path: string[]) => {
    if (typeof node === 'string') {
      if (node.includes('{{')) found.push([lng, `${ns === 'translation' ? '' : `${ns}:`}${path.join('.')}`, node]);
    } else if (node && typeof node === 'object' && !Array.isArray(node)) {
      for (const [k, v] of Object.entries(node)) walk(lng, ns, v, [...path, k]);
    }
  };
  for (const lng of ANSWER_LANGUAGES) {
    for (const [ns, bundle] of Object.entries(reference.store.data[lng] ?? {})) walk(lng, ns, bundle, []);
  }
  return found;
}

const namesIn = (text: string) => [...text.matchAll(/\{\{(.+?)\}\}/g)].map((m) => m[1]!.trim());
/** Values that would show a difference: i18next syntax inside a value, `$` patterns of String.replace, numbers. */
const TRICKY = ['Köln', '{{place}}', '$t(actions.help)', '$& $1 $$', 12_500, 0, '', ' Leer zeichen '];

describe('translations with placeholders, filled by the localizer', () => {
  const texts = placeholderTexts();

  it('covers the placeholder texts of all three languages', () => {
    for (const lng of ANSWER_LANGUAGES) expect(texts.filter(([l]) => l === lng).length).toBeGreaterThan(20);
  });

  it.each(TRICKY.map((v) => [v]))('gives what i18next gives for every text with placeholders, value %j', (value) => {
    for (const [lng, key, text] of texts) {
      const options = Object.fromEntries(namesIn(text).map((name) => [name, value]));
      const t = localizer.translatorFor(lng as (typeof ANSWER_LANGUAGES)[number]);
      expect(t(key, options), `${lng} ${key}`).toBe(reference.getFixedT(lng)(key, options));
    }
  });

  it('gives what i18next gives when a value is missing, extra or not text, or i18next options are passed', () => {
    const t = localizer.translatorFor('de');
    const ref = reference.getFixedT('de');
    const cases: Record<string, unknown>[] = [{}, { place: undefined }, { place: null }, { place: 'Köln', extra: 'x' }, { place: { name: 'Köln' } }, { place: 'Köln', lng: 'en' }, { place: 'Köln', count: 2 }, { place: 'Köln', defaultValue: 'x' }];
    for (const options of cases) expect(t('contact.heading', options), JSON.stringify(options)).toBe(ref('contact.heading', options));
    expect(t('units.months', { count: 1, value: '1' })).toBe(ref('units.months', { count: 1, value: '1' }));
    expect(t('no.such.key', { place: 'Köln' })).toBe(ref('no.such.key', { place: 'Köln' }));
  });

  it('leaves to i18next what it does beyond plain placeholders', () => {
    expect(compileTemplate('Hallo {{name}}')).toBeDefined();
    for (const raw of ['$t(other) {{name}}', '{{- name}}', '{{value, number}}', '{{a.b}}', '{{count}} Monate', { nested: 'x' }, undefined]) {
      expect(compileTemplate(raw), JSON.stringify(raw)).toBeUndefined();
    }
    const template = compileTemplate('In {{ place }}: {{provider}}.')!;
    expect(fillTemplate(template, { place: 'Köln', provider: 'LVR' })).toBe('In Köln: LVR.');
    expect(fillTemplate(template, { place: 'Köln' })).toBeUndefined();
    expect(fillTemplate(template, { place: 'Köln', provider: 'LVR', count: 1 })).toBeUndefined();
  });
});
