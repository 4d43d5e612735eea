import { describe, expect, it } from 'vitest';
import { loadContent, understandFor } from '../../../src/core/content.js';
import { loadKnowledgeBase } from '../../../src/core/knowledge/knowledgeBase.js';
import { createExampleSimilarity, DEFAULT_EXAMPLE_WEIGHTS, withExampleEvidence } from '../../../src/core/recognizer/exampleEvidence.js';
import { loadIntents } from '../../../src/core/recognizer/intentData.js';
import { analyzerFor } from '../../../src/core/recognizer/recognizerTerms.js';
import type { DocumentScore } from '../../../src/core/recognizer/scoring.js';
import { loadTopicExamples, OUT_OF_SCOPE_CLASS } from '../../../src/core/recognizer/topicExamples.js';
import { fixtureRoot, repoRoot } from './fixture.js';

// round 5 of issue 13: similarity to example utterances as a second source of topic evidence (own sentences, none from an eval set)
const analyzer = analyzerFor(loadIntents(repoRoot));
const fixtureTopics = new Set(loadKnowledgeBase(fixtureRoot, ['de', 'en']).byId.keys());
const similarityTo = createExampleSimilarity(loadTopicExamples(fixtureRoot, fixtureTopics), {
  analyzer,
  isOrdinary: () => false,
  buildSlots: () => [],
  rewriteParaphrases: (_text, tokens) => [...tokens],
  obligationTerm: () => undefined,
});
const similarity = (text: string, language = 'de') => similarityTo.similarity(analyzer.contentTokens(text), [], language);
const bestClass = (text: string, language = 'de'): string | undefined => [...similarity(text, language)].sort((a, b) => b[1] - a[1])[0]?.[0];

// held back from the fixture's examples: paraphrases of them, in other words
const PARAPHRASES: [text: string, language: string, topic: string][] = [
  ['Bekommt eine schwerbehinderte Teilzeitkraft zusätzliche Urlaubstage?', 'de', 'zusatzurlaub'],
  ['Der Arbeitstisch muss für einen Rollstuhl umgebaut werden', 'de', 'arbeitsplatzausstattung'],
  ['Wir möchten jemanden aus einer Werkstatt dauerhaft bei uns beschäftigen', 'de', 'budget-fuer-arbeit'],
  ['Muss das Amt zustimmen, wenn wir einem schwerbehinderten Kollegen kündigen?', 'de', 'kuendigungsschutz'],
  ['Gibt es einen Zuschuss zum Gehalt, wenn ein neuer Mitarbeiter am Anfang langsamer arbeitet?', 'de', 'eingliederungszuschuss'],
  ['How many additional days of leave for a severely disabled worker?', 'en', 'zusatzurlaub'],
  ['Wie wird das Wetter am Wochenende in Bonn?', 'de', OUT_OF_SCOPE_CLASS],
];

const score = (id: string, value: number, extra: Partial<DocumentScore> = {}): DocumentScore =>
  ({ doc: 0, id, outOfScope: false, score: value, coverage: value, nameSharedBy: 1, keywordNamedBy: 1, exclusive: 0, keyword: true, pooled: 0, ...extra });
const thresholds = { floor: 0.18, answer: 0.3, margin: 0.15 };
const inRemit = { inRemit: true, thresholds };
const order = (ranking: readonly DocumentScore[]): string[] => ranking.map((r) => r.id);

describe('example index', () => {
  it.each(PARAPHRASES)('"%s" (%s) is most like the examples of %s', (text, language, topic) => {
    expect(bestClass(text, language)).toBe(topic);
  });

  it.each(['Wer gewinnt heute das Fußballspiel?', 'Schönes Wetter heute'])('"%s" is like no topic', (text) => {
    expect([...similarity(text)].filter(([topic, value]) => topic !== OUT_OF_SCOPE_CLASS && value >= DEFAULT_EXAMPLE_WEIGHTS.minSimilarity)).toEqual([]);
  });
});

