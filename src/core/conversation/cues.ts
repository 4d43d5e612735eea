import { analysed, type MessageInput } from '../text/analysedMessage.js';
import { forEachMatch } from '../text/matches.js';
import { splitSentences } from '../text/sentences.js';
import { cuePatternsOf, messageCues } from './cuePatterns.js';
import { foldedMessage, foldText } from './fold.js';
import type { CueText } from './lowerCasePatterns.js';
import type { TopicNameFinder } from './topicNames.js';
import type { AnswerRequest, Cues, Facet, SmallTalk } from './types.js';
import type { ConversationVocabulary } from './vocabulary.js';

/** Marks the characters a pattern matches, so the words it covers do not count as content. */
function cover(covered: Uint8Array, text: CueText, pattern: RegExp): boolean {
  const cue = text.compiled(pattern);
  if (!cue) return false;
  let hit = false;
  forEachMatch(cue.global, text.text, (match) => {
    hit = true;
    covered.fill(1, match.index, match.index + match[0].length);
  });
  return hit;
}

const WORD = /[\p{L}\p{N}%€']+/gu;
const DIGITS = /^\d+$/u;

/** Whether any character from `start` to `end` is covered. */
function anyCovered(covered: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (covered[i] === 1) return true;
  return false;
}

/** The words no cue touches ("dank" covers "danke") that are not in the filler list. */
function contentWordsOf(text: string, covered: Uint8Array, fillers: ReadonlySet<string>): string[] {
  const words: string[] = [];
  forEachMatch(WORD, text, (match) => {
    const word = match[0];
    if (!anyCovered(covered, match.index, match.index + word.length) && !fillers.has(word) && !DIGITS.test(word)) words.push(word);
  });
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
  const coverAll = (pattern: RegExp): boolean => cover(covered, text, pattern);
  // every cue covers its words; the first that matches is the one the message asks
  const first = <T extends string>(cues: readonly { id: T; cue: RegExp }[]): T | undefined => cues.filter((c) => coverAll(c.cue))[0]?.id;
  const contact = coverAll(vocabulary.contact);
  const facet = first(vocabulary.facets);
  const condition = first(vocabulary.conditions);
  const smallTalk = first(vocabulary.smallTalk);
  return { covered, contact, facet, condition, smallTalk, dismiss: coverAll(vocabulary.dismiss), aboutAnswer: first(vocabulary.aboutAnswer) };
}

/** Words of a prepared folded text that no cue covers and that are no fillers. */
function ownWordCount(text: CueText, vocabulary: ConversationVocabulary): number {
  return contentWordsOf(text.text, coverCues(text, vocabulary).covered, vocabulary.fillers).length;
}

/** A value computed on its first use (a cue that no decision of the turn asks for is never run). */
function onFirstUse<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/**
 * Reads what the words of a message say besides its topic: the facet asked for, a special case, small talk,
 * a contact question, a continuation, a broad funding question, the topics it names.
 * @remarks The cues that cover words (facet, special case, small talk, contact, dismissal) and the content words are
 * read at once; every other cue when it is first asked for. They are pure functions of the text, so a reading
 * gives the same values whenever they are asked for, and a cue no decision needs is not run.
 */
export function readCues(input: MessageInput, vocabulary: ConversationVocabulary, findTopicNames: TopicNameFinder): Cues {
  const message = analysed(input);
  const { text } = message;
  const folded = message.get(foldedMessage);
  const prepared = messageCues(message, vocabulary);
  const patterns = cuePatternsOf(vocabulary);
  const { covered, contact, facet, condition, smallTalk, dismiss, aboutAnswer } = coverCues(prepared, vocabulary);
  const ownWords = contentWordsOf(folded, covered, vocabulary.fillers);
  const contentWords = ownWords.length;
  const asks = (clause: CueText): boolean => vocabulary.facets.some((c) => clause.test(c.cue)) || vocabulary.conditions.some((c) => clause.test(c.cue));
  const { overviews } = vocabulary;
  const situation = onFirstUse(() => overviews.situations.find((s) => prepared.test(s.cue)));
  const namedTopics = onFirstUse(() => findTopicNames(folded));
  const statusTopics = onFirstUse(() => namedTopics().filter((id) => vocabulary.personStatusTopics.has(id)));
  // "Er hat einen GdB von 30. Zählt das schon?" asks about the status itself; beside a named topic it is a special case
  const personOnly = onFirstUse(() => vocabulary.conditions.find((c) => c.id === condition)?.withTopic && namedTopics().length === statusTopics().length);
  const questionWords = onFirstUse(() => {
    const askingClauses = clausesOf(text).map((clause) => patterns.read(clause)).filter(asks);
    return askingClauses.length > 0 ? askingClauses.reduce((sum, c) => sum + ownWordCount(c, vocabulary), 0) : contentWords;
  });
  const askedTopics = onFirstUse(() => askingSentences(text).flatMap((sentence) => {
    const asking = foldText(sentence);
    const names = findTopicNames(asking);
    if (names.length > 0) return names;
    // "…schlägt eine stufenweise Wiedereingliederung vor. Wie funktioniert das?" asks about what the message named
    const prepared = patterns.read(asking);
    return prepared.test(vocabulary.anaphor) && ownWordCount(prepared, vocabulary) <= 1 ? namedTopics() : names;
  }));
  const detail = onFirstUse(() => vocabulary.contactDetail.find((d) => prepared.test(d.cue))?.id);
  const role = onFirstUse(() => vocabulary.contactRole.find((r) => prepared.test(r.cue))?.id);
  return {
    facet,
    get condition() { return personOnly() ? undefined : condition; },
    statedCase: condition,
    smallTalk,
    contact,
    // a cue of one pattern is tested when first asked for, once per message (see CueText.test)
    get followUp() { return prepared.test(vocabulary.followUp); },
    get anaphor() { return prepared.test(vocabulary.anaphor); },
    dismiss,
    get levyDuty() { return prepared.test(vocabulary.levyDuty); },
    get branch() { return prepared.test(vocabulary.branch); },
    get local() { return prepared.test(vocabulary.local); },
    get correction() { return prepared.test(vocabulary.correction); },
    get detail() { return detail(); },
    get role() { return role(); },
    get definition() { return prepared.test(vocabulary.definition); },
    get implications() { return prepared.test(vocabulary.implications); },
    get compare() { return prepared.test(vocabulary.compare); },
    aboutAnswer,
    get person() { return prepared.test(vocabulary.person); },
    contentWords,
    ownWords,
    get questionWords() { return questionWords(); },
    get namedTopics() { return namedTopics(); },
    get statusTopics() { return statusTopics(); },
    get askedTopics() { return askedTopics(); },
    get overview() { return prepared.test(overviews.funding) && prepared.test(overviews.broad) ? situation()?.id : undefined; },
    get asksBroadly() { return prepared.test(overviews.broad); },
    get situation() { return situation()?.id; },
    get situationTopics() { return situation()?.topics ?? []; },
  };
}
