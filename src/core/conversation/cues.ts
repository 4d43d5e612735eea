import { foldText } from './fold.js';
import type { TopicNameFinder } from './topicNames.js';
import type { Cues } from './types.js';
import type { ConversationVocabulary } from './vocabulary.js';

/** Marks the characters a pattern matches, so the words it covers do not count as content. */
function cover(covered: boolean[], text: string, pattern: RegExp): boolean {
  const global = new RegExp(pattern.source, 'giu');
  let hit = false;
  for (const match of text.matchAll(global)) {
    hit = true;
    for (let i = match.index; i < match.index + match[0].length; i++) covered[i] = true;
  }
  return hit;
}

/** Counts the words no cue touches ("dank" covers "danke") that are not in the filler list. */
function countContentWords(text: string, covered: boolean[], fillers: ReadonlySet<string>): number {
  let count = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}%€']+/gu)) {
    const word = match[0];
    const isCovered = covered.slice(match.index, match.index + word.length).some(Boolean);
    if (!isCovered && !fillers.has(word) && !/^\d+$/u.test(word)) count += 1;
  }
  return count;
}

/** Clauses of a message: sentences, and parts split by a comma, colon or dash ("…, wir sitzen in Hamm"). */
const clausesOf = (text: string): string[] => text.split(/[.!?;:]+\s+|,\s+|\s[-–]\s/u).map(foldText).filter(Boolean);

/** The sentences that ask: those ending in a question mark, else the last one. */
function askingSentences(text: string): string[] {
  const sentences = text.split(/(?<=[.!?])\s+/u).map((s) => s.trim()).filter(Boolean);
  const questions = sentences.filter((s) => s.endsWith('?'));
  return questions.length > 0 ? questions : sentences.slice(-1);
}

/** Words of a folded text that no cue covers and that are no fillers. */
function ownWords(folded: string, vocabulary: ConversationVocabulary): number {
  const covered: boolean[] = Array.from({ length: folded.length }, () => false);
  cover(covered, folded, vocabulary.contact);
  for (const cue of [...vocabulary.facets, ...vocabulary.conditions, ...vocabulary.smallTalk]) cover(covered, folded, cue.cue);
  cover(covered, folded, vocabulary.dismiss);
  return countContentWords(folded, covered, vocabulary.fillers);
}

/**
 * Reads what the words of a message say besides its topic: the facet asked for, a special case, small talk,
 * a contact question, a continuation, a broad funding question, the topics it names.
 */
export function readCues(text: string, vocabulary: ConversationVocabulary, findTopicNames: TopicNameFinder): Cues {
  const folded = foldText(text);
  const facet = vocabulary.facets.find((f) => f.cue.test(folded))?.id;
  const condition = vocabulary.conditions.find((c) => c.cue.test(folded))?.id;
  const asks = (clause: string) => [...vocabulary.facets, ...vocabulary.conditions].some((c) => c.cue.test(clause));
  const clauses = clausesOf(text);
  const askingClauses = clauses.filter(asks);
  const { overviews } = vocabulary;
  const situation = overviews.situations.find((s) => s.cue.test(folded));
  const broad = overviews.funding.test(folded) && overviews.broad.test(folded);
  const contentWords = ownWords(folded, vocabulary);
  const namedTopics = findTopicNames(folded);
  return {
    facet,
    condition,
    smallTalk: vocabulary.smallTalk.find((s) => s.cue.test(folded))?.id,
    contact: vocabulary.contact.test(folded),
    followUp: vocabulary.followUp.test(folded),
    anaphor: vocabulary.anaphor.test(folded),
    dismiss: vocabulary.dismiss.test(folded),
    disability: vocabulary.disability.test(folded),
    levyDuty: vocabulary.levyDuty.test(folded),
    branch: vocabulary.branch.test(folded),
    detail: vocabulary.contactDetail.find((d) => d.cue.test(folded))?.id,
    role: vocabulary.contactRole.find((r) => r.cue.test(folded))?.id,
    definition: vocabulary.definition.test(folded),
    compare: vocabulary.compare.test(folded),
    contentWords,
    questionWords: askingClauses.length > 0 ? askingClauses.reduce((sum, c) => sum + ownWords(c, vocabulary), 0) : contentWords,
    namedTopics,
    statusTopics: namedTopics.filter((id) => vocabulary.personStatusTopics.has(id)),
    askedTopics: askingSentences(text).flatMap((sentence) => {
      const asking = foldText(sentence);
      const names = findTopicNames(asking);
      // "…schlägt eine stufenweise Wiedereingliederung vor. Wie funktioniert das?" asks about what the message named
      return names.length === 0 && vocabulary.anaphor.test(asking) && ownWords(asking, vocabulary) <= 1 ? namedTopics : names;
    }),
    overview: broad ? situation?.id : undefined,
    situation: situation?.id,
    situationTopics: situation?.topics ?? [],
  };
}
