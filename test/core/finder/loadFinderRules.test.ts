import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDER_RULES_FILE, loadFinderRules, validateFinderRules, type FinderRulesContext } from '../../../src/core/finder/index.js';
import { ContentValidationError, formatProblem } from '../../../src/core/knowledge/validationError.js';
import { ANSWER_LANGUAGES } from '../../../src/i18n.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

type Json = Record<string, any>;
const readJson = (path: string) => JSON.parse(readFileSync(join(PROJECT_ROOT, path), 'utf8')) as Json;
const realRules = readJson(FINDER_RULES_FILE);
const realTexts = Object.fromEntries(ANSWER_LANGUAGES.map((l) => [l, readJson(`locales/${l}/finder.json`)]));
const realContext: FinderRulesContext = { topicIds: new Set(['eingliederungszuschuss']), texts: realTexts };

/** The problems (`file › item › field: problem`) of the real rules after `change`, checked against `context`. */
function problemsAfter(change: (rules: Json, texts: Json) => void, topicIds?: ReadonlySet<string>): string[] {
  const rules = structuredClone(realRules);
  const texts = structuredClone(realTexts);
  change(rules, texts);
  const ids = topicIds ?? new Set<string>(rules.rules.map((r: Json) => r.topic));
  try {
    validateFinderRules(rules, { topicIds: ids, texts });
  } catch (error) {
    if (error instanceof ContentValidationError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

const rule = (rules: Json, id: string) => rules.rules.find((r: Json) => r.id === id);

/** One line per broken file: what is changed → the problems it must report. */
const broken: Array<[string, (rules: Json, texts: Json) => void, string[]]> = [
  ['a rule without a topic', (r) => delete rule(r, 'hire-egz').topic, ['data/finder/rules.json › - › rules.1.topic: Invalid input: expected string, received undefined']],
  ['a priority that is not a number', (r) => { rule(r, 'hire-egz').priority = 'high'; }, ['data/finder/rules.json › - › rules.1.priority: Invalid input: expected number, received string']],
  ['an unknown field', (r) => { rule(r, 'hire-egz').note = 'x'; }, ['data/finder/rules.json › - › rules.1: Unrecognized key: "note"']],
  ['a condition on an unknown step', (r) => { rule(r, 'hire-egz').when.age = ['young']; }, ['data/finder/rules.json › hire-egz › when.age: unknown step']],
  ['an unknown answer', (r) => { rule(r, 'hire-egz').when.person = ['schwerbehindert']; }, ['data/finder/rules.json › hire-egz › when.person: unknown answer "schwerbehindert"']],
  ['an unknown region', (r) => { rule(r, 'hire-egz').when.region = ['Bayern']; }, ['data/finder/rules.json › hire-egz › when.region: unknown answer "Bayern"']],
  ['a rule id used twice', (r) => { rule(r, 'hire-probe').id = 'hire-egz'; }, ['data/finder/rules.json › hire-egz › id: rule id used twice']],
  ['a reason without text', (r) => { rule(r, 'hire-egz').reason = 'egzMissing'; }, ANSWER_LANGUAGES.map((l) => `locales/${l}/finder.json › hire-egz › reasons.egzMissing: text missing`)],
  ['an English reason missing', (_r, t) => delete t.en.reasons.egzHire, ['locales/en/finder.json › hire-egz › reasons.egzHire: text missing', 'locales/en/finder.json › inclusion-business-egz › reasons.egzHire: text missing']],
  ['a button label missing', (_r, t) => delete t['de-x-simple'].steps.size.options['60-plus'], ['locales/de-x-simple/finder.json › size › steps.size.options.60-plus: text missing']],
  ['a keyword of two answers', (r) => r.steps[1].options[1].keywords.push('Schwerbehindert'), ['data/finder/rules.json › person › options.keywords: keyword "schwerbehindert" belongs to several options']],
  ['a step called region', (r) => { r.steps[2].id = 'region'; }, expect.arrayContaining(['data/finder/rules.json › region › id: "region" is reserved for the place']) as never],
  ['a follow-up on an unknown answer', (r) => { r.followUps[0].when.size = ['huge']; }, ['data/finder/rules.json › followUps.0 › when.size: unknown answer "huge"']],
  ['a size range upside down', (r) => { r.steps[2].options[1].max = 10; }, ['data/finder/rules.json › - › steps.2.options.1.max: max must not be below min']],
];

describe('validateFinderRules', () => {
  it('accepts the real rules', () => {
    expect(problemsAfter(() => undefined)).toEqual([]);
  });

  it.each(broken)('reports %s', (_label, change, expected) => {
    expect(problemsAfter(change)).toEqual(expected);
  });

  it('reports a topic id the knowledge base does not have', () => {
    const problems = problemsAfter(() => undefined, realContext.topicIds);
    expect(problems).toContain('data/finder/rules.json › hire-probe › topic: unknown topic id "probebeschaeftigung"');
    expect(problems.every((p) => p.startsWith('data/finder/rules.json › ') && p.includes('unknown topic id'))).toBe(true);
  });

  it('folds keywords and replies for matching', () => {
    const rules = validateFinderRules(realRules, { topicIds: new Set(realRules.rules.map((r: Json) => r.topic)), texts: realTexts });
    const person = rules.steps.find((s) => s.id === 'person')!;
    expect(person.options.find((o) => o.id === 'young')!.keywords).toContain('schuler');
    expect(person.options.find((o) => o.id === 'not-known')!.replies).toContain('weiss nicht');
  });
});

describe('loadFinderRules', () => {
  it('loads the real rules, checked against data/topics and every finder.json', () => {
    const rules = loadFinderRules(PROJECT_ROOT);
    expect(rules.steps.map((s) => s.id)).toEqual(['situation', 'person', 'size']);
    expect(rules.rules.length).toBeGreaterThan(50);
  });

  it('reports invalid JSON and a missing language file by file name', () => {
    const root = mkdtempSync(join(tmpdir(), 'finder-rules-'));
    try {
      mkdirSync(join(root, 'data/finder'), { recursive: true });
      writeFileSync(join(root, FINDER_RULES_FILE), '{ "steps": [');
      expect(() => loadFinderRules(root)).toThrow(/data\/finder\/rules\.json › - › \(root\): invalid JSON/);
      cpSync(join(PROJECT_ROOT, FINDER_RULES_FILE), join(root, FINDER_RULES_FILE));
      expect(() => loadFinderRules(root)).toThrow(/locales\/de\/finder\.json › - › \(root\): cannot be read/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
