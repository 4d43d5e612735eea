/** Longest message text that is matched; the rest of a pasted letter adds noise, not meaning. */
export const MAX_MATCHED_LENGTH = 500;
const MAX_SCANNED_LENGTH = 5_000;

const ENTITIES: Record<string, string> = { amp: '&', nbsp: ' ', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
// where a pasted e-mail's signature or quoted history starts
const SIGNATURE = /^\s*(?:--\s*$|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|freundliche gr(?:ü|ue)(?:ß|ss)e|viele gr(?:ü|ue)(?:ß|ss)e|beste gr(?:ü|ue)(?:ß|ss)e|liebe gr(?:ü|ue)(?:ß|ss)e|mfg\b|best regards|kind regards|regards,|sent from|gesendet von|von meinem iphone|-----\s*original|am .{5,60} schrieb|on .{5,60} wrote|>)/imu;

/**
 * Makes any user text safe and small for matching: markup, links and e-mail addresses removed, a pasted
 * signature or quoted reply cut off, whitespace collapsed, at most {@link MAX_MATCHED_LENGTH} characters.
 */
export function sanitizeMessage(input: unknown): string {
  if (typeof input !== 'string') return '';
  let text = input.slice(0, MAX_SCANNED_LENGTH)
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]{0,500}>/g, ' ')
    .replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? ' ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/\S+@\S+\.\w+/g, ' ');
  const signature = SIGNATURE.exec(text);
  if (signature && signature.index >= 10) text = text.slice(0, signature.index);
  text = text.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_MATCHED_LENGTH) return text;
  const cut = text.slice(0, MAX_MATCHED_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return lastSpace > MAX_MATCHED_LENGTH / 2 ? cut.slice(0, lastSpace) : cut;
}
