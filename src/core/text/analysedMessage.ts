import { normalizeUnicode } from './normalizeUnicode.js';

/** Reads something off a message: a pure function of its text (tokens, places, levy figures …). */
export type MessageReader<T> = (message: AnalysedMessage) => T;

/**
 * One message as the stages of one turn read it: each reader runs once and its result is shared by every stage
 * that asks for it (the language detector and the recognizer, understanding and the conversation context).
 * @remarks Made per turn and dropped with it; results are keyed by the reader, never by the text, and must not be
 * changed by whoever gets them.
 */
export class AnalysedMessage {
  private readonly results = new Map<MessageReader<unknown>, unknown>();

  /** @param text the message text, already passed through normalizeUnicode */
  constructor(readonly text: string) {}

  /** What `read` finds in this message, computed on first use. */
  get<T>(read: MessageReader<T>): T {
    if (this.results.has(read)) return this.results.get(read) as T;
    const value = read(this);
    this.results.set(read, value);
    return value;
  }
}

/** A message as a caller has it: the raw text (`ask`, `eval`, tests) or the turn's analysis of it. */
export type MessageInput = string | AnalysedMessage;

/** The analysis of `input`: the turn's own, or a fresh one of the normalised text. */
export const analysed = (input: MessageInput): AnalysedMessage => (typeof input === 'string' ? new AnalysedMessage(normalizeUnicode(input)) : input);
