import { foldText } from './fold.js';
import { compiledCue, isPlainLowerCase } from './lowerCasePatterns.js';
import type { TopicNameFinder } from './topicNames.js';
import type { Cues } from './types.js';
import type { ConversationVocabulary } from './vocabulary.js';

/** Marks the characters a pattern matches, so the words it covers do not count as content. */
function cover(covered: Uint8Array, text: string, global: RegExp): boolean {
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
  const plain = isPlainLowerCase(folded);
  const test = (pattern: RegExp): boolean => compiledCue(pattern, plain).test.test(folded);
  const covered = new Uint8Array(folded.length);
  const coverAll = (pattern: RegExp): boolean => cover(covered, folded, compiledCue(pattern, plain).global);
  const contact = coverAll(vocabulary.contact);
  // every cue covers its words; the first that matches is the one the message asks
  const firstCovering = <T extends { cue: RegExp }>(cues: readonly T[]): T | undefined => cues.filter((c) => coverAll(c.cue))[0];
  const facet = firstCovering(vocabulary.facets)?.id;
  const condition = firstCovering(vocabulary.conditions)?.id;
  const smallTalk = firstCovering(vocabulary.smallTalk)?.id;
  const dismiss = coverAll(vocabulary.dismiss);
  const { overviews } = vocabulary;
  const situation = overviews.situations.find((s) => test(s.cue))?.id;
  const broad = test(overviews.funding) && test(overviews.broad);
  return {
    facet,
    condition,
    smallTalk,
    contact,
    followUp: test(vocabulary.followUp),
    dismiss,
    branch: test(vocabulary.branch),
    detail: vocabulary.contactDetail.find((d) => test(d.cue))?.id,
    role: vocabulary.contactRole.find((r) => test(r.cue))?.id,
    definition: test(vocabulary.definition),
    compare: test(vocabulary.compare),
    contentWords: countContentWords(folded, covered, vocabulary.fillers),
    namedTopics: findTopicNames(folded),
    overview: broad ? situation : undefined,
    situation,
  };
}
