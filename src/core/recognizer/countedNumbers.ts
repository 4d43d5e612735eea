import type { Analyzer } from '../text/analyzer.js';
import { foldGerman } from '../text/fold.js';
import type { Token } from '../text/tokenize.js';

/**
 * The test whether a number counts people or workplaces: "100 Mitarbeiter", "wir sind 100 Leute", "100 feste Stellen".
 * Such a number is a head count, not the name of a programme ("Aktion 100", "100 zusätzliche Ausbildungsplätze"): it is
 * no evidence for a topic. Only numbers that stand in a multi-word name are tested (`isNameNumber`); the counted words are the workforce words of the levy calculator (data/intents.json).
 */
export function createCountedNumberTest(countedWords: readonly string[], analyzer: Analyzer, isNameNumber: (folded: string) => boolean): (tokens: readonly Token[], token: Token) => boolean {
  const stems = new Set(countedWords.flatMap((w) => [analyzer.stem(foldGerman(w), 'de'), analyzer.stem(foldGerman(w), 'en')]));
  const counted = (t: Token | undefined): boolean => !!t && !t.numeric && (stems.has(analyzer.stem(t.folded, 'de')) || stems.has(analyzer.stem(t.folded, 'en')));
  return (tokens, token) => {
    if (!token.numeric || !isNameNumber(token.folded)) return false;
    const next = tokens[token.index + 1];
    // one adjective may stand between: "100 feste Mitarbeiter", "100 full-time employees"
    return counted(next) || (!!next && !next.capitalised && !next.numeric && counted(tokens[token.index + 2]));
  };
}
