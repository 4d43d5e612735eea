import type { ContactRole } from '../regions/contactSchema.js';
import { analysed, type AnalysedMessage, type MessageInput } from '../text/analysedMessage.js';
import { splitSentences } from '../text/sentences.js';
import { contentWordsOf, coverCues, ownWordCount } from './coveredWords.js';
import { cuePatternsOf, messageCues } from './cuePatterns.js';
import { foldedMessage, foldText } from './fold.js';
import type { CueText } from './lowerCasePatterns.js';
import type { TopicNameFinder } from './topicNames.js';
import type { AnswerRequest, ContactDetail, Cues, Facet, SmallTalk } from './types.js';
import type { ConversationVocabulary } from './vocabulary.js';

/** Clauses of a message: sentences, and parts split by a comma, colon or dash ("…, wir sitzen in Hamm"). */
const clausesOf = (text: string): string[] => text.split(/[.!?;:]+\s+|,\s+|\s[-–]\s/u).map(foldText).filter(Boolean);

/** The sentences that ask: those ending in a question mark, else the last one (sentences as the recognizer splits them). */
function askingSentences(text: string): string[] {
  const sentences = splitSentences(text);
  const questions = sentences.filter((s) => s.question);
  return (questions.length > 0 ? questions : sentences.slice(-1)).map((s) => s.text);
}

type Situation = ConversationVocabulary['overviews']['situations'][number];

/**
 * The cues of one message (see readCues): those that cover words, and the content words, read at once; every other
 * cue when it is first asked for, once.
 * @remarks A class, so that a reading is a plain object with getters on its prototype: an object literal with two
 * dozen getters costs about 5 µs to build (V8 defines each accessor at run time and the object ends in dictionary mode).
 */
class MessageCues implements Cues {
  readonly facet: Facet | undefined;
  readonly statedCase: string | undefined;
  readonly statedCases: readonly string[];
  readonly smallTalk: SmallTalk | undefined;
  readonly contact: boolean;
  readonly dismiss: boolean;
  readonly aboutAnswer: AnswerRequest | undefined;
  readonly ownWords: string[];
  readonly contentWords: number;
  readonly #text: string;
  readonly #folded: string;
  readonly #prepared: CueText;
  readonly #vocabulary: ConversationVocabulary;
  readonly #findTopicNames: TopicNameFinder;
  #situation?: { found?: Situation };
  #namedTopics?: string[];
  #statusTopics?: string[];
  #namedSubjects?: string[];
  #personOnly?: boolean;
  #questionWords?: number;
  #askedTopics?: string[];
  #detail?: { id?: ContactDetail };
  #role?: { id?: ContactRole };

