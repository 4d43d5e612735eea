/** One sentence or clause of a message, with where it stands. */
export interface Sentence {
  text: string;
  /** Ends with a question mark. */
  question: boolean;
}

// a sentence ends at . ! ? or ; (and at a colon before a capital or an opening word: "Stadtverwaltung Warburg: Wir suchen …") — "ca." "z. B." "Nr." and ordinals ("1.") do not end one, but a number before a
// pronoun, question word or verb that opens a sentence does: "einen GdB von 60. Können wir ihm kündigen?"
const OPENS_SENTENCE = 'ich|wir|er|sie|es|man|kann|k(?:ö|oe)nnen|darf|d(?:ü|ue)rfen|muss|m(?:ü|ue)ssen|soll|sollen|wie|was|wer|wo|wann|warum|welche[rsnm]?|gilt|gibt|ist|sind|habe|haben|hat|bekomme|bekommen|zahlen|what|how|who|can|do|does|is|are|we|i';
const BOUNDARY = new RegExp(
  `(?<=[?!;]|(?<![\\s.](?:ca|bzw|ggf|inkl|evtl|usw|etc|nr|z|b|d|h|u|a|o|s|vs|sog|abs|mio|mrd|tsd|st))(?<!\\d)\\.)\\s+|(?<=\\d\\.)\\s+(?=(?:${OPENS_SENTENCE})(?![\\p{L}]))|(?<=:)\\s+(?=\\p{Lu}|(?:${OPENS_SENTENCE})(?![\\p{L}]))|\\n+`,
  'giu',
);

/** Splits a message into sentences; empty pieces are dropped. */
export function splitSentences(text: string): Sentence[] {
  return text
    .split(BOUNDARY)
    .map((piece) => piece.trim())
    .filter((piece) => /[\p{L}\p{N}]/u.test(piece))
    .map((piece) => ({ text: piece, question: piece.endsWith('?') }));
}
