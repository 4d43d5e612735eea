/** A multi-word keyword entry of one document, as distinct stems, with the weight of its field. */
export interface KeywordPhrase {
  doc: number;
  terms: readonly string[];
  weight: number;
}

/** Finds the keyword phrases a question contains. */
export interface PhraseIndex {
  /**
   * The raised weights for the question's terms: document → term → field weight, for every phrase of which
   * the question holds at least two words carrying most of the phrase's IDF.
   */
  boosts(queryTerms: ReadonlySet<string>): PhraseBoosts;
}

/** Document → term → raised field weight; `whole` marks each document's terms of a phrase the question holds completely. */
export type PhraseBoosts = Map<number, Map<string, number>> & { whole?: Map<number, Set<string>> };

// share of a phrase's IDF mass the question must contain: "Menschen" and "behindert" do not name
// "Werkstatt für behinderte Menschen", "Werkstatt" and "behindert" do
const MIN_IDF_SHARE = 0.6;

// a phrase from a field at least this weighty is a name of its topic (title, keyword, synonym), not a loose paraphrase
const NAME_WEIGHT = 2.5;

/** Indexes the phrases by each of their words. */
export function createPhraseIndex(phrases: readonly KeywordPhrase[], idf: (term: string) => number): PhraseIndex {
  const compiled = phrases.map((phrase) => ({ ...phrase, idfs: phrase.terms.map(idf), mass: phrase.terms.reduce((sum, t) => sum + idf(t), 0) }));
  // phrase numbers by term (a phrase's terms are distinct, so a phrase is listed once per term)
  const byTerm = new Map<string, number[]>();
  compiled.forEach((phrase, number) => {
    for (const term of phrase.terms) {
      const list = byTerm.get(term);
      if (list) list.push(number); else byTerm.set(term, [number]);
    }
  });
  // how many of each phrase's terms the question holds; reset after every call (boosts never runs re-entrantly)
  const counts = new Uint16Array(compiled.length);
  const touched: number[] = [];
  return {
    boosts(queryTerms) {
      const boosts: PhraseBoosts = new Map<number, Map<string, number>>();
      for (const term of queryTerms) {
        for (const number of byTerm.get(term) ?? []) if (counts[number]!++ === 0) touched.push(number);
      }
      for (const number of touched) {
        const count = counts[number]!;
        counts[number] = 0;
        if (count < 2) continue;
        const phrase = compiled[number]!;
        let mass = 0;
        for (let i = 0; i < phrase.terms.length; i++) if (queryTerms.has(phrase.terms[i]!)) mass += phrase.idfs[i]!;
        if (mass < MIN_IDF_SHARE * phrase.mass) continue;
        let byDocTerm = boosts.get(phrase.doc);
        if (!byDocTerm) boosts.set(phrase.doc, (byDocTerm = new Map()));
        for (const t of phrase.terms) if (queryTerms.has(t)) byDocTerm.set(t, Math.max(byDocTerm.get(t) ?? 0, phrase.weight));
        if (count === phrase.terms.length && phrase.weight >= NAME_WEIGHT) {
          boosts.whole ??= new Map();
          let terms = boosts.whole.get(phrase.doc);
          if (!terms) boosts.whole.set(phrase.doc, (terms = new Set()));
          for (const t of phrase.terms) terms.add(t);
        }
      }
      touched.length = 0;
      return boosts;
    },
  };
}
