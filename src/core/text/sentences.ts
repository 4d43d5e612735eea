/** One sentence or clause of a message, with where it stands. */
export interface Sentence {
  text: string;
  /** Ends with a question mark. */
  question: boolean;
}

// a sentence ends at . ! ? or ; — "ca." "z. B." "Nr." and ordinals ("1.") do not end one
const BOUNDARY = /(?<=[?!;]|(?<![\s.](?:ca|bzw|ggf|inkl|evtl|usw|etc|nr|z|b|d|h|u|a|o|s|vs|sog|abs|mio|mrd|tsd|st))(?<!\d)\.)\s+|\n+/giu;

/** Splits a message into sentences; empty pieces are dropped. */
export function splitSentences(text: string): Sentence[] {
  return text
    .split(BOUNDARY)
    .map((piece) => piece.trim())
    .filter((piece) => /[\p{L}\p{N}]/u.test(piece))
    .map((piece) => ({ text: piece, question: piece.endsWith('?') }));
}
