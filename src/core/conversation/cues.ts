import { foldText } from './fold.js';
import type { TopicNameFinder } from './topicNames.js';
import type { Cues } from './types.js';
import type { ConversationVocabulary } from './vocabulary.js';

const globalPatterns = new WeakMap<RegExp, RegExp>();

/** The pattern with the flags `matchAll` needs; compiled once per vocabulary pattern, not per message. */
function globalOf(pattern: RegExp): RegExp {
  let global = globalPatterns.get(pattern);
  if (!global) globalPatterns.set(pattern, (global = new RegExp(pattern.source, 'giu')));
  return global;
}

/** Marks the characters a pattern matches, so the words it covers do not count as content. */
function cover(covered: Uint8Array, text: string, pattern: RegExp): boolean {
  const global = globalOf(pattern);
  let hit = false;
  for (const match of text.matchAll(global)) {
    hit = true;
    covered.fill(1, match.index, match.index + match[0].length);
  }
  return hit;
}

/** Counts the words no cue touches ("dank" covers "danke") that are not in the filler list. */
function countContentWords(text: string, covered: Uint8Array, fillers: ReadonlySet<string>): number {
  let count = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}%€']+/gu)) {
    const word = match[0];
    const isCovered = covered.subarray(match.index, match.index + word.length).includes(1);
    if (!isCovered && !fillers.has(word) && !/^\d+$/u.test(word)) count += 1;
  }
  return count;
}

/**
 * Reads what the words of a message say besides its topic: the facet asked for, a special case, small talk,
 * a contact question, a continuation, a broad funding question, the topics it names.
 */
export function readCues(text: string, vocabulary: ConversationVocabulary, findTopicNames: TopicNameFinder): Cues {
  const folded = foldText(text);
  const covered = new Uint8Array(folded.length);
  const contact = cover(covered, folded, vocabulary.contact);
  const facet = vocabulary.facets.find((f) => f.cue.test(folded))?.id;
  for (const f of vocabulary.facets) cover(covered, folded, f.cue);
  const condition = vocabulary.conditions.find((c) => c.cue.test(folded))?.id;
  for (const c of vocabulary.conditions) cover(covered, folded, c.cue);
  const smallTalk = vocabulary.smallTalk.find((s) => s.cue.test(folded))?.id;
  for (const s of vocabulary.smallTalk) cover(covered, folded, s.cue);
  const dismiss = cover(covered, folded, vocabulary.dismiss);
  const { overviews } = vocabulary;
  const situation = overviews.situations.find((s) => s.cue.test(folded))?.id;
  const broad = overviews.funding.test(folded) && overviews.broad.test(folded);
  return {
    facet,
    condition,
    smallTalk,
    contact,
    followUp: vocabulary.followUp.test(folded),
    dismiss,
    branch: vocabulary.branch.test(folded),
    detail: vocabulary.contactDetail.find((d) => d.cue.test(folded))?.id,
    role: vocabulary.contactRole.find((r) => r.cue.test(folded))?.id,
    definition: vocabulary.definition.test(folded),
    compare: vocabulary.compare.test(folded),
    contentWords: countContentWords(folded, covered, vocabulary.fillers),
    namedTopics: findTopicNames(folded),
    overview: broad ? situation : undefined,
    situation,
  };
}
