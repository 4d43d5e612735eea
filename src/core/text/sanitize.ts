import { splitSentences } from './sentences.js';

/** Longest message text that is matched; the rest of a pasted letter adds noise, not meaning. */
export const MAX_MATCHED_LENGTH = 500;
const MAX_SCANNED_LENGTH = 5_000;

const ENTITIES: Record<string, string> = { amp: '&', nbsp: ' ', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
// where a pasted e-mail's signature or quoted history starts
const SIGNATURE = /^\s*(?:--\s*$|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|freundliche gr(?:ü|ue)(?:ß|ss)e|viele gr(?:ü|ue)(?:ß|ss)e|beste gr(?:ü|ue)(?:ß|ss)e|liebe gr(?:ü|ue)(?:ß|ss)e|mfg\b|best regards|kind regards|regards,|sent from|gesendet von|von meinem iphone|-----\s*original|am .{5,60} schrieb|on .{5,60} wrote|>)/imu;

/**
 * Makes any user text safe and small for matching: markup, links and e-mail addresses removed, a pasted
 * signature or quoted reply cut off, whitespace collapsed, at most {@link MAX_MATCHED_LENGTH} characters: a longer
 * message keeps its closing sentences (the question) and its opening ones (see {@link headAndTail}).
 */
export function sanitizeMessage(input: unknown): string {
  if (typeof input !== 'string') return '';
  // past the scanned length the middle goes first, as below: the question usually closes a message
  const scanned = input.length <= MAX_SCANNED_LENGTH ? input : `${input.slice(0, MAX_SCANNED_LENGTH / 2)}\n${input.slice(-MAX_SCANNED_LENGTH / 2)}`;
  // each pattern runs only over a text that holds the character it needs ("<", "&", "@"): most messages hold none
  let text = scanned.includes('<') ? scanned.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]{0,500}>/g, ' ') : scanned;
  if (text.includes('&')) text = text.replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? ' ');
  text = text.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ');
  // no entity stands for "@": a text without one before has none after
  if (text.includes('@')) text = text.replace(/\S+@\S+\.\w+/g, ' ');
  const signature = SIGNATURE.exec(text);
  if (signature && signature.index >= 10) text = text.slice(0, signature.index);
  text = text.replace(/\s+/g, ' ').trim();
  return text.length <= MAX_MATCHED_LENGTH ? text : headAndTail(text);
}

// the question usually closes a long message, the business introduces itself at its start
const TAIL_SHARE = 0.7;

/**
 * A long message shortened to {@link MAX_MATCHED_LENGTH}: whole sentences from its end (up to 70 % of the length,
 * where the question usually stands) and from its start (the situation), the middle left out.
 */
function headAndTail(text: string): string {
  const sentences = splitSentences(text).map((s) => s.text);
  const tail: string[] = [];
  let used = 0;
  for (let i = sentences.length - 1; i > 0 && used + sentences[i]!.length + 1 <= MAX_MATCHED_LENGTH * TAIL_SHARE; i--) {
    tail.unshift(sentences[i]!);
    used += sentences[i]!.length + 1;
  }
  // one overlong last sentence: its end, from a word boundary
  if (tail.length === 0) {
    const tailLength = Math.floor(MAX_MATCHED_LENGTH * TAIL_SHARE);
    return `${cutAtWord(text.slice(0, MAX_MATCHED_LENGTH - tailLength - 1), 'end')} ${cutAtWord(text.slice(-tailLength), 'start')}`;
  }
  const head: string[] = [];
  for (const sentence of sentences.slice(0, sentences.length - tail.length)) {
    if (used + sentence.length + 1 > MAX_MATCHED_LENGTH) break;
    head.push(sentence);
    used += sentence.length + 1;
  }
  // a cut first sentence ends with a semicolon, so that it stays a clause of its own
  const start = head.length > 0 ? head : [`${cutAtWord(text.slice(0, MAX_MATCHED_LENGTH - used - 2), 'end')};`];
  return [...start, ...tail].join(' ').trim();
}

/** A piece of text without the partial word at its `end` or `start`. */
function cutAtWord(piece: string, side: 'start' | 'end'): string {
  const space = side === 'end' ? piece.lastIndexOf(' ') : piece.indexOf(' ');
  if (space < 0) return piece;
  return side === 'end' ? piece.slice(0, space) : piece.slice(space + 1);
}
