// Zero-width space, non-joiner and joiner, word joiner, byte-order mark and soft hyphen: invisible, but they split words.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;

/**
 * The first step for any text that enters core: NFKC (full-width "８４" → "84", "ﬁ" → "fi", non-breaking space →
 * space) and invisible characters removed. Idempotent, so a second call changes nothing.
 */
export function normalizeUnicode(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFKC');
}
