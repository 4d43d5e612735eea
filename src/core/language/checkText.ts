import { abbreviationPattern, findDottedAbbreviations, findUnexplainedAcronyms } from './abbreviations.js';
import type { LanguageRules } from './languageRules.js';
import { findUnsplitLongWords } from './longWords.js';
import { textFigures, type TextFigures } from './readability.js';
import { prepareText } from './sentences.js';

/** One rule a text breaks; `detail` names the sentence, word or figure. */
export type LanguageProblem =
  | { rule: 'sentenceTooLong'; sentence: number; words: number }
  | { rule: 'meanSentenceLength'; value: number }
  | { rule: 'lix'; value: number }
  | { rule: 'abbreviation'; text: string }
  | { rule: 'unexplainedAcronym'; text: string }
  | { rule: 'longWord'; text: string };

/** The figures of a text and the rules it breaks. */
export interface TextCheck {
  figures: TextFigures;
  problems: LanguageProblem[];
}

/** A reusable checker: compiles the abbreviation patterns once. */
export function createTextChecker(rules: LanguageRules): (text: string) => TextCheck {
  const patterns = rules.dottedAbbreviations.map(abbreviationPattern);
  const { limits } = rules;
  return (raw) => {
    const text = prepareText(raw);
    const figures = textFigures(text, patterns);
    const problems: LanguageProblem[] = [];
    figures.sentenceLengths.forEach((words, i) => {
      if (words > limits.maxWordsPerSentence) problems.push({ rule: 'sentenceTooLong', sentence: i + 1, words });
    });
    if (figures.words >= limits.minWordsForTextFigures) {
      if (figures.meanSentenceLength > limits.maxMeanWordsPerSentence) problems.push({ rule: 'meanSentenceLength', value: figures.meanSentenceLength });
      if (figures.lix > limits.maxLix) problems.push({ rule: 'lix', value: figures.lix });
    }
    for (const found of findDottedAbbreviations(text, patterns)) problems.push({ rule: 'abbreviation', text: found });
    for (const found of findUnexplainedAcronyms(text, rules.knownAcronyms)) problems.push({ rule: 'unexplainedAcronym', text: found });
    for (const found of findUnsplitLongWords(text, limits.maxLettersWithoutSeparator, rules.properNames)) problems.push({ rule: 'longWord', text: found });
    return { figures, problems };
  };
}

/** A problem in a few words, for the lint output. */
export function describeProblem(p: LanguageProblem): string {
  switch (p.rule) {
    case 'sentenceTooLong': return `sentence ${p.sentence} has ${p.words} words`;
    case 'meanSentenceLength': return `mean sentence length ${p.value.toFixed(1)}`;
    case 'lix': return `LIX ${p.value.toFixed(1)}`;
    case 'abbreviation': return `abbreviation "${p.text}"`;
    case 'unexplainedAcronym': return `unexplained acronym "${p.text}"`;
    case 'longWord': return `long word "${p.text}"`;
  }
}
