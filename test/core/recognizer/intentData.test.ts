import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentValidationError } from '../../../src/core/knowledge/validationError.js';
import { loadIntents } from '../../../src/core/recognizer/intentData.js';
import { createRecognizer } from '../../../src/core/recognizer/recognizer.js';
import { loadKnowledgeBase } from '../../../src/core/knowledge/knowledgeBase.js';
import { fixtureRoot, repoRoot } from './fixture.js';

let dir: string | undefined;
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); dir = undefined; });

/** A copy of the real intent data in a temporary root, changed by `edit`. */
function rootWith(edit: (intents: Record<string, unknown>) => void): string {
  dir = mkdtempSync(join(tmpdir(), 'intents-'));
  cpSync(join(repoRoot, 'data', 'matching'), join(dir, 'data', 'matching'), { recursive: true });
  const intents = JSON.parse(readFileSync(join(repoRoot, 'data', 'intents.json'), 'utf8')) as Record<string, unknown>;
  edit(intents);
  writeFileSync(join(dir, 'data', 'intents.json'), JSON.stringify(intents));
  return dir;
}

function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ContentValidationError) return error.problems.map((p) => `${p.file} ${p.item} ${p.field}`);
    throw error;
  }
  return [];
}

describe('loadIntents', () => {
  it('loads the repository intent data', () => {
    const data = loadIntents(repoRoot);
    expect(data.outOfScope.length).toBeGreaterThan(5);
    expect(data.stopWords.de).toContain('und');
    expect(data.stopWords.de).not.toContain('nicht');
  });

  it('names file and field of a broken entry', () => {
    const root = rootWith((d) => { (d.programmeFinder as { phrases: { de: unknown } }).phrases.de = 'durchfragen'; });
    expect(problemsOf(() => loadIntents(root))).toEqual(['data/intents.json - programmeFinder.phrases.de']);
  });

  it('rejects multi-word out-of-scope terms', () => {
    const root = rootWith((d) => { (d.outOfScope as { terms: string[] }[])[0]!.terms.push('Elterngeld beantragen'); });
    expect(problemsOf(() => loadIntents(root))[0]).toMatch(/outOfScope\.0\.terms/);
  });

  it('rejects a duplicate out-of-scope subject', () => {
    const root = rootWith((d) => { const list = d.outOfScope as unknown[]; list.push(list[0]); });
    expect(problemsOf(() => loadIntents(root))).toHaveLength(1);
  });

  it('reports a missing file instead of crashing', () => {
    dir = mkdtempSync(join(tmpdir(), 'intents-'));
    expect(problemsOf(() => loadIntents(dir!))).toEqual(['data/intents.json - ', 'data/matching/stopwords.json - ', 'data/matching/synonyms.json - ', 'data/matching/ordinary-words.json - ', 'data/matching/self-description.json - ', 'data/matching/health-conditions.json - ', 'data/matching/obligation-words.json - ', 'data/matching/work-aids.json - ', 'data/matching/building-barriers.json - ', 'data/matching/plain-language.json - ', 'data/matching/described-needs.json - ', 'data/matching/general-questions.json - ']);
  });

  it('refuses intent data that names a topic the knowledge base lacks', () => {
    const root = rootWith((d) => {
      const findContact = d.findContact as { answerTopic: string; otherContactTopics: string[] };
      findContact.answerTopic = 'no-such-topic';
      findContact.otherContactTopics = [];
      // the fixture has not every neighbour of the out-of-scope subjects
      for (const subject of d.outOfScope as { remitTopic?: string; employerWide?: string[] }[]) {
        delete subject.remitTopic;
        delete subject.employerWide;
      }
    });
    const knowledge = loadKnowledgeBase(fixtureRoot, ['de']);
    expect(problemsOf(() => createRecognizer(knowledge, loadIntents(root)))).toEqual(['data/intents.json no-such-topic outOfScope/findContact/levyCalculator']);
  });
});
