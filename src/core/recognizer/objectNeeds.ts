import type { Analyzer } from '../text/analyzer.js';
import { foldGerman } from '../text/fold.js';
import type { Token } from '../text/tokenize.js';
import type { IntentData } from './intentData.js';
import type { QuerySlot } from './querySlots.js';
import type { TopicIndex } from './topicIndex.js';

// a thing someone needs is an aid only probably: "braucht einen Parkplatz" is not
const OBJECT_NEED_CONFIDENCE = 0.6;
// the noun may follow the article after an adjective or two ("eine spezielle große Tastatur")
const NOUN_WINDOW = 3;

/**
 * Creates the reader of object needs (`objectNeed` of data/matching/described-needs.json): in "Sie braucht ein Telefon
 * mit Licht" the first noun after a need verb and an indefinite article that matches nothing stands for "Hilfsmittel".
 * The caller applies it only to questions about disability.
 */
export function createObjectNeedReader(need: IntentData['objectNeed'], index: TopicIndex, analyzer: Analyzer): (tokens: readonly Token[], slots: readonly QuerySlot[]) => QuerySlot[] {
  const germanVerbs = new Set(need.verbs.de.map(foldGerman));
  const englishVerbs = new Set(need.verbs.en.map(foldGerman));
  const germanArticles = new Set(need.articles.de.map(foldGerman));
  const englishArticles = new Set(need.articles.en.map(foldGerman));
  const term = analyzer.stem(foldGerman(need.means), 'de');
  return (tokens, slots) => {
    if (!index.postings.has(term)) return [...slots];
    const unmatched = new Set(slots.filter((slot) => slot.alternatives.length === 0).map((slot) => slot.token.index));
    const needed = new Set<number>();
    tokens.forEach((t, i) => {
      const next = tokens[i + 1]?.folded ?? '';
      // German: "braucht ein Telefon" (a capitalised noun after the article); English: "needs (an) …", "a" is no token
      const german = germanVerbs.has(t.folded) && germanArticles.has(next);
      const english = englishVerbs.has(t.folded);
      if (!german && !english) return;
      const start = german || englishArticles.has(next) ? i + 2 : i + 1;
      const noun = tokens.slice(start, start + NOUN_WINDOW).find((n) => (english || n.capitalised) && unmatched.has(n.index));
      if (noun) needed.add(noun.index);
    });
    if (needed.size === 0) return [...slots];
    return slots.map((slot): QuerySlot => (needed.has(slot.token.index) && slot.alternatives.length === 0
      ? { ...slot, kind: 'compound', alternatives: [{ term, confidence: OBJECT_NEED_CONFIDENCE }], mass: OBJECT_NEED_CONFIDENCE * index.idf(term) }
      : slot));
  };
}
