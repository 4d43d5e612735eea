import type { StopWordLists } from '../text/stopWords.js';
import { analysed, type MessageInput, type MessageReader } from '../text/analysedMessage.js';
import { foldGerman } from '../text/fold.js';
import type { Token } from '../text/tokenize.js';
import type { IntentData } from './intentData.js';
import { MAX_TOKENS, messageTokens, signalsReader } from './messageSignals.js';
import { analyzerFor } from './recognizerTerms.js';
import { createSignalDetector, type IntentSignals } from './signals.js';
import type { AnswerLanguage } from './types.js';

/** The language a message is written in, and whether the evidence is clear. */
export interface WrittenLanguage {
  language: 'de' | 'en';
  /** At least two function words of that language, and three times as many as of the other. */
  sure: boolean;
}

const SURE_WORDS = 2;
const SURE_RATIO = 3;

/**
 * Creates a guesser for the language a message is written in: German or English by the function words
 * that belong to only one of the two lists; umlauts and ß count as German. Ties go to German.
 */
export function createLanguageGuesser(lists: StopWordLists): (tokens: readonly Token[]) => WrittenLanguage {
  const de = new Set(lists.de.map(foldGerman));
  const en = new Set(lists.en.map(foldGerman));
  const onlyGerman = new Set([...de].filter((w) => !en.has(w)));
  const onlyEnglish = new Set([...en].filter((w) => !de.has(w)));
  return (tokens) => {
    let german = 0;
    let english = 0;
    for (const token of tokens) {
      if (onlyGerman.has(token.folded) || /[äöüß]/i.test(token.raw)) german++;
      else if (onlyEnglish.has(token.folded)) english++;
    }
    const language = english > german ? 'en' : 'de';
    const [winner, loser] = language === 'en' ? [english, german] : [german, english];
    return { language, sure: winner >= SURE_WORDS && winner >= loser * SURE_RATIO };
  };
}

const writtenReaders = new WeakMap<IntentData, MessageReader<WrittenLanguage>>();

/**
 * The language the first {@link MAX_TOKENS} words are written in, one reader per intent data: the language detector
 * and the recognizer share the guess of a turn.
 */
export function writtenLanguageReader(intents: IntentData): MessageReader<WrittenLanguage> {
  let read = writtenReaders.get(intents);
  if (!read) {
    const guess = createLanguageGuesser(intents.stopWords);
    read = (message) => guess(message.get(messageTokens).slice(0, MAX_TOKENS));
    writtenReaders.set(intents, read);
  }
  return read;
}

/** What a message says about the answer language: one asked for ("in English", "auf Deutsch") and the one it is written in. */
export interface MessageLanguage {
  requested?: AnswerLanguage;
  written: WrittenLanguage;
}

/** Detects the language of a message before it is understood (for the turn's answer language); built once. */
export type MessageLanguageDetector = (message: MessageInput) => MessageLanguage;

/** Builds the detector over the language-switch phrases and stop words of the intent data. */
export function createMessageLanguageDetector(intents: IntentData): MessageLanguageDetector {
  // a message longer than the recognizer reads is rare: its detector is built when the first one comes
  let detectSignals: ((tokens: readonly Token[]) => IntentSignals) | undefined;
  const readSignals = signalsReader(intents);
  const readWritten = writtenLanguageReader(intents);
  const guess = createLanguageGuesser(intents.stopWords);
  return (input) => {
    const message = analysed(input);
    const tokens = message.get(messageTokens);
    // the recognizer reads the same cues and language of the same words later in the turn; a longer message is read whole here
    const whole = tokens.length <= MAX_TOKENS;
    const signals = whole ? message.get(readSignals) : (detectSignals ??= createSignalDetector(intents, analyzerFor(intents)))(tokens);
    const requested = signals.conversational.find((s) => s.intent === 'language')?.language;
    return { written: whole ? message.get(readWritten) : guess(tokens), ...(requested ? { requested } : {}) };
  };
}
