import { existsSync } from 'node:fs';
import type { ContentProblem } from '../knowledge/validationError.js';
import { createTextChecker, type TextCheck } from './checkText.js';
import type { LanguageRules } from './languageRules.js';
import { readLocaleTexts, type LocaleText } from './localeTexts.js';

/** One checked string. */
export type CheckedText = LocaleText & TextCheck;

/** Figures over all checked texts. */
export interface LintSummary {
  texts: number;
  textsWithProblems: number;
  problems: number;
  sentences: number;
  /** Total words / total sentences, over all texts. */
  meanSentenceLength: number;
  /** LIX over the texts long enough to be gated (`minWordsForTextFigures`). */
  lixTexts: number;
  lixMinWords: number;
  meanLix: number;
  maxLix: number;
  meanWstf1: number;
}

/** The result of linting one folder. */
export interface LintReport {
  folder: string;
  results: CheckedText[];
  fileProblems: ContentProblem[];
  summary: LintSummary;
  passed: boolean;
}

const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

function summarize(results: CheckedText[], rules: LanguageRules): LintSummary {
  const sentences = results.reduce((n, r) => n + r.figures.sentences, 0);
  const words = results.reduce((n, r) => n + r.figures.words, 0);
  const gated = results.filter((r) => r.figures.words >= rules.limits.minWordsForTextFigures);
  return {
    texts: results.length,
    textsWithProblems: results.filter((r) => r.problems.length > 0).length,
    problems: results.reduce((n, r) => n + r.problems.length, 0),
    sentences,
    meanSentenceLength: sentences === 0 ? 0 : words / sentences,
    lixTexts: gated.length,
    lixMinWords: rules.limits.minWordsForTextFigures,
    meanLix: mean(gated.map((r) => r.figures.lix)),
    maxLix: Math.max(0, ...gated.map((r) => r.figures.lix)),
    meanWstf1: mean(gated.map((r) => r.figures.wstf1)),
  };
}

/** Checks every string of every JSON file below `folder` against the plain-language rules. */
export function lintLocaleFolder(folder: string, rules: LanguageRules): LintReport {
  const { texts, problems: fileProblems } = existsSync(folder) ? readLocaleTexts(folder, rules) : { texts: [], problems: [] };
  const check = createTextChecker(rules);
  const results = texts.map((t) => ({ ...t, ...check(t.text) }));
  const summary = summarize(results, rules);
  return { folder, results, fileProblems, summary, passed: fileProblems.length === 0 && summary.problems === 0 };
}
