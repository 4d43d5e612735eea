import { beforeAll, describe, expect, it } from 'vitest';
import { topicNamesOf } from '../../../dialogs/conversation/context.js';
import { loadContent, type Content } from '../../../src/core/content.js';
import { readCues } from '../../../src/core/conversation/index.js';

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