  constructor(message: AnalysedMessage, vocabulary: ConversationVocabulary, findTopicNames: TopicNameFinder) {
    this.#text = message.text;
    this.#folded = message.get(foldedMessage);
    this.#prepared = messageCues(message, vocabulary);
    this.#vocabulary = vocabulary;
    this.#findTopicNames = findTopicNames;
    const { covered, contact, facet, condition, conditions, smallTalk, dismiss, aboutAnswer } = coverCues(this.#prepared, vocabulary);
    this.facet = facet;
    this.statedCase = condition;
    this.statedCases = conditions;
    this.smallTalk = smallTalk;
    this.contact = contact;
    this.dismiss = dismiss;
    this.aboutAnswer = aboutAnswer;
    this.ownWords = contentWordsOf(this.#folded, covered, vocabulary.fillers);
    this.contentWords = this.ownWords.length;
  }

  // "Er hat einen GdB von 30. Zählt das schon?" asks about the status itself; beside a named topic it is a special case
  get condition(): string | undefined {
    this.#personOnly ??= !!this.#vocabulary.conditions.find((c) => c.id === this.statedCase)?.withTopic && this.namedSubjects.length === 0;
    return this.#personOnly ? undefined : this.statedCase;
  }

  // a cue of one pattern is tested when first asked for, once per message (see CueText.test)
  get followUp(): boolean { return this.#prepared.test(this.#vocabulary.followUp); }
  get anaphor(): boolean { return this.#prepared.test(this.#vocabulary.anaphor); }
  get levyDuty(): boolean { return this.#prepared.test(this.#vocabulary.levyDuty); }
  get branch(): boolean { return this.#prepared.test(this.#vocabulary.branch); }
  get site(): string | undefined { return this.#vocabulary.sites.find((s) => this.#prepared.test(s.cue))?.id; }
  get eachSite(): boolean { return this.#prepared.test(this.#vocabulary.eachSite); }
  get local(): boolean { return this.#prepared.test(this.#vocabulary.local); }
  get correction(): boolean { return this.#prepared.test(this.#vocabulary.correction); }
  get earlier(): boolean { return this.#prepared.test(this.#vocabulary.earlier); }
  get definition(): boolean { return this.#prepared.test(this.#vocabulary.definition); }
  get implications(): boolean { return this.#prepared.test(this.#vocabulary.implications); }
  get compare(): boolean { return this.#prepared.test(this.#vocabulary.compare); }
  get person(): boolean { return this.#prepared.test(this.#vocabulary.person); }
  get asksBroadly(): boolean { return this.#prepared.test(this.#vocabulary.overviews.broad); }

  get detail(): ContactDetail | undefined {
    return (this.#detail ??= { id: this.#vocabulary.contactDetail.find((d) => this.#prepared.test(d.cue))?.id }).id;
  }

  get role(): ContactRole | undefined {
    return (this.#role ??= { id: this.#vocabulary.contactRole.find((r) => this.#prepared.test(r.cue))?.id }).id;
  }

  get namedTopics(): string[] {
    return (this.#namedTopics ??= this.#findTopicNames(this.#folded));
  }

  /** Whether the topic is one of a person's status (GdB and Ausweis, Gleichstellung), named here or not. */
  isStatusTopic(id: string): boolean { return this.#vocabulary.personStatusTopics.has(id); }
  get statusTopics(): string[] {
    return (this.#statusTopics ??= this.namedTopics.filter((id) => this.#vocabulary.personStatusTopics.has(id)));
  }

  get namedSubjects(): string[] {
    return (this.#namedSubjects ??= this.namedTopics.filter((id) => !this.statusTopics.includes(id)));
  }

  get questionWords(): number {
    return (this.#questionWords ??= this.#countQuestionWords());
  }

  get askedTopics(): string[] {
    return (this.#askedTopics ??= this.#findAskedTopics());
  }

  get asksBesideSmallTalk(): boolean {
    if (this.smallTalk === undefined) return false;
    const patterns = cuePatternsOf(this.#vocabulary);
    const questions = splitSentences(this.#text).filter((s) => s.question);
    return questions.some((s) => coverCues(patterns.read(foldText(s.text)), this.#vocabulary).smallTalk === undefined);
  }

  get overview(): string | undefined {
    return this.asksSupport ? this.#foundSituation()?.id : undefined;
  }

  get asksSupport(): boolean {
    const { overviews } = this.#vocabulary;
    return this.#prepared.test(overviews.funding) && this.#prepared.test(overviews.broad);
  }

  get situation(): string | undefined { return this.#foundSituation()?.id; }
  get situationTopics(): string[] { return this.#foundSituation()?.topics ?? []; }

  #foundSituation(): Situation | undefined {
    return (this.#situation ??= { found: this.#vocabulary.overviews.situations.find((s) => this.#prepared.test(s.cue)) }).found;
  }

  #countQuestionWords(): number {
    const vocabulary = this.#vocabulary;
    const patterns = cuePatternsOf(vocabulary);
    const asks = (clause: CueText): boolean => vocabulary.facets.some((c) => clause.test(c.cue)) || vocabulary.conditions.some((c) => clause.test(c.cue));
    const askingClauses = clausesOf(this.#text).map((clause) => patterns.read(clause)).filter(asks);
    return askingClauses.length > 0 ? askingClauses.reduce((sum, c) => sum + ownWordCount(c, vocabulary), 0) : this.contentWords;
  }

  #findAskedTopics(): string[] {
    const vocabulary = this.#vocabulary;
    const patterns = cuePatternsOf(vocabulary);
    return askingSentences(this.#text).flatMap((sentence) => {
      const asking = foldText(sentence);
      const names = this.#findTopicNames(asking);
      if (names.length > 0) return names;
      // "…schlägt eine stufenweise Wiedereingliederung vor. Wie funktioniert das?" asks about what the message named
      const prepared = patterns.read(asking);
      return prepared.test(vocabulary.anaphor) && ownWordCount(prepared, vocabulary) <= 1 ? this.namedTopics : names;
    });
  }
}

/**
 * Reads what the words of a message say besides its topic: the facet asked for, a special case, small talk,
 * a contact question, a continuation, a broad funding question, the topics it names.
 * @remarks The cues that cover words (facet, special case, small talk, contact, dismissal) and the content words are
 * read at once; every other cue when it is first asked for. They are pure functions of the text, so a reading
 * gives the same values whenever they are asked for, and a cue no decision needs is not run.
 */
export function readCues(input: MessageInput, vocabulary: ConversationVocabulary, findTopicNames: TopicNameFinder): Cues {
  return new MessageCues(analysed(input), vocabulary, findTopicNames);
}
