import { forEachMatch } from '../text/matches.js';
import type { CueText } from './lowerCasePatterns.js';
import type { AnswerRequest, Facet, SmallTalk } from './types.js';
import type { ConversationVocabulary } from './vocabulary.js';

/**
 * The parts of a text that cues match, as start and end offsets one after the other: a few, so a list is cheaper than
 * a flag per character (whose typed array would be too large for V8's heap for most messages).
 */
type Covered = number[];

/** Adds the parts of the text a pattern matches to `covered`, so the words it covers do not count as content. */
function cover(covered: Covered, text: CueText, pattern: RegExp): boolean {
  const cue = text.compiled(pattern);
  if (!cue) return false;
  let hit = false;
  forEachMatch(cue.global, text.text, (match) => {
    hit = true;
    if (match[0].length > 0) covered.push(match.index, match.index + match[0].length);
  });
  return hit;
}

const WORD = /[\p{L}\p{N}%€']+/gu;
const DIGITS = /^\d+$/u;

/** Whether any character from `start` to `end` is covered. */
function anyCovered(covered: Readonly<Covered>, start: number, end: number): boolean {
  for (let i = 0; i < covered.length; i += 2) if (covered[i]! < end && covered[i + 1]! > start) return true;
  return false;
}

/** The words no cue touches ("dank" covers "danke") that are not in the filler list. */
export function contentWordsOf(text: string, covered: Readonly<Covered>, fillers: ReadonlySet<string>): string[] {
  const words: string[] = [];
  forEachMatch(WORD, text, (match) => {
    const word = match[0];
    if (!anyCovered(covered, match.index, match.index + word.length) && !fillers.has(word) && !DIGITS.test(word)) words.push(word);
  });
  return words;
}

/** The cues whose words are no content (contact, facet, special case, small talk, dismissal, request about the answer), each marked as covered. */
interface CoveredCues {
  covered: Readonly<Covered>;
  contact: boolean;
  facet?: Facet;
  condition?: string;
  /** Every special case the message names, in the vocabulary's order (`condition` is the first). */
  conditions: string[];
  smallTalk?: SmallTalk;
  dismiss: boolean;
  aboutAnswer?: AnswerRequest;
}

/** Runs every cue whose words are no content over a prepared folded text, marking what each covers. */
export function coverCues(text: CueText, vocabulary: ConversationVocabulary): CoveredCues {
  const covered: Covered = [];
  const coverAll = (pattern: RegExp): boolean => cover(covered, text, pattern);
  // every cue covers its words; the first that matches is the one the message asks
  const first = <T extends string>(cues: readonly { id: T; cue: RegExp }[]): T | undefined => cues.filter((c) => coverAll(c.cue))[0]?.id;
  const contact = coverAll(vocabulary.contact);
  const facet = first(vocabulary.facets);
  const conditions = vocabulary.conditions.filter((c) => coverAll(c.cue)).map((c) => c.id);
  const talk = vocabulary.smallTalk.filter((c) => coverAll(c.cue)).map((c) => c.id);
  // "Alles klar, danke! Schönen Abend noch.": thanks and goodbye at once are answered as both
  const smallTalk = talk.includes('bye') && talk.includes('thanks') ? 'thanksBye' : talk[0];
  return { covered, contact, facet, condition: conditions[0], conditions, smallTalk, dismiss: coverAll(vocabulary.dismiss), aboutAnswer: first(vocabulary.aboutAnswer) };
}

/** Words of a prepared folded text that no cue covers and that are no fillers. */
export function ownWordCount(text: CueText, vocabulary: ConversationVocabulary): number {
  return contentWordsOf(text.text, coverCues(text, vocabulary).covered, vocabulary.fillers).length;
}
