const FOLDABLE = /[ßäöü]|[aou]e/;

/**
 * Folds a word or text for matching: lower case, `ß→ss`, `ä/ö/ü→a/o/u`, and the spelled-out forms
 * `ae/oe→a/o`, `ue→u` unless `ue` follows a vowel or `q`.
 * @remarks The rule of Lucene's GermanNormalizationFilter (Snowball "German2"), so "für", "fuer" and
 * "fur" meet, and "neue"/"Steuer"/"Quelle" stay intact. Apply it to the knowledge base and the query alike.
 */
export function foldGerman(text: string): string {
  const lower = text.normalize('NFC').toLowerCase();
  // most words have nothing to fold: the loop below changes only ß, ä, ö, ü and an e right after a, o or u
  if (!FOLDABLE.test(lower)) return lower;
  let out = '';
  // Lucene GermanNormalizationFilter: N = plain, V = after a vowel, U = after a/o or a u that may be an umlaut
  let state: 'N' | 'V' | 'U' = 'N';
  for (const ch of lower) {
    switch (ch) {
      case 'ß': out += 'ss'; state = 'N'; break;
      case 'ä': out += 'a'; state = 'V'; break;
      case 'ö': out += 'o'; state = 'V'; break;
      case 'ü': out += 'u'; state = 'V'; break;
      case 'a': case 'o': out += ch; state = 'U'; break;
      case 'u': out += ch; state = state === 'N' ? 'U' : 'V'; break;
      case 'e': if (state !== 'U') out += ch; state = 'V'; break;
      case 'i': case 'q': case 'y': out += ch; state = 'V'; break;
      default: out += ch; state = 'N';
    }
  }
  return out;
}
