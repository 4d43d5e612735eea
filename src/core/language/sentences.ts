/** "{{count}}" and "$t(key)" stand for one short word each; links and addresses are one word, not many long ones. */
export function prepareText(text: string): string {
  return text
    .replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/gu, 'X')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/(?:https?:\/\/|www\.)\S+|\S+@\S+\.\p{L}{2,}/gu, 'Link');
}

// A terminator, with the closing quotes and brackets after it, ends a sentence when white space or the end follows.
const TERMINATOR = /[.!?:]+[)\]"'“”‚‘’»«]*(?=\s|$)/gu;

const MONTH = /^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/u;

/**
 * "am 31. März", "bis 31.3. zahlen", "1. Schritt": a full stop after a day, a date or a list number that ends no sentence.
 * @remarks "von 30 oder 40. Sie …" does end one: after a plain number only a month, a small letter or a digit continues.
 */
function isOrdinalStop(line: string, index: number): boolean {
  if (line[index] !== '.') return false;
  const before = line.slice(0, index);
  const next = line.slice(index + 1).trimStart();
  if (next.length === 0) return false;
  if (/^\s*\d{1,2}$/u.test(before)) return true;
  if (/(?:^|[^\p{L}\p{N}.])\d{1,2}\.\d{1,2}$/u.test(before)) return true;
  return /(?:^|[^\p{L}\p{N}.])\d{1,2}$/u.test(before) && (MONTH.test(next) || /^[\p{Ll}\p{N}]/u.test(next));
}

/**
 * Splits a text into sentences at . ! ? : and line breaks; a label without a full stop is one sentence.
 * @remarks Numbers ("1.000", "2.820", "10:30") never split, nor do dates and list numbers ("31.3. gilt", "am 31. März").
 * Pieces without a word (a lone "-" of a list) are dropped.
 */
export function splitSentences(text: string, masks: RegExp[] = []): string[] {
  let masked = text;
  // Masked abbreviations ("z. B.") keep their length so that positions stay valid, but lose their full stops.
  for (const mask of masks) masked = masked.replace(mask, (m) => m.replace(/\./gu, '\u2024'));
  const sentences: string[] = [];
  for (const line of masked.split(/\r?\n/u)) {
    let start = 0;
    for (const match of line.matchAll(TERMINATOR)) {
      const end = match.index + match[0].length;
      if (isOrdinalStop(line, match.index)) continue;
      sentences.push(line.slice(start, end));
      start = end;
    }
    sentences.push(line.slice(start));
  }
  return sentences.map((s) => s.replace(/\u2024/gu, '.').trim()).filter((s) => wordsOf(s).length > 0);
}

/** The words of a text: pieces between white space and slashes that hold a letter or a digit, without edge punctuation. */
export function wordsOf(text: string): string[] {
  return text
    .split(/[\s/]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Letters of a word, without hyphens, middle dots and digits. */
export const letterCount = (word: string): number => (word.match(/\p{L}/gu) ?? []).length;
