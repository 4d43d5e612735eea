import { tokenize } from '../text/tokenize.js';

/** Words a greeting may put before an introduction ("Hallo, wir sind …", "Hi, we are …"). */
const GREETING_WORDS: ReadonlySet<string> = new Set(['hallo', 'hi', 'hey', 'hello', 'moin', 'servus', 'guten', 'tag', 'morgen', 'abend', 'good', 'morning', 'afternoon', 'evening', 'liebe', 'lieber', 'dear']);

/**
 * Reads introductions: a message that only says who is writing ("Hallo, wir sind ein Logistikunternehmen aus
 * Dortmund mit 120 Mitarbeitern.", "Hi, I run a bakery in Bonn") and asks nothing. Every sentence starts, after a
 * greeting, with one of the self-description openers (data/matching/self-description.json) and none is a question.
 */
export function introductionReader(openers: readonly string[]): (text: string) => boolean {
  const folded = openers.map((o) => tokenize(o).map((t) => t.folded)).filter((o) => o.length > 0);
  const opens = (words: readonly string[]): boolean => {
    let start = 0;
    while (start < words.length && GREETING_WORDS.has(words[start]!)) start++;
    return folded.some((o) => o.every((w, i) => words[start + i] === w));
  };
  return (text) => {
    if (text.includes('?')) return false;
    const sentences = text.split(/(?<=[.!;])\s+|\n+/u).map((s) => tokenize(s).map((t) => t.folded)).filter((words) => words.length > 0);
    return sentences.length > 0 && sentences.every(opens);
  };
}
