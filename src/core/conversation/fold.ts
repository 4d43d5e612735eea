import type { MessageReader } from '../text/analysedMessage.js';

/** Lower case, hyphens joined ("Eingliederungs-Zuschuss" → "eingliederungszuschuss"), other punctuation as spaces. */
export function foldText(text: string): string {
  // the same as toLocaleLowerCase('de') (German has no case rules of its own; test/core/text/lowerCase.test.ts), without its locale lookup per call
  const lower = text.toLowerCase();
  // most messages have no hyphen; every run of other characters (white space too) becomes one space
  return (lower.includes('-') ? lower.replace(/(\p{L})-(\p{L})/gu, '$1$2') : lower).replace(/[^\p{L}\p{N}%€']+/gu, ' ').trim();
}

/** The turn's message folded (see foldText), once for the cues and the levy follow-up. */
export const foldedMessage: MessageReader<string> = (message) => foldText(message.text);
