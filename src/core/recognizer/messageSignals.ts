import type { AnalysedMessage, MessageReader } from '../text/analysedMessage.js';
import { sanitizeMessage } from '../text/sanitize.js';
import { percentTokenIndices, tokenize, type Token } from '../text/tokenize.js';
import type { IntentData } from './intentData.js';
import { analyzerFor } from './recognizerTerms.js';
import { createSignalDetector, type IntentSignals } from './signals.js';

/** The recognizer reads at most this many words of a message. */
export const MAX_TOKENS = 80;

/** The message made safe for matching (see sanitizeMessage). */
export const sanitizedText: MessageReader<string> = (message) => sanitizeMessage(message.text);

/** The words of the sanitised message, all of them. */
export const messageTokens: MessageReader<readonly Token[]> = (message) => tokenize(message.get(sanitizedText));

const readers = new WeakMap<IntentData, MessageReader<IntentSignals>>();

/**
 * The routing cues of the first {@link MAX_TOKENS} words, one reader per intent data: the language detector and
 * the recognizer share what it finds in a turn.
 */
export function signalsReader(intents: IntentData): MessageReader<IntentSignals> {
  let read = readers.get(intents);
  if (!read) {
    const detect = createSignalDetector(intents, analyzerFor(intents));
    read = (message: AnalysedMessage) => detect(message.get(messageTokens).slice(0, MAX_TOKENS), percentTokenIndices(message.get(sanitizedText)));
    readers.set(intents, read);
  }
  return read;
}
