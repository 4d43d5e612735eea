import { splitSentences } from '../text/sentences.js';
import { foldText } from './fold.js';
import { compiledCue, cueText, type CompiledCue, type CueText } from './lowerCasePatterns.js';
import type { TopicNameFinder } from './topicNames.js';
import type { AnswerRequest, Cues, Facet, SmallTalk } from './types.js';
import type { ConversationVocabulary } from './vocabulary.js';

/** Marks the characters a pattern matches, so the words it covers do not count as content. */
function cover(covered: Uint8Array, text: CueText, cue: CompiledCue): boolean {
  if (!cue.mayMatch(text)) return false;
  let hit = false;
  for (const match of text.text.matchAll(cue.global)) {
    hit = true;
    covered.fill(1, match.index, match.index + match[0].length);
  }
  return hit;
}

/** The words no cue touches ("dank" covers "danke") that are not in the filler list. */
function contentWordsOf(text: string, covered: Uint8Array, fillers: ReadonlySet<string>): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}%€']+/gu)) {
    const word = match[0];
    const isCovered = covered.subarray(match.index, match.index + word.length).includes(1);
    if (!isCovered && !fillers.has(word) && !/^\d+$/u.test(word)) words.push(word);
  }
  return words;
}

/** Clauses of a message: sentences, and parts split by a comma, colon or dash ("…, wir sitzen in Hamm"). */
const clausesOf = (text: string): string[] => text.split(/[.!?;:]+\s+|,\s+|\s[-–]\s/u).map(foldText).filter(Boolean);

/** The sentences that ask: those ending in a question mark, else the last one (sentences as the recognizer splits them). */
function askingSentences(text: string): string[] {
  const sentences = splitSentences(text);
  const questions = sentences.filter((s) => s.question);
  return (questions.length > 0 ? questions : sentences.slice(-1)).map((s) => s.text);
}

/** The cues whose words are no content (contact, facet, special case, small talk, dismissal, request about the answer), each marked as covered. */
interface CoveredCues {
  covered: Uint8Array;
  contact: boolean;
  facet?: Facet;
  condition?: string;
  smallTalk?: SmallTalk;
  dismiss: boolean;
  aboutAnswer?: AnswerRequest;
}

/** Runs every cue whose words are no content over a prepared folded text, marking what each covers. */
function coverCues(text: CueText, vocabulary: ConversationVocabulary): CoveredCues {
  const covered = new Uint8Array(text.text.length);
  const coverAll = (pattern: RegExp): boolean => cover(covered, text, compiledCue(pattern, text.plain));
  // every cue covers its words; the first that matches is the one the message asks
  const first = <T extends string>(cues: readonly { id: T; cue: RegExp }[]): T | undefined => cues.filter((c) => coverAll(c.cue))[0]?.id;
  const contact = coverAll(vocabulary.contact);
  const facet = first(vocabulary.facets);
  const condition = first(vocabulary.conditions);
  const smallTalk = first(vocabulary.smallTalk);
  return { covered, contact, facet, condition, smallTalk, dismiss: coverAll(vocabulary.dismiss), aboutAnswer: first(vocabulary.aboutAnswer) };
}

/** Words of a folded text that no cue covers and that are no fillers. */
function ownWordCount(folded: string, vocabulary: ConversationVocabulary): number {
  return contentWordsOf(folded, coverCues(cueText(folded), vocabulary).covered, vocabulary.fillers).length;
}

/** Whether a pattern matches a folded text (without the i flag on plain lower-case text: the same matches, faster). */
const matches = (pattern: RegExp, text: CueText): boolean => {
  const cue = compiledCue(pattern, text.plain);
  return cue.mayMatch(text) && cue.test.test(text.text);
};

/**
 * Reads what the words of a message say besides its topic: the facet asked for, a special case, small talk,
 * a contact question, a continuation, a broad funding question, the topics it names.
 */
export function readCues(text: string, vocabulary: ConversationVocabulary, findTopicNames: TopicNameFinder): Cues {
  const folded = foldText(text);
  const prepared = cueText(folded);
  const { covered, contact, facet, condition, smallTalk, dismiss, aboutAnswer } = coverCues(prepared, vocabulary);
  const ownWords = contentWordsOf(folded, covered, vocabulary.fillers);
  const contentWords = ownWords.length;
  const test = (pattern: RegExp): boolean => matches(pattern, prepared);
  const asks = (clause: string): boolean => {
    const preparedClause = cueText(clause);
    return [...vocabulary.facets, ...vocabulary.conditions].some((c) => matches(c.cue, preparedClause));
  };
  const askingClauses = clausesOf(text).filter(asks);
  const { overviews } = vocabulary;
  const situation = overviews.situations.find((s) => test(s.cue));
  const broad = test(overviews.funding) && test(overviews.broad);
  const namedTopics = findTopicNames(folded);
  const statusTopics = namedTopics.filter((id) => vocabulary.personStatusTopics.has(id));
  // "Er hat einen GdB von 30. Zählt das schon?" asks about the status itself; beside a named topic it is a special case
  const personOnly = vocabulary.conditions.find((c) => c.id === condition)?.withTopic && namedTopics.length === statusTopics.length;
  return {
    facet,
    condition: personOnly ? undefined : condition,
    smallTalk,
    contact,
    followUp: test(vocabulary.followUp),
    anaphor: test(vocabulary.anaphor),
    dismiss,
    aboutAnswer,
    person: test(vocabulary.person),
    levyDuty: test(vocabulary.levyDuty),
    branch: test(vocabulary.branch),
    correction: test(vocabulary.correction),
    detail: vocabulary.contactDetail.find((d) => test(d.cue))?.id,
    role: vocabulary.contactRole.find((r) => test(r.cue))?.id,
    definition: test(vocabulary.definition),
    compare: test(vocabulary.compare),
    contentWords,
    ownWords,
    questionWords: askingClauses.length > 0 ? askingClauses.reduce((sum, c) => sum + ownWordCount(c, vocabulary), 0) : contentWords,
    namedTopics,
    statusTopics,
    askedTopics: askingSentences(text).flatMap((sentence) => {
      const asking = foldText(sentence);
      const names = findTopicNames(asking);
      // "…schlägt eine stufenweise Wiedereingliederung vor. Wie funktioniert das?" asks about what the message named
      return names.length === 0 && matches(vocabulary.anaphor, cueText(asking)) && ownWordCount(asking, vocabulary) <= 1 ? namedTopics : names;
    }),
    overview: broad ? situation?.id : undefined,
    asksBroadly: test(overviews.broad),
    situation: situation?.id,
    situationTopics: situation?.topics ?? [],
  };
}
