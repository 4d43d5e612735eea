import type { AnalysedMessage } from '../text/analysedMessage.js';
import type { ExampleVector } from './exampleIndex.js';

/** What a message asks the bot to do. */
export type Intent =
  | 'knowledge' | 'find-contact' | 'levy-calculator' | 'programme-finder' | 'language'
  | 'greeting' | 'help' | 'out-of-scope' | 'privacy' | 'sources';

/** The languages the bot answers in; `de-x-simple` is Einfache Sprache. */
export type AnswerLanguage = 'de' | 'de-x-simple' | 'en';

/** The answer languages in a fixed order. */
export const ANSWER_LANGUAGES: readonly AnswerLanguage[] = ['de', 'de-x-simple', 'en'];

/** A knowledge topic with its matching score (0..1, share of the question the topic explains). */
export interface RankedTopic {
  id: string;
  score: number;
}

/** What the recognizer understood of one message. */
export interface Recognition {
  intent: Intent;
  /** For knowledge-like intents: answer with topics[0], offer 2-3 topics, or say "I don't know". */
  decision: 'answer' | 'ask-back' | 'dont-know';
  /** Ranked, at most 5; empty when the bot would say it does not know. */
  topics: RankedTopic[];
  /** 0..1; how sure the recognizer is of intent and first topic together. */
  confidence: number;
  /** For intent `language`: the answer language asked for. */
  language?: AnswerLanguage;
  /** Best guess of the language the message is written in (`de-x-simple` is never guessed). */
  questionLanguage: AnswerLanguage;
  /** For intent `out-of-scope`: the known subject outside the bot's remit (id from data/intents.json), if one was named. */
  outOfScopeSubject?: string;
  /** For such a subject: who is responsible instead (key of locales/<lng>/referrals.json), if the data names one. */
  referral?: string;
  /** For such a subject: the topic of the remit next to it (data/intents.json `remitTopic`), if any. */
  remitTopic?: string;
  /** The message itself carries evidence of the remit: a disability word or a topic's own name. */
  remitEvidence?: boolean;
  /** The message mentions a place or postcode (from `ignoreTokens` or the recognizer's own cues). */
  placeMentioned: boolean;
}

/** Per-call hints from the caller. */
export interface RecognizeOptions {
  /** Words the caller already understood, e.g. a place name the region resolver found; they do not count for or against a topic. */
  ignoreTokens?: readonly string[];
  /** The conversation is about a topic of the remit: a short follow-up without evidence of its own borrows it ("Und die Kündigungsfrist?"). */
  inRemit?: boolean;
  /** The place in the message names no single district (a region, "Westfalen"): a question about an office there gets the office's answer. */
  vaguePlace?: boolean;
  /** The turn's analysis of the same text: what other stages already read of it is not read again. */
  message?: AnalysedMessage;
}

/** Understands messages; built once at start-up. */
export interface Recognizer {
  recognize(text: string, options?: RecognizeOptions): Recognition;
  /** The example utterances as this recognizer read them (term vectors): the content snapshot keeps them, so a start need not read them again. */
  exampleVectors?: readonly ExampleVector[];
}
