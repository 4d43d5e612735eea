import { beforeAll, describe, expect, it } from 'vitest';
import { topicNamesOf } from '../../../dialogs/conversation/context.js';
import { loadContent, type Content } from '../../../src/core/content.js';
import { interpret, readCues, type Reading } from '../../../src/core/conversation/index.js';

let content: Content;
beforeAll(() => {
  content = loadContent(process.cwd());
});

const cuesOf = (text: string) => readCues(text, content.conversation, topicNamesOf(content.knowledge));

describe('round 7b: cue patterns span words with umlauts and ß', () => {
  it.each([
    'Was passiert, wenn wir für die Kollegin keinen Antrag stellen?',
    'Wenn die Übernahme später nicht klappt?',
    'was passiert falls wir die Frist für den Zuschuss versäumen',
    'Und falls es mit der Mitarbeiterin später nicht funktioniert?',
  ])('%s asks for consequences', (text) => {
    expect(cuesOf(text).facet).toBe('consequences');
  });

  it.each(['Wer wäre für die Förderung zuständig?', 'Wer wäre dafür zuständig?'])('%s asks for the office', (text) => {
    expect(cuesOf(text).contact).toBe(true);
  });
});

describe('round 7b: wages, advice and the levy duty', () => {
  it.each(['Zahle ich ihr dann den Mindestlohn?', 'Bekommt er dann Tariflohn?', 'do we have to pay him the minimum wage?'])('%s asks for the wage, not the levy', (text) => {
    const cues = cuesOf(text);
    expect(cues.facet).toBe('wage');
    expect(cues.levyDuty).toBe(false);
  });

  it.each(['Müssen wir dann überhaupt zahlen?', 'Müssen wir die Abgabe zahlen?', 'do we have to pay?'])('%s asks whether the levy is due', (text) => {
    expect(cuesOf(text).levyDuty).toBe(true);
  });

  it.each(['Wer unterstützt mich dabei?', 'Und wer berät uns da?', 'An wen kann ich mich damit wenden?', 'who can help us with that?'])('%s asks who advises', (text) => {
    expect(cuesOf(text).facet).toBe('advice');
  });
});

describe('round 7b: a wage or advice question names no topic: the topic at hand', () => {
  const reading = (text: string, facetInTopic: boolean, intent: Reading['understanding']['intent'] = 'out-of-scope'): Reading => ({
    understanding: { intent, decision: 'dont-know', topics: [], district: null, outOfScopeSubject: 'labour-law' },
    cues: cuesOf(text),
    facetInTopic,
  });
  const ctx = { topic: 'budget-fuer-arbeit', lastAnswer: 'topic' } as const;

  it('answers the wage from the topic that speaks of it', () => {
    expect(interpret(reading('Zahle ich ihr dann den Mindestlohn?', true), ctx)).toEqual({ kind: 'facet', topic: 'budget-fuer-arbeit', facet: 'wage' });
  });

  it('leaves the wage question to the referral when the topic says nothing', () => {
    expect(interpret(reading('Zahle ich ihr dann den Mindestlohn?', false), ctx)).not.toMatchObject({ kind: 'facet', facet: 'wage' });
  });

  it('answers who advises on the topic at hand', () => {
    expect(interpret(reading('Wer unterstützt mich dabei?', false, 'knowledge'), ctx)).toEqual({ kind: 'facet', topic: 'budget-fuer-arbeit', facet: 'advice' });
  });
});
