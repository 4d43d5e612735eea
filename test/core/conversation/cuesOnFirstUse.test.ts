import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { topicNamesOf } from '../../../dialogs/conversation/context.js';
import { loadContent, type Content } from '../../../src/core/content.js';
import { readCues, type Cues } from '../../../src/core/conversation/index.js';

let content: Content;
beforeAll(() => {
  content = loadContent(process.cwd());
});

const cuesOf = (text: string): Cues => readCues(text, content.conversation, topicNamesOf(content.knowledge));
const questions = (file: string): string[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { q: string }).q);
const TEXTS = [
  ...questions('test/eval/independent/tune.jsonl'),
  ...questions('test/core/recognizer/own-questions.jsonl'),
  'Und wie lange?', 'Wer zahlt das?', 'Danke!', 'Was ist der Unterschied zwischen EGZ und BEM?', 'ich meinte Dortmund',
];
// every field of Cues: those read at once and those read on first use
const FIELDS: readonly (keyof Cues)[] = ['facet', 'condition', 'statedCase', 'statedCases', 'smallTalk', 'asksBesideSmallTalk', 'contact', 'detail', 'role', 'definition', 'implications', 'compare', 'followUp', 'anaphor', 'dismiss', 'levyDuty', 'branch', 'site', 'eachSite', 'local', 'correction', 'earlier', 'contentWords', 'questionWords', 'namedTopics', 'statusTopics', 'namedSubjects', 'askedTopics', 'overview', 'asksSupport', 'asksBroadly', 'situation', 'situationTopics', 'aboutAnswer', 'person', 'ownWords', 'isStatusTopic'];

/** The fields a reading offers: its own and the getters of its class. */
const fieldsOf = (cues: Cues): (keyof Cues)[] =>
  [...Object.keys(cues), ...Object.getOwnPropertyNames(Object.getPrototypeOf(cues)).filter((name) => name !== 'constructor')] as (keyof Cues)[];

/** The values of a reading's fields, read in the given order, listed in FIELDS' order. */
function valuesInOrder(cues: Cues, order: readonly (keyof Cues)[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of order) values[field] = cues[field];
  return Object.fromEntries(FIELDS.map((field) => [field, values[field]]));
}

// readCues reads most cues only when a decision asks for them: whatever is asked first, every field has the value it
// has when all are read at once, and asking again gives the same value
describe('cues read on first use', () => {
  it('has every field of Cues', () => {
    expect(fieldsOf(cuesOf('Wer zahlt das?')).sort()).toEqual([...FIELDS].sort());
  });

  it.each(TEXTS.map((text) => [text]))('%s: the same values in any order of reading', (text) => {
    const all = valuesInOrder(cuesOf(text), FIELDS);
    const reversed = valuesInOrder(cuesOf(text), [...FIELDS].reverse());
    const once = cuesOf(text);
    const twice = [valuesInOrder(once, FIELDS.filter((_, i) => i % 2 === 1)), valuesInOrder(once, FIELDS)];
    expect(reversed).toEqual(all);
    expect(twice[1]).toEqual(all);
    expect(valuesInOrder(cuesOf(text), fieldsOf(once))).toEqual(all);
  });
});
