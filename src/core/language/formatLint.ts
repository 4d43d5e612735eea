import { formatProblem } from '../knowledge/validationError.js';
import { describeProblem } from './checkText.js';
import type { CheckedText, LintReport } from './languageLint.js';

const one = (n: number): string => n.toFixed(1);

/** `file › key: 3 sentences, words mean 6.3 / max 9, LIX 28.4, WSTF1 3.2 — ok` (or the problems). */
export function formatResult(r: CheckedText): string {
  const f = r.figures;
  const figures = `${f.sentences} sentence${f.sentences === 1 ? '' : 's'}, words mean ${one(f.meanSentenceLength)} / max ${f.maxSentenceLength}, LIX ${one(f.lix)}, WSTF1 ${one(f.wstf1)}`;
  const verdict = r.problems.length === 0 ? 'ok' : `FAIL: ${r.problems.map(describeProblem).join('; ')}`;
  return `${r.file} › ${r.key}: ${figures} — ${verdict}`;
}

/** The lines `npm run lint:language` prints; `quiet` leaves out the texts without problems. */
export function formatReport(report: LintReport, quiet: boolean): string[] {
  if (report.results.length === 0 && report.fileProblems.length === 0) return [`no texts found in ${report.folder}`];
  const s = report.summary;
  return [
    ...report.fileProblems.map((p) => `FAIL ${formatProblem(p)}`),
    ...report.results.filter((r) => !quiet || r.problems.length > 0).map(formatResult),
    '',
    `${s.texts} texts in ${report.folder}; ${s.textsWithProblems} with problems (${s.problems} problems)${report.fileProblems.length ? `, ${report.fileProblems.length} unreadable files` : ''}`,
    `mean sentence length ${one(s.meanSentenceLength)} words over ${s.sentences} sentences`,
    `LIX over ${s.lixTexts} texts of ${s.lixMinWords}+ words: mean ${one(s.meanLix)}, max ${one(s.maxLix)}; WSTF1 mean ${one(s.meanWstf1)} (informational)`,
    report.passed ? 'plain-language check passed' : 'plain-language check FAILED',
  ];
}
