export { calculateLevy, MIN_WORKPLACES, newestConfirmedYear } from './calculateLevy.js';
export { LEVY_RATES_FILE, loadLevyRates, rateSetForYear } from './loadRates.js';
export { MAX_WORKPLACES } from './normalizeInput.js';
export { parseCountAnswer } from './countAnswer.js';
export { parseLevyQuestion, type LevyQuestion } from './parseLevyQuestion.js';
export type { LevyRateSet, LevyRateTable } from './rateSchema.js';
export type * from './types.js';
export { rateRuleFor, type LevyRateRule } from './rateRule.js';
export { asksForCalculation, LEVY_QUESTION_WORDS_FILE, levyQuestionWords, loadLevyQuestionWords, type LevyQuestionWords } from './questionWords.js';
