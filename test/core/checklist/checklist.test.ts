import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChecklist, validateChecklist } from '../../../src/core/checklist/loadChecklist.js';
import { ContentValidationError } from '../../../src/core/knowledge/validationError.js';
import { loadContent } from '../../../src/core/content.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const content = loadContent(PROJECT_ROOT);
const topicIds = new Set(content.knowledge.topics.map((t) => t.id));
const languages = ['de', 'de-x-simple', 'en'];
const file = JSON.parse(readFileSync(join(PROJECT_ROOT, 'data/checklist.json'), 'utf8'));
const texts = Object.fromEntries(languages.map((l) => [l, JSON.parse(readFileSync(join(PROJECT_ROOT, `locales/${l}/checklist.json`), 'utf8'))]));

const problemsOf = (value: unknown, context = { topicIds, texts }): string[] => {
  try {
    validateChecklist(value, context);
    return [];
  } catch (error) {
    if (error instanceof ContentValidationError) return error.problems.map((p) => `${p.item} ${p.field}: ${p.problem}`);
    throw error;
  }
};

describe('checklist data (data/checklist.json)', () => {
  it('ties every entry to an existing topic', () => {
    for (const id of Object.keys(file.topics)) expect(topicIds.has(id), id).toBe(true);
  });

  it('has an entry for every topic the programme finder can recommend', () => {
    const finderTopics = new Set(content.finder.rules.map((r) => r.topic));
    const missing = [...finderTopics].filter((id) => !content.checklist.byTopic.has(id));
    expect(missing).toEqual([]);
  });

  it('gives the Eingliederungszuschuss the § 324 SGB III rule: apply before the contract', () => {
    const [rule] = content.checklist.byTopic.get('eingliederungszuschuss')!.deadlines;
    expect(rule).toMatchObject({ id: 'before-contract', binding: true, legalBasis: { label: '§ 324 Abs. 1 SGB III' } });
  });

  it('limits the three-month LWL rule to Westfalen-Lippe', () => {
    const rules = content.checklist.byTopic.get('praemien-lvr-lwl')!.deadlines;
    expect(rules.find((r) => r.id === 'lwl-three-months')?.area).toBe('LWL');
  });

  it('loads from the repository as the bot does', () => {
    expect(loadChecklist(PROJECT_ROOT, topicIds, languages).byTopic.size).toBe(Object.keys(file.topics).length);
  });

  it.each([
    ['an unknown topic', { ...file, topics: { ...file.topics, 'kein-thema': { deadlines: [], documents: [] } } }, /unknown topic id "kein-thema"/],
    ['an unknown rule', { ...file, topics: { bem: { deadlines: ['nie'], documents: [] } } }, /unknown deadline rule "nie"/],
    ['an unknown document', { ...file, topics: { bem: { deadlines: [], documents: ['zettel'] } } }, /unknown document "zettel"/],
    ['a source without a date', { ...file, documents: { ...file.documents, 'proof-status': { source: { url: 'https://example.org', dateKind: 'read' } } } }, /date/],
    ['a date kind that is neither published nor read', { ...file, documents: { ...file.documents, 'proof-status': { source: { url: 'https://example.org', date: '2026-01-01', dateKind: 'built' } } } }, /dateKind/],
    ['an unknown field', { ...file, extra: true }, /extra|Unrecognized/i],
  ])('refuses %s', (_name, value, expected) => {
    expect(problemsOf(value).join('\n')).toMatch(expected);
  });

  it('refuses a rule without its text in a language', () => {
    const withoutText = { ...texts, en: { ...texts.en, deadlines: {} } };
    expect(problemsOf(file, { topicIds, texts: withoutText }).join('\n')).toMatch(/before-contract deadlines: text missing in locales\/en/);
  });
});
