import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/core/knowledge/knowledgeBase.js';
import { ContentValidationError } from '../../../src/core/knowledge/validationError.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const validData = {
  id: 'beispiel',
  group: 'federal',
  regionScope: ['federal'],
  asOf: '2026-11-23',
  amounts: [{ id: 'rate', value: 70, unit: 'percent', upTo: true, source: 'https://www.gesetze-im-internet.de/sgb_3/__90.html' }],
  links: [{ id: 'law', url: 'https://www.gesetze-im-internet.de/sgb_3/__90.html' }],
  sources: ['https://www.gesetze-im-internet.de/sgb_3/__90.html'],
  match: { keywords: ['Beispiel'] },
};
const validText = {
  title: 'Beispiel', short: 'Beispiel', answer: 'Eine Antwort.', provider: 'Ein Träger',
  details: { who: 'Wer.', what: 'Was.', apply: 'Wie.', next: 'Weiter.' },
  amounts: { rate: 'Zuschuss' }, links: { law: 'Gesetz' },
};

/** Writes a content tree with one topic; `patch` breaks it on purpose. */
function fixture(patch: { data?: unknown; text?: unknown; rawData?: string } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'kb-'));
  mkdirSync(join(root, 'data', 'topics'), { recursive: true });
  mkdirSync(join(root, 'locales', 'de', 'topics'), { recursive: true });
  writeFileSync(join(root, 'data', 'topics', 'beispiel.json'), patch.rawData ?? JSON.stringify(patch.data ?? validData));
  if (patch.text !== null) writeFileSync(join(root, 'locales', 'de', 'topics', 'beispiel.json'), JSON.stringify(patch.text ?? validText));
  return root;
}

const problemsOf = (root: string): string[] => {
  try {
    loadKnowledgeBase(root, ['de']);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ContentValidationError);
    return (error as Error).message.split('\n').slice(1);
  }
};

describe('loadKnowledgeBase', () => {
  it('loads a valid topic with its texts', () => {
    const kb = loadKnowledgeBase(fixture(), ['de']);
    expect(kb.byId.get('beispiel')?.texts.de?.title).toBe('Beispiel');
  });

  it.each([
    ['invalid JSON', { rawData: '{"id": ' }, 'data/topics/beispiel.json › beispiel › (root): invalid JSON'],
    ['a missing source', { data: { ...validData, sources: [] } }, 'data/topics/beispiel.json › beispiel › sources:'],
    ['a bad date', { data: { ...validData, asOf: '23.11.2026' } }, 'data/topics/beispiel.json › beispiel › asOf:'],
    ['a link that is no URL', { data: { ...validData, links: [{ id: 'law', url: 'gesetze-im-internet.de' }] } }, '› beispiel › links.0.url:'],
    ['an unknown field', { data: { ...validData, phone: '0800' } }, '› beispiel › (root): Unrecognized key'],
    ['an id that differs from the file name', { data: { ...validData, id: 'anders' } }, '› anders › id: must equal the file name "beispiel"'],
    ['an unknown related topic', { data: { ...validData, related: ['gibt-es-nicht'] } }, '› beispiel › related: unknown topic id "gibt-es-nicht"'],
    ['a missing text file', { text: null }, 'locales/de/topics/beispiel.json › beispiel › (root): missing or unreadable'],
    ['a text without answer', { text: { ...validText, answer: undefined } }, 'locales/de/topics/beispiel.json › beispiel › answer:'],
    ['an amount without label', { text: { ...validText, amounts: {} } }, 'locales/de/topics/beispiel.json › beispiel › amounts.rate: label missing'],
  ])('reports %s as file › topic id › field: problem', (_label, patch, expected) => {
    const problems = problemsOf(fixture(patch as never));
    expect(problems.some((p) => p.includes(expected)), problems.join('\n')).toBe(true);
  });

  it('validates the shipped knowledge base and covers every canonical topic id', () => {
    const kb = loadKnowledgeBase(PROJECT_ROOT, ['de']);
    const canonicalPath = join(PROJECT_ROOT, '..', 'shared', 'knowledge', 'topics.json');
    let canonical: Array<{ id: string }> = [];
    try { canonical = JSON.parse(readFileSync(canonicalPath, 'utf8')) as Array<{ id: string }>; } catch { /* shared/ not beside this clone */ }
    for (const { id } of canonical) expect(kb.byId.has(id), `topic ${id}`).toBe(true);
    for (const topic of kb.topics) expect(topic.sources.length).toBeGreaterThan(0);
  });
});
