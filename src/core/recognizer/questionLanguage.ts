import type { StopWordLists } from '../text/stopWords.js';
import { foldGerman } from '../text/fold.js';
import type { Token } from '../text/tokenize.js';
import type { AnswerLanguage } from './types.js';

/**
 * Creates a guesser for the language a message is written in: German or English by the function words
 * that belong to only one of the two lists; umlauts and ß count as German. Ties go to German.
 */
export function createLanguageGuesser(lists: StopWordLists): (tokens: readonly Token[]) => AnswerLanguage {
  const de = new Set(lists.de.map(foldGerman));
  const en = new Set(lists.en.map(foldGerman));
  const onlyGerman = new Set([...de].filter((w) => !en.has(w)));
  const onlyEnglish = new Set([...en].filter((w) => !de.has(w)));
  return (tokens) => {
    let german = 0;
    let english = 0;
    for (const token of tokens) {
      if (onlyGerman.has(token.folded) || /[äöüß]/i.test(token.raw)) german++;
      else if (onlyEnglish.has(token.folded)) english++;
    }
    return english > german ? 'en' : 'de';
  };
}
