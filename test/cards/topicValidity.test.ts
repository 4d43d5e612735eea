import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { channelLocaleFor } from '../../dialogs/context/turnLanguage.js';
import { topicAnswer } from '../../src/cards/topicCard.js';
import { loadContent } from '../../src/core/content.js';
import type { Topic } from '../../src/core/knowledge/knowledgeBase.js';
import { ANSWER_LANGUAGES, createLocalizer } from '../../src/i18n.js';
import { PROJECT_ROOT } from '../../src/paths.js';

const content = loadContent(PROJECT_ROOT);
const { knowledge } = content;
const localizer = createLocalizer(PROJECT_ROOT, knowledge, ANSWER_LANGUAGES);

function answerOn(topic: Topic, today: string, language: (typeof ANSWER_LANGUAGES)[number] = 'de') {
  const t = localizer.translatorFor(language);
  const answer: Partial<Activity> = topicAnswer(topic, { t, language, channelLocale: channelLocaleFor(language), relatedTitle: () => undefined, today, inlineDetails: true });
  const card = answer.attachments![0]!.content as { body: { type: string; text?: string; facts?: { title: string; value: string }[] }[] };
  const facts = card.body.find((b) => b.type === 'FactSet')!.facts!;
  return { text: answer.text!, facts, t };
}

describe('topic cards follow the day they are asked on', () => {
  const kaoa = knowledge.byId.get('kaoa-star')!;

  it.each(ANSWER_LANGUAGES)('shows how long KAoA-STAR runs while it runs, and that it ended afterwards (%s)', (language) => {
    const running = answerOn(kaoa, '2026-12-06', language);
    expect(running.facts).toContainEqual({ title: running.t('facts:runsUntil'), value: expect.stringContaining('2027') });
    expect(running.text).not.toContain(running.t('facts:programmeEnded', { date: 'X' }).slice(0, 20));
    const ended = answerOn(kaoa, '2027-08-01', language);
    expect(ended.text).toContain(ended.t('facts:programmeEnded', { date: language === 'en' ? '07/31/2027' : '31.07.2027' }));
    expect(ended.facts.map((f) => f.title)).not.toContain(ended.t('facts:runsUntil'));
  });

  it('names the Grundsicherungsgeld only from 01.07.2026 on', () => {
    const topic = knowledge.byId.get('arbeitgeber-service-ba')!;
    expect(answerOn(topic, '2026-06-30').text).not.toContain('Grundsicherungsgeld');
    expect(answerOn(topic, '2026-07-01').text).toContain('Grundsicherungsgeld');
  });

  it.each([
    ['2026-12-06', '815'],
    ['2025-03-01', '815'],
    ['2024-06-01', '720'],
  ])('on %s shows the levy amount valid then (%s € at a quota of 0 %%), once', (day, euro) => {
    const levy = knowledge.byId.get('ausgleichsabgabe')!;
    const rateLabel = levy.texts.de!.amounts['rate-zero']!;
    const rows = answerOn(levy, day).facts.filter((f) => f.title === rateLabel);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.value).toContain(euro);
  });

  it('shows "geprüft am" only for a topic a person reviewed', () => {
    const reviewed = { ...kaoa, reviewedOn: '2026-12-01' } as Topic;
    const { facts, t } = answerOn(reviewed, '2026-12-06');
    expect(facts).toContainEqual({ title: t('facts:reviewedOn'), value: '01.12.2026' });
    expect(answerOn(kaoa, '2026-12-06').facts.map((f) => f.title)).not.toContain(t('facts:reviewedOn'));
  });
});