describe('example evidence beside the keywords', () => {
  const favoursSecond = new Map([['b', 0.9], ['a', 0.1]]);

  it('cannot overturn a clear keyword winner', () => {
    expect(order(withExampleEvidence([score('a', 0.6), score('b', 0.3)], () => favoursSecond, DEFAULT_EXAMPLE_WEIGHTS, inRemit))).toEqual(['a', 'b']);
  });

  it('keeps a clear keyword answer clear: no other topic comes within its margin', () => {
    const [first, second] = withExampleEvidence([score('a', 0.6), score('b', 0.45)], () => favoursSecond, DEFAULT_EXAMPLE_WEIGHTS, inRemit);
    expect(first!.id).toBe('a');
    expect(second!.score).toBeLessThan(first!.score * (1 - thresholds.margin));
  });

  it('decides a near tie for the topic the examples favour', () => {
    expect(order(withExampleEvidence([score('a', 0.4), score('b', 0.39)], () => favoursSecond, DEFAULT_EXAMPLE_WEIGHTS, inRemit))).toEqual(['b', 'a']);
  });

  it.each([
    ['no similar example', new Map<string, number>()],
    ['similarities below the minimum', new Map([['b', 0.05]])],
    ['out-of-scope examples more similar than any topic', new Map([['b', 0.3], [OUT_OF_SCOPE_CLASS, 0.5]])],
  ])('gives no topic a bonus with %s', (_case, similarities) => {
    const ranking = [score('a', 0.4), score('b', 0.39)];
    expect(withExampleEvidence(ranking, () => similarities, DEFAULT_EXAMPLE_WEIGHTS, inRemit).map((r) => r.score)).toEqual([0.4, 0.39]);
  });

  it('leaves a short follow-up in a conversation to the keywords, without comparing it with the examples', () => {
    const ranking = [score('a', 0.4), score('b', 0.39)];
    let asked = 0;
    const similarityOf = () => { asked++; return favoursSecond; };
    expect(withExampleEvidence(ranking, similarityOf, DEFAULT_EXAMPLE_WEIGHTS, { ...inRemit, followUp: true })).toBe(ranking);
    expect(withExampleEvidence([], similarityOf, DEFAULT_EXAMPLE_WEIGHTS, inRemit)).toEqual([]);
    expect(asked).toBe(0);
  });

  it('adds no topic the keywords did not match', () => {
    expect(order(withExampleEvidence([score('a', 0.3)], () => new Map([['b', 0.9]]), DEFAULT_EXAMPLE_WEIGHTS, inRemit))).toEqual(['a']);
  });

  // the router compares a subject with the first topic by their ratio
  const subjectShare = (ranking: readonly DocumentScore[]): number => ranking.find((r) => r.outOfScope)!.score / ranking.find((r) => !r.outOfScope)!.score;

  it('strengthens a matched out-of-scope subject only when the out-of-scope examples lead', () => {
    const ranking = [score('a', 0.35), score('steuern', 0.3, { outOfScope: true })];
    const strengthened = withExampleEvidence(ranking, () => new Map([[OUT_OF_SCOPE_CLASS, 0.5], ['a', 0.2]]), DEFAULT_EXAMPLE_WEIGHTS, inRemit);
    expect(subjectShare(strengthened)).toBeGreaterThan(subjectShare(ranking));
  });

  it('leaves a subject its share of the first topic when the examples favour a topic', () => {
    const ranking = [score('a', 0.35), score('steuern', 0.3, { outOfScope: true })];
    const favoured = withExampleEvidence(ranking, () => new Map([['a', 0.6]]), DEFAULT_EXAMPLE_WEIGHTS, inRemit);
    expect(favoured[0]!.score).toBeGreaterThan(0.35);
    expect(subjectShare(favoured)).toBeCloseTo(subjectShare(ranking), 10);
  });

  it('without evidence of the remit reorders the topics but keeps the first score', () => {
    const ranking = withExampleEvidence([score('a', 0.4), score('b', 0.39)], () => favoursSecond, DEFAULT_EXAMPLE_WEIGHTS, { inRemit: false, thresholds });
    expect(order(ranking)).toEqual(['b', 'a']);
    expect(ranking[0]!.score).toBeCloseTo(0.4, 10);
  });

  it('counts a topic it lifts over the floor as rescued, not as named', () => {
    const [first] = withExampleEvidence([score('a', 0.15), score('b', 0.1)], () => new Map([['a', 0.6], ['b', 0.1]]), DEFAULT_EXAMPLE_WEIGHTS, inRemit);
    expect(first).toMatchObject({ id: 'a', nameSharedBy: Infinity });
    expect(first!.score).toBeGreaterThanOrEqual(0.18);
  });
});

describe('example evidence in the recognizer (data/matching/topic-examples.json)', () => {
  const content = loadContent(repoRoot);
  const understand = understandFor(content);
  const keywordsOnly = understandFor(content, undefined, { examples: { ...DEFAULT_EXAMPLE_WEIGHTS, leadBonus: 0, bonus: 0, outOfScopeBonus: 0 } });

  // each is answered worse by the keywords alone (see the last column)
  const DESCRIBED: [question: string, topic: string, decision: string, keywordsAlone: string][] = [
    ['Brauchen wir im Betrieb eine gewählte Person, die die Wünsche der schwerbehinderten Kollegen gegenüber der Geschäftsleitung vorbringt?', 'schwerbehindertenvertretung', 'answer', 'eaa'],
    ['Ein junger Mann mit Lernschwäche braucht Nachhilfe in der Berufsschule, sonst schafft er die Prüfung nicht. Wer bezahlt sowas?', 'einstiegsqualifizierung-asa', 'answer', 'ask-back'],
    ['Wir wollen eine gemeinnützige Firma aufmachen, in der viele schwerbehinderte Menschen arbeiten. Was für eine Firma ist das und wie viele müssen es sein?', 'inklusionsbetriebe', 'answer', 'ask-back'],
  ];

  it.each(DESCRIBED)('"%s" → %s (%s)', (question, topic, decision, keywordsAlone) => {
    const u = understand(question);
    expect([u.topics[0]?.id, u.decision]).toEqual([topic, decision]);
    const alone = keywordsOnly(question);
    expect([alone.topics[0]?.id, alone.decision]).toContain(keywordsAlone);
  });

  it.each(['Wie hoch ist der Freibetrag in der Steuererklärung für einen schwerbehinderten Angestellten?', 'Wer gewinnt die Bundesliga?'])('"%s" stays out of scope', (question) => {
    expect(understand(question).intent).toBe('out-of-scope');
  });
});

describe('topic-examples.json', () => {
  it('has examples in all three languages for every topic and the out-of-scope class', () => {
    const topicIds = new Set(loadKnowledgeBase(repoRoot, ['de']).byId.keys());
    const examples = loadTopicExamples(repoRoot, topicIds);
    for (const language of ['de', 'en'] as const) {
      const classes = new Set(examples.filter((e) => e.language === language).map((e) => e.topic));
      expect([...topicIds, OUT_OF_SCOPE_CLASS].filter((id) => !classes.has(id))).toEqual([]);
    }
  });

  it('rejects a class that is no topic id', () => {
    expect(() => loadTopicExamples(fixtureRoot, new Set(['zusatzurlaub']))).toThrow(/unknown topic id/);
  });
});
