import { openerMatcher } from '../recognizer/clauses.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';

/** Words a greeting may put before an introduction ("Hallo, wir sind …", "Hi, we are …"). */
const GREETING_WORDS: ReadonlySet<string> = new Set(['hallo', 'hi', 'hey', 'hello', 'moin', 'servus', 'guten', 'tag', 'morgen', 'abend', 'good', 'morning', 'afternoon', 'evening', 'liebe', 'lieber', 'dear']);

/**
 * Reads introductions: a message that only says who is writing ("Hallo, wir sind ein Logistikunternehmen aus
 * Dortmund mit 120 Mitarbeitern.", "Hi, I run a bakery in Bonn") and asks nothing. Every sentence starts, after a
 * greeting, with one of the self-description openers (data/matching/self-description.json, as the recognizer's clause
 * weigher reads them) and none is a question.
 */
export function introductionReader(openers: readonly string[]): (text: string) => boolean {
  const startsWithOpener = openerMatcher(openers);
  const opens = (words: readonly string[]): boolean => {
    let start = 0;
    while (start < words.length && GREETING_WORDS.has(words[start]!)) start++;
    return startsWithOpener(words, start);
  };
  return (text) => {
    if (text.includes('?')) return false;
    const sentences = splitSentences(text);
    return sentences.length > 0 && sentences.every((sentence) => opens(tokenize(sentence.text).map((t) => t.folded)));
  };
}
