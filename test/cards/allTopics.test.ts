import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { channelLocaleFor } from '../../dialogs/context/turnLanguage.js';
import { newestSourceDate, topicAnswer } from '../../src/cards/topicCard.js';
import { formatPartialDate } from '../../src/cards/format.js';
import { loadContent } from '../../src/core/content.js';
import { ANSWER_LANGUAGES, createLocalizer, type AnswerLanguage } from '../../src/i18n.js';
import { PROJECT_ROOT } from '../../src/paths.js';

const content = loadContent(PROJECT_ROOT);
const { knowledge } = content;
const localizer = createLocalizer(PROJECT_ROOT, knowledge, ANSWER_LANGUAGES);

/**
 * A key i18next gave back untranslated ("card.asOf", "units.days"): one of the bot's top-level key groups followed by
 * a dot and a name. Built from the German bundle, so a new group is covered without touching this test.
 */
const keyGroups = Object.keys(JSON.parse(readFileSync(join(PROJECT_ROOT, 'locales', 'de', 'translation.json'), 'utf8')) as object);
const RAW_KEY = new RegExp(`(?:^|[^\\p{L}\\p{N}/.-])(?:${keyGroups.join('|')})\\.[A-Za-z][\\w.-]*`, 'u');

/** Every string in a JSON value, with its path; URLs are dropped, since a path such as "/card.html" is no key. */
function stringsOf(value: unknown, path = '$'): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value.replace(/https?:\/\/[^\s)\]]+/g, '')]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsOf(v, `${path}.${k}`));
  return [];
}

/** The ISO date as the channel locale writes it, spelled out here rather than through the card's own formatter. */
const expectedDate = (iso: string, locale: string) => {
  const [year, month, day] = iso.split('-');
  return locale === 'en-US' ? `${month}/${day}/${year}` : `${day}.${month}.${year}`;
};

const cases = knowledge.topics.flatMap((topic) => ANSWER_LANGUAGES.map((language) => [topic.id, language] as [string, AnswerLanguage]));

describe('topic cards for every topic in every answer language', () => {
  it('covers the whole knowledge base', () => {
    expect(knowledge.topics.length).toBeGreaterThan(0);
    expect(cases).toHaveLength(knowledge.topics.length * ANSWER_LANGUAGES.length);
  });

  describe.each([false, true])('details inline: %s', (inlineDetails) => {
    it.each(cases)('%s in %s', (topicId, language) => {
      const topic = knowledge.byId.get(topicId)!;
      const text = topic.texts[language]!;
      const t = localizer.translatorFor(language);
      const channelLocale = channelLocaleFor(language);
      const relatedTitle = (id: string) => knowledge.byId.get(id)?.texts[language]?.short;
      const answer: Partial<Activity> = topicAnswer(topic, { t, language, channelLocale, relatedTitle, inlineDetails, today: '2026-12-06' });

      expect(answer.type).toBe('message');
      expect(answer.locale).toBe(channelLocale);
      expect(answer.text).toContain(text.title);
      expect(answer.text).toContain(text.answer);

      expect(answer.attachments).toHaveLength(1);
      const attachment = answer.attachments![0]!;
      expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
      const card = attachment.content as Record<string, any>;
      expect(card.type).toBe('AdaptiveCard');
      expect(card.version).toBe('1.5');

      const official = topic.links[0]!;
      const openUrl = (card.actions as any[]).filter((a) => a.type === 'Action.OpenUrl');
      expect(openUrl).toContainEqual({ type: 'Action.OpenUrl', title: text.links[official.id], url: official.url });

      const facts = (card.body as any[]).find((block) => block.type === 'FactSet')?.facts as Array<{ title: string; value: string }>;
      const newest = newestSourceDate(topic);
      expect(facts).toContainEqual({ title: t('facts:sourcesFrom'), value: newest ? formatPartialDate(newest, channelLocale) : t('facts:sourcesUndated') });
      // "geprüft am" only where a person reviewed the topic; never a build date.
      const reviewed = facts.filter((f) => f.title === t('facts:reviewedOn'));
      expect(reviewed).toEqual(topic.reviewedOn ? [{ title: t('facts:reviewedOn'), value: expectedDate(topic.reviewedOn, channelLocale) }] : []);
      for (const fact of facts) {
        expect(fact.title.trim(), JSON.stringify(fact)).not.toBe('');
        expect(fact.value.trim(), JSON.stringify(fact)).not.toBe('');
      }

      const untranslated = stringsOf(answer).filter(([, s]) => RAW_KEY.test(s) || s.includes('{{'));
      expect(untranslated, 'strings that look like an i18n key or a placeholder left unfilled').toEqual([]);
    });
  });
});
