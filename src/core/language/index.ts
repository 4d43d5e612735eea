export { findDottedAbbreviations, findUnexplainedAcronyms, isAcronym, isExplained, abbreviationPattern } from './abbreviations.js';
export { createTextChecker, describeProblem, type LanguageProblem, type TextCheck } from './checkText.js';
export { formatReport, formatResult } from './formatLint.js';
export { lintLocaleFolder, type CheckedText, type LintReport, type LintSummary } from './languageLint.js';
export { loadLanguageRules, type LanguageRules } from './languageRules.js';
export { readLocaleTexts, type LocaleText } from './localeTexts.js';
export { findUnsplitLongWords } from './longWords.js';
export { syllableCount, textFigures, type TextFigures } from './readability.js';
export { letterCount, prepareText, splitSentences, wordsOf } from './sentences.js';
