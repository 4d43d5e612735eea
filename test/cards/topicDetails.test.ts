import { describe, expect, it } from 'vitest';
import { channelLocaleFor } from '../../dialogs/context/turnLanguage.js';
import { topicAnswer } from '../../src/cards/topicCard.js';
import { loadContent } from '../../src/core/content.js';
import { ANSWER_LANGUAGES, createLocalizer, type AnswerLanguage } from '../../src/i18n.js';
import { PROJECT_ROOT } from '../../src/paths.js';

const { knowledge } = loadContent(PROJECT_ROOT);
const localizer = createLocalizer(PROJECT_ROOT, knowledge, ANSWER_LANGUAGES);
const topic = knowledge.topics.find((t) => ANSWER_LANGUAGES.every((l) => t.texts[l]?.details.who))!;

interface Block { text?: string }
const cardOf = (language: AnswerLanguage, inlineDetails = false) => {
  const answer = topicAnswer(topic, { t: localizer.translatorFor(language), language, channelLocale: channelLocaleFor(language), relatedTitle: () => undefined, inlineDetails, today: '2026-12-07' });
  return answer.attachments![0]!.content as { body: Block[]; actions: Array<{ type: string; card?: { body: Block[] } }> };
};
const detailsOf = (language: AnswerLanguage) => cardOf(language).actions.find((a) => a.type === 'Action.ShowCard')!.card!.body;

describe('topic card details, made once per topic, translator and language', () => {
  it('are the details of the answer language, whichever language asked before', () => {
    for (const language of [...ANSWER_LANGUAGES, ...[...ANSWER_LANGUAGES].reverse()]) {
      expect(detailsOf(language).map((b) => b.text)).toContain(topic.texts[language]!.details.who);
    }
  });

  it('give the same card again, inline or behind "Details"', () => {
    expect(JSON.stringify(cardOf('de'))).toBe(JSON.stringify(cardOf('de')));
    expect(cardOf('en', true).body.map((b) => b.text)).toEqual(expect.arrayContaining(detailsOf('en').map((b) => b.text)));
  });

  it('cannot be changed by one card for the next', () => {
    const details = detailsOf('de');
    expect(() => details.push({ text: 'changed' })).toThrow(TypeError);
    expect(() => { details[0]!.text = 'changed'; }).toThrow(TypeError);
    expect(detailsOf('de')[0]!.text).not.toBe('changed');
  });
});
