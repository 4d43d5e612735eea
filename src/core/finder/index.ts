export { FINDER_RULES_FILE, loadFinderRules, validateFinderRules, type FinderRulesContext } from './loadFinderRules.js';
export { conditionHolds, followUps, isStepRelevant, nextStep, previousStep, recommend, withoutKey } from './recommend.js';
export { isPlaceSkip, matchReply, prefillFromText, type FinderPrefill } from './prefill.js';
export { normalizeForMatching } from './matchText.js';
export { REGION_KEY, REGIONS, type FinderAnswers, type FinderOption, type FinderRule, type FinderRules, type FinderStep, type FollowUpCommand, type Recommendation } from './schema.js';
