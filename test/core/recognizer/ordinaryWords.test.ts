import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { createOrdinaryWordTest } from '../../../src/core/recognizer/ordinaryWords.js';
import { toAskRecord } from '../../../src/core/understand.js';
import { repoRoot } from './fixture.js';

const { understand } = loadUnderstand(repoRoot);
const titles = readFileSync(join(repoRoot, 'test/fixtures/job-titles-de.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

// real questions with a job title or company type in them, and the topic each must keep among the first three
const TEMPLATES: [template: string, topic: string][] = [
  ['Wir möchten einen schwerbehinderten Menschen als {w} einstellen. Gibt es einen Zuschuss zum Lohn?', 'eingliederungszuschuss'],
  ['Unser Betrieb ({w}, 40 Beschäftigte): Müssen wir schwerbehinderte Menschen beschäftigen?', 'beschaeftigungspflicht'],
  ['{w} mit Schwerbehinderung kündigen – was muss ich beachten?', 'kuendigungsschutz'],
];

describe('ordinary words: job titles and company types are evidence for nothing', () => {
  it('reads a list of about 200 titles', () => expect(titles.length).toBeGreaterThanOrEqual(200));

  it.each(TEMPLATES)('"%s" keeps %s for every title and is never refused', (template, topic) => {
    const failures = titles.flatMap((title) => {
      const question = template.replace('{w}', title);
      const record = toAskRecord(question, understand(question));
      return record.intent !== 'out-of-scope' && record.ids.slice(0, 3).includes(topic) ? [] : [`${question} → ${record.intent} ${record.ids.join(',')}`];
    });
    expect(failures).toEqual([]);
  });
});

describe('createOrdinaryWordTest', () => {
  const isOrdinary = createOrdinaryWordTest(['Koch', 'Bäckerei', 'Meister', 'Kasse'], {
    namesTopic: (w) => w === 'schule',
    isIndexed: (w) => w === 'krankenkasse' || w === 'krankenkassen',
  });

  it.each([
    ['koch', true], ['koche', true], ['kochin', true], ['backereien', true], ['dachdeckermeister', true],
    ['krankenkasse', false], ['krankenkassenmeister', false], ['kochen', true], ['ausgleichsabgabe', false], ['meisterschaft', false], ['ko', false],
  ])('%s → %s', (word, expected) => expect(isOrdinary(word)).toBe(expected));

  it('never takes a word that names a topic', () => {
    const test = createOrdinaryWordTest(['Schule'], { namesTopic: (w) => w === 'schule', isIndexed: () => true });
    expect([test('schule'), test.isListed('schule')]).toEqual([false, true]);
  });
});
