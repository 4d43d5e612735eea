export { readCues } from './cues.js';
export { foldText } from './fold.js';
export { interpret, isDigression, LEVY_TOPIC, type Reading } from './interpret.js';
export { changedLevyFigures } from './levyFollowUp.js';
export { topicNameFinder, type NamedTopic, type TopicNameFinder } from './topicNames.js';
export { compileVocabulary, loadConversationVocabulary, type ConversationVocabulary } from './vocabulary.js';
export { facetContent, sentencesOf, type FacetContent } from './facetAnswer.js';
export type * from './types.js';
export { workdaysPerWeek } from './workdays.js';
