import type { TurnContext } from 'botbuilder';
import { analysed, AnalysedMessage, type MessageReader } from '../../src/core/text/analysedMessage.js';
import type { Understand, UnderstandContext, Understanding } from '../../src/core/understand.js';

const TURN_MESSAGE = Symbol('turnMessage');

/**
 * The analysis of this turn's message text (see AnalysedMessage): made on first use, shared by the language
 * detector, understanding and the conversation context of the turn, and dropped with the turn.
 * @remarks The bot has normalised the text before any dialog runs; a text changed since gets a new analysis.
 */
export function turnMessage(context: TurnContext): AnalysedMessage {
  const text = typeof context.activity.text === 'string' ? context.activity.text : '';
  let message = context.turnState.get(TURN_MESSAGE) as AnalysedMessage | undefined;
  if (message?.text !== text) {
    message = new AnalysedMessage(text);
    context.turnState.set(TURN_MESSAGE, message);
  }
  return message;
}

/** The analysis of `text`: the turn's (see turnMessage) when `text` is the turn's message, else a new one. */
export function analysedText(context: TurnContext, text: string): AnalysedMessage {
  const message = turnMessage(context);
  return message.text === text ? message : analysed(text);
}

/**
 * What `read` finds in `text`: taken from the turn's analysis when `text` is the turn's message (read once however
 * many dialogs ask), read afresh otherwise.
 */
export const readText = <T>(context: TurnContext, text: string, read: MessageReader<T>): T => analysedText(context, text).get(read);

const readers = new WeakMap<Understand, Map<boolean, MessageReader<Understanding>>>();

/**
 * What the turn's message means (services.understand), understood once however many dialogs of the turn ask;
 * once more when a dialog knows the conversation is about a topic of the remit (`inRemit`).
 */
export function turnUnderstanding(context: TurnContext, understand: Understand, about: UnderstandContext = {}): Understanding {
  const inRemit = about.inRemit === true;
  let byContext = readers.get(understand);
  if (!byContext) readers.set(understand, (byContext = new Map()));
  let read = byContext.get(inRemit);
  if (!read) byContext.set(inRemit, (read = (message) => understand(message, { inRemit })));
  return turnMessage(context).get(read);
}
