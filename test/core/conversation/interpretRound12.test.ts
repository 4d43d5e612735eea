import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../../src/core/content.js';
import { interpret, type ConversationContext, type Reading } from '../../../src/core/conversation/index.js';
import { readingOf } from '../../helpers/reading.js';

let content: Content;
beforeAll(() => {
  content = loadContent(process.cwd());
});

const reading = (text: string, understanding: Partial<Reading['understanding']> = {}, extra: Partial<Reading> = {}): Reading =>
  readingOf(content, text, understanding, extra);

describe('a timing question after an ask-back', () => {
  const asked: ConversationContext = { lastAnswer: 'topic', choices: ['arbeitsmarkt-zahlen', 'eingliederungszuschuss', 'zusatzurlaub'] };
  it('goes to the one offered topic whose texts answer the facet asked', () => {
    expect(interpret(reading('Müssen wir das vorher beantragen oder auch noch nach dem Start?', {}, { facetChoice: 'eingliederungszuschuss' }), asked))
      .toMatchObject({ kind: 'facet', topic: 'eingliederungszuschuss', facet: 'deadline' });
  });
  it('still asks again when no single offered topic answers it', () => {
    expect(interpret(reading('Müssen wir das vorher beantragen oder auch noch nach dem Start?'), asked)).toMatchObject({ kind: 'ask-again' });
  });
});

describe('a back-reference to a topic of earlier', () => {
  const ctx: ConversationContext = { topic: 'arbeitsplatzausstattung', recentTopics: ['budget-fuer-arbeit', 'eingliederungszuschuss'], lastAnswer: 'topic' };
  const ranked = { decision: 'ask-back' as const, topics: [{ id: 'arbeitsplatzausstattung', score: 0.3 }, { id: 'eingliederungszuschuss', score: 0.28 }, { id: 'budget-fuer-arbeit', score: 0.2 }] };
  it('takes the topic discussed before that the recognizer ranks highest, not the topic at hand', () => {
    expect(interpret(reading('Und die Förderung vom Anfang, wie lange läuft die?', ranked), ctx)).toMatchObject({ kind: 'facet', topic: 'eingliederungszuschuss', facet: 'duration' });
  });
  it('English: back to the subsidy', () => {
    expect(interpret(reading('Back to the subsidy you mentioned earlier – how long does it run?', ranked), ctx)).toMatchObject({ kind: 'facet', topic: 'eingliederungszuschuss', facet: 'duration' });
  });
  it('without the back-reference stays with the topic at hand', () => {
    expect(interpret(reading('Und wie lange läuft die?', ranked), ctx)).toMatchObject({ kind: 'facet', topic: 'arbeitsplatzausstattung' });
  });
});
