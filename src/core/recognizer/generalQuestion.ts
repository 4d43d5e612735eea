import type { Analyzer } from '../text/analyzer.js';
import { foldGerman } from '../text/fold.js';
import type { Token } from '../text/tokenize.js';
import type { IntentData } from './intentData.js';

/**
 * Creates the test for the signs of a general HR question (`data/matching/general-questions.json`): a modal verb of
 * permission ("darf", "allowed") or the whole staff as its object ("für alle Mitarbeiter", "all employees").
 * Whether the question is nevertheless about disability is the router's decision (evidence of the remit).
 */
export function createGeneralQuestionTest(general: IntentData['generalQuestions'], analyzer: Analyzer): (tokens: readonly Token[]) => boolean {
  const permission = new Set(general.permission.map(foldGerman));
  const quantifiers = new Set(general.wholeStaff.quantifiers.map(foldGerman));
  const staff = new Set(general.wholeStaff.staff.flatMap((w) => [analyzer.stem(foldGerman(w), 'de'), analyzer.stem(foldGerman(w), 'en')]));
  const isStaff = (t: Token | undefined): boolean => !!t && (staff.has(analyzer.stem(t.folded, 'de')) || staff.has(analyzer.stem(t.folded, 'en')));
  return (tokens) => tokens.some((t, i) => permission.has(t.folded) || (quantifiers.has(t.folded) && isStaff(tokens[i + 1])));
}

/** Creates the finder of words negated by a preceding "ohne"/"without" ("ein Angestellter ohne Behinderung"): their token indexes. */
export function createNegatedWordFinder(general: IntentData['generalQuestions']): (tokens: readonly Token[]) => Set<number> {
  const without = new Set(general.without.map(foldGerman));
  return (tokens) => new Set(tokens.filter((t, i) => i > 0 && without.has(tokens[i - 1]!.folded)).map((t) => t.index));
}
