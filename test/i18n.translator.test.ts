import { describe, expect, it } from 'vitest';
import { loadContent } from '../src/core/content.js';
import { ANSWER_LANGUAGES, createLocalizer } from '../src/i18n.js';
import { PROJECT_ROOT } from '../src/paths.js';

const content = loadContent(PROJECT_ROOT);
const localizer = createLocalizer(PROJECT_ROOT, content.knowledge, ANSWER_LANGUAGES);

describe('translatorFor', () => {
  it('gives one translator per language and keeps answering in that language', () => {
    const de = localizer.translatorFor('de');
    const en = localizer.translatorFor('en');
    expect(localizer.translatorFor('de')).toBe(de);
    expect(de('actions.help')).not.toBe(en('actions.help'));
    // Asked again (from the memo), the answers stay in their language.
    expect(de('actions.help')).toBe(localizer.translatorFor('de')('actions.help'));
    expect(en('actions.help')).toBe(localizer.translatorFor('en')('actions.help'));
  });

  it('interpolates and pluralises on every call instead of reusing an earlier answer', () => {
    const t = localizer.translatorFor('de');
    const one = t('contact.heading', { place: 'Köln' });
    const other = t('contact.heading', { place: 'Bonn' });
    expect(one).toContain('Köln');
    expect(other).toContain('Bonn');
    expect(t('units.months', { count: 1, value: '1' })).not.toBe(t('units.months', { count: 24, value: '24' }));
  });

  it('treats empty options like a key alone and still answers objects when asked for them', () => {
    const t = localizer.translatorFor('en');
    expect(t('help.text', {})).toBe(t('help.text'));
    expect(typeof t('page', { returnObjects: true, minutes: 30 })).toBe('object');
  });

  it('shows a missing key as the key itself, also the second time', () => {
    const t = localizer.translatorFor('de-x-simple');
    expect(t('no.such.key')).toBe('no.such.key');
    expect(t('no.such.key')).toBe('no.such.key');
  });
});
