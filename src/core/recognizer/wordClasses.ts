import type { Analyzer } from '../text/analyzer.js';
import { foldGerman } from '../text/fold.js';
import { tokenize } from '../text/tokenize.js';
import { englishVerbForms, germanVerbForms } from '../text/verbInflection.js';
import type { IntentData } from './intentData.js';

// shorter condition words ("MS", "Knie") match only as whole words, longer ones also inside compounds
const MIN_COMPOUND_PART = 5;

/**
 * Creates the test for stand-in words (`data/matching/health-conditions.json`, `work-aids.json`, `building-barriers.json`): a word that is one, or
 * a compound that begins or ends with one ("Bandscheibenvorfall", "Lichtsignalanlage"), stands for the stem of the
 * file's `means` word.
 */
export function createStandInTerm(conditions: IntentData['healthConditions'], analyzer: Analyzer): (folded: string) => string | undefined {
  const term = analyzer.stem(foldGerman(conditions.means), 'de');
  const words = new Set(conditions.words.map((w) => foldGerman(w).replaceAll('-', '')));
  const parts = [...words].filter((w) => w.length >= MIN_COMPOUND_PART);
  return (folded) => {
    if (words.has(folded)) return term;
    return parts.some((p) => folded.length > p.length && (folded.startsWith(p) || folded.endsWith(p))) ? term : undefined;
  };
}

/** The one-word forms of a listed word: a verb ("~vor|lesen/liest/las/gelesen", "~en:deduct") in every joined form, any other word as written. */
const wordForms = (word: string): string[] => {
  const forms = word.startsWith('~en:') ? englishVerbForms(word.slice(4)).joined : word.startsWith('~') ? germanVerbForms(word.slice(1)).joined : [word];
  return forms.filter((form) => !form.includes(' ')).map(foldGerman);
};

/** Creates the lookup of described needs (`data/matching/described-needs.json`): "vorliest" stands for the stem of "Assistenzkraft". */
export function createNeedTerm(needs: IntentData['describedNeeds'], analyzer: Analyzer): (folded: string) => string | undefined {
  const byWord = new Map<string, string>();
  for (const { means, words } of needs) for (const form of words.flatMap(wordForms)) byWord.set(form, analyzer.stem(foldGerman(means), 'de'));
  return (folded) => byWord.get(folded);
}

/** Creates the test for modal verbs of obligation (`data/matching/obligation-words.json`): "muss" stands for the stem of "Pflicht". */
export function createObligationTerm(obligation: IntentData['obligationWords'], analyzer: Analyzer): (folded: string) => string | undefined {
  const term = analyzer.stem(foldGerman(obligation.means), 'de');
  const words = new Set(obligation.words.map(foldGerman));
  return (folded) => (words.has(folded) ? term : undefined);
}

/** Creates the test for the one-word phrases of the levy calculator ("ausrechnen", "calculate"). */
export function createIntentWordTest(intents: IntentData): (folded: string) => boolean {
  const { de, en } = intents.levyCalculator.phrases;
  const single = [...de, ...intents.levyCalculator.phrases['de-x-simple'], ...en].map((p) => tokenize(p)).filter((t) => t.length === 1);
  const words = new Set(single.map((t) => t[0]!.folded));
  return (folded) => words.has(folded);
}
