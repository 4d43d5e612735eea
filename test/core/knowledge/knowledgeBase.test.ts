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
  providers: ['agentur'],
  beneficiaries: ['employer', 'jobseeker'],
  regionScope: ['federal'],
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

const validProvider = {
  id: 'agentur', name: { de: 'Agentur für Arbeit', en: 'Employment agency' }, url: 'https://www.arbeitsagentur.de',
  sourceDate: '2025-08-14', sources: ['https://www.arbeitsagentur.de'],
};

/** Writes a content tree with one topic and its provider vocabulary; `patch` breaks it on purpose. */
function fixture(patch: { data?: unknown; text?: unknown; rawData?: string; providers?: unknown } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'kb-'));
  mkdirSync(join(root, 'data', 'topics'), { recursive: true });
  mkdirSync(join(root, 'locales', 'de', 'topics'), { recursive: true });
  if (patch.providers !== null) writeFileSync(join(root, 'data', 'providers.json'), JSON.stringify({ providers: patch.providers ?? [validProvider] }));
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
    ['a bad review date', { data: { ...validData, reviewedOn: '23.11.2026' } }, 'data/topics/beispiel.json › beispiel › reviewedOn:'],
    ['a bad source date', { data: { ...validData, sources: [{ url: 'https://www.gesetze-im-internet.de/sgb_3/__90.html', sourceDate: '11/2026' }] } }, '› beispiel › sources.0'],
    ['a bad validity date', { data: { ...validData, validUntil: '2027' } }, '› beispiel › validUntil:'],
    ['a link that is no URL', { data: { ...validData, links: [{ id: 'law', url: 'gesetze-im-internet.de' }] } }, '› beispiel › links.0.url:'],
    ['an unknown field', { data: { ...validData, phone: '0800' } }, '› beispiel › (root): Unrecognized key'],
    ['an id that differs from the file name', { data: { ...validData, id: 'anders' } }, '› anders › id: must equal the file name "beispiel"'],
    ['an unknown related topic', { data: { ...validData, related: ['gibt-es-nicht'] } }, '› beispiel › related: unknown topic id "gibt-es-nicht"'],
    ['a missing text file', { text: null }, 'locales/de/topics/beispiel.json › beispiel › (root): missing or unreadable'],
    ['a text without answer', { text: { ...validText, answer: undefined } }, 'locales/de/topics/beispiel.json › beispiel › answer:'],
    ['an amount without label', { text: { ...validText, amounts: {} } }, 'locales/de/topics/beispiel.json › beispiel › amounts.rate: label missing'],
    ['an unknown provider id', { data: { ...validData, providers: ['agentur', 'gibt-es-nicht'] } }, 'data/topics/beispiel.json › beispiel › providers.1: unknown provider id "gibt-es-nicht"'],
    ['a provider listed twice', { data: { ...validData, providers: ['agentur', 'agentur'] } }, '› beispiel › providers.1: "agentur" is listed twice'],
    ['a topic without providers', { data: { ...validData, providers: [] } }, '› beispiel › providers: needs at least one provider id'],
    ['a topic without the providers field', { data: { ...validData, providers: undefined } }, '› beispiel › providers: Invalid input'],
    ['an unknown beneficiary', { data: { ...validData, beneficiaries: ['employer', 'kunde'] } }, 'data/topics/beispiel.json › beispiel › beneficiaries.1: Invalid option'],
    ['a beneficiary listed twice', { data: { ...validData, beneficiaries: ['employer', 'employer'] } }, '› beispiel › beneficiaries.1: "employer" is listed twice'],
    ['a topic without beneficiaries', { data: { ...validData, beneficiaries: [] } }, '› beispiel › beneficiaries: needs at least one beneficiary'],
    ['a missing provider vocabulary', { providers: null }, 'data/providers.json › - › (root): missing or unreadable'],
    ['a provider without URL and note', { providers: [{ ...validProvider, url: undefined }] }, 'data/providers.json › agentur › note: a provider without an official URL needs a note'],
    ['a provider without source', { providers: [{ ...validProvider, sources: [] }] }, 'data/providers.json › agentur › sources: needs at least one source URL'],
    ['a provider id used twice', { providers: [validProvider, validProvider] }, 'data/providers.json › agentur › id: is used by more than one provider'],
  ])('reports %s as file › topic id › field: problem', (_label, patch, expected) => {
    const problems = problemsOf(fixture(patch as never));
    expect(problems.some((p) => p.includes(expected)), problems.join('\n')).toBe(true);
  });

  it('lets a duty topic name no provider: the employer carries it out alone', () => {
    expect(problemsOf(fixture({ data: { ...validData, group: 'duty', providers: [] } }))).toEqual([]);
  });

  it('reports a broken provider entry once, not again for each topic that names it', () => {
    const problems = problemsOf(fixture({ providers: [{ ...validProvider, url: 'arbeitsagentur.de' }] }));
    expect(problems).toEqual([expect.stringContaining('data/providers.json › agentur › url:')]);
  });

  it('exposes providers and beneficiaries on the topic and the vocabulary on the knowledge base', () => {
    const kb = loadKnowledgeBase(fixture(), ['de']);
    expect(kb.byId.get('beispiel')).toMatchObject({ providers: ['agentur'], beneficiaries: ['employer', 'jobseeker'] });
    expect(kb.providers.get('agentur')?.name.de).toBe('Agentur für Arbeit');
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
