import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../../src/core/conversation/requiredLiterals.js';
import { CuePatterns } from '../../../src/core/conversation/lowerCasePatterns.js';
import { foldText } from '../../../src/core/conversation/index.js';
import { loadContent } from '../../../src/core/content.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

describe('requiredLiterals: texts one of which every match contains', () => {
  it.each([
    ['wie lange', ['wie lange']],
    ['\\bfrist', ['frist']],
    ['(?:bis wann)|(?:rückwirkend|nachträglich)', ['bis wann', 'rückwirkend', 'nachträglich']],
    // a group every match passes through, when its shortest literal is longer than the longest run
    ['\\bvor (dem|der) (antrag|einstellung)', ['antrag', 'einstellung']],
    ['(?:wer|wen) (?:hilft|berät)', ['hilft', 'berät']],
    ['\\bvorher (dem|der) (?:antrag|einstellung)', ['vorher ']],
    ['\\b(das|dies)\\b', ['das', 'dies']],
    ['^(und|aber)\\b', ['und', 'aber']],
    ['\\d+ ?(%|€)', ['%', '€']],
    // a group that may be skipped, repeated or not matched at all is not
    ['(?:antrags)? stellen', [' stellen']],
    ['(?:(?:wer|)wen) x', ['wen']],
    ['y(?=frist)', ['y']],
    ['gleichgestellte[nrm]? kollege', ['gleichgestellte']],
    ['wie ?viel(?!e (monate|jahre))', ['viel']],
    ['\\bmonate?n?\\b', ['monat']],
    ['\\p{L}+ kosten\\b', [' kosten']],
    ['zahl\\u0065n', ['zahl']],
    ['(?<name>antrag)|(beantrag)', ['antrag', 'beantrag']],
    ['ab+c', ['a']],
    ['x{2,3}yz', ['yz']],
  ])('%s → %j', (source, literals) => {
    expect(requiredLiterals(source)).toEqual(literals);
  });

  it.each(['\\b(?:das|dies)?\\b', '(?:und|aber)*', 'a|', '(?=frist)', '(?!frist)', '(?:wer|)', '.'])('%s has an alternative without one: always run', (source) => {
    expect(requiredLiterals(source)).toBeUndefined();
  });
});

describe('the literal pre-test never rules out a text a cue matches', () => {
  const vocabulary = loadContent(PROJECT_ROOT).conversation;
  const patterns: RegExp[] = [];
  const collect = (value: unknown): void => {
    if (value instanceof RegExp) patterns.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object' && !(value instanceof Set) && !(value instanceof Map)) Object.values(value).forEach(collect);
  };
  collect(vocabulary);
  const questions = ['test/core/recognizer/realistic-questions.jsonl', 'test/core/recognizer/own-questions.jsonl']
    .flatMap((file) => readFileSync(`${PROJECT_ROOT}/${file}`, 'utf8').split('\n').filter((line) => line.trim()).map((line) => (JSON.parse(line) as { q: string }).q));
  const texts = [...questions, 'Danke ſchön, das ist ſuper', 'Wie lange? Und bis wann?', 'und was kostet das'].flatMap((q) => [q, ...q.split(/[.!?,;:]+\s+/u)]).map(foldText);

  it('holds for every cue of the vocabulary over the test questions, their clauses and their sentences', () => {
    expect(patterns.length).toBeGreaterThan(50);
    let ruledOut = 0;
    const compiled = new CuePatterns(patterns);
    for (const text of texts) {
      const prepared = compiled.read(text);
      for (const pattern of patterns) {
        const may = prepared.compiled(pattern) !== undefined;
        if (!may) ruledOut++;
        if (pattern.test(text)) expect(may, `${pattern.source.slice(0, 60)} | ${text}`).toBe(true);
      }
    }
    // the pre-test is worth having: most cues are not run over most texts
    expect(ruledOut).toBeGreaterThan(texts.length * patterns.length * 0.5);
  });
});
