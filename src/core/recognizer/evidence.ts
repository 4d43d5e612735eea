import type { Analyzer } from '../text/analyzer.js';
import { foldGerman } from '../text/fold.js';
import { createClauseWeigher } from './clauses.js';
import type { IntentData } from './intentData.js';
import { createOrdinaryWordTest } from './ordinaryWords.js';
import type { QuerySlot } from './querySlots.js';
import type { TopicIndex } from './topicIndex.js';
import { MAX_FIELD_WEIGHT } from './documents.js';

const MIN_INNER_MARKER = 8;

/** Terms found in at least one in-scope topic: the only ones a typo may be corrected into. */
export function inScopeVocabulary(index: TopicIndex): string[] {
  return [...index.postings].filter(([, postings]) => postings.some(([doc]) => !index.docs[doc]!.outOfScope)).map(([term]) => term);
}

/**
 * A topic's own names: words of its name fields (title, short, keywords) that no out-of-scope subject shares.
 * "Zusatzurlaub", "BEM", "Firmenservice" put a question into the remit; "Rentenversicherung" or "Urlaub",
 * which a neighbouring subject also claims, do not.
 */
export function remitNames(index: TopicIndex): Set<string> {
  const names = new Set<string>();
  for (const [term, postings] of index.postings) {
    if (postings.some(([doc]) => index.docs[doc]!.outOfScope)) continue;
    if (postings.some(([doc, weight]) => weight >= MAX_FIELD_WEIGHT && !index.docs[doc]!.outOfScope)) names.add(term);
  }
  return names;
}

/**
 * Builds the tests that keep non-evidence out of the scoring: ordinary words (occupations, company types) and the
 * self-descriptions of long messages (see data/matching/ordinary-words.json and self-description.json).
 */
export function createEvidenceFilters(index: TopicIndex, analyzer: Analyzer, intents: IntentData, namingKeywordDf: number) {
  const stems = (words: readonly string[]): Set<string> => new Set(words.flatMap((w) => [analyzer.stem(foldGerman(w), 'de'), analyzer.stem(foldGerman(w), 'en')]));
  const domainMarkers = stems(intents.domainMarkers.words);
  const { workforceTerms } = intents.levyCalculator;
  const neutral = stems([...workforceTerms.de, ...workforceTerms['de-x-simple'], ...workforceTerms.en, ...intents.synonyms[0] ?? []]);
  const offices = new Set([...intents.findContact.contactTopics, ...intents.findContact.otherContactTopics]);
  const namesTopic = (term: string): boolean => (index.postings.get(term) ?? []).some(([doc, weight]) => weight >= 2 && !index.docs[doc]!.outOfScope);
  const ordinary = createOrdinaryWordTest(intents.ordinaryWords, {
    namesTopic: (folded) => namesTopic(analyzer.stem(folded, 'de')),
    isIndexed: (folded) => index.postings.has(analyzer.stem(folded, 'de')),
  });
  // the fillers of simple questions ("schlimm", "Thema") count as written only: a compound that ends in one keeps its meaning
  const fillers = new Set(intents.fillers.map(foldGerman));
  const isOrdinary = Object.assign((folded: string): boolean => (fillers.has(folded) && !namesTopic(analyzer.stem(folded, 'de'))) || ordinary(folded), { isListed: ordinary.isListed });
  const weighClauses = createClauseWeigher({
    openers: [...intents.selfDescription.de, ...intents.selfDescription.en],
    isDomainMarker: (term) => domainMarkers.has(term),
    namesTopic: (term) => { const df = index.keywordDf(term); return df > 0 && df <= namingKeywordDf; },
    isNeutral: (term) => neutral.has(term),
    isListedOrdinary: isOrdinary.isListed,
    keywordOfTopic: namesTopic,
    namesSubject: (term) => {
      const df = index.keywordDf(term);
      return df > 0 && df <= namingKeywordDf && (index.postings.get(term) ?? []).some(([doc, weight]) => weight >= 2 && !index.docs[doc]!.outOfScope && !offices.has(index.docs[doc]!.id));
    },
  });
  // a long marker inside a compound marks it too: "Behindertenwerkstatt", "Inklusionsbetrieb"
  const longMarkers = intents.domainMarkers.words.map(foldGerman).filter((w) => w.length >= MIN_INNER_MARKER);
  const ownNames = remitNames(index);
  // a marker no topic uses ("autistic") still marks the question: the word itself is tested, not only its index terms
  const isMarkerWord = (folded: string): boolean => domainMarkers.has(analyzer.stem(folded, 'de')) || domainMarkers.has(analyzer.stem(folded, 'en'));
  const isRewrittenMarker = (folded: string): boolean => isMarkerWord(folded) || longMarkers.some((m) => folded.includes(m));
  // evidence of the remit: a disability word, or a topic's own name written out ("Zusatzurlaub", not "Urlaub")
  // half a compound is no evidence: "Bildschirmarbeitsplatzbr|illen" is not "ill"
  const isDomainMarked = (slots: readonly QuerySlot[]): boolean => slots.some((slot) =>
    (slot.kind !== 'partial' && slot.alternatives.some((a) => domainMarkers.has(a.term) || (a.confidence === 1 && ownNames.has(a.term)))) || isMarkerWord(slot.token.folded)
    || (slot.kind !== 'unknown' && longMarkers.some((m) => slot.token.folded.includes(m)))
    // a frame that rewrites a disability word keeps its evidence: "Rollstuhlfahrer" read as "barrierefreier Arbeitsplatz"
    || (slot.token.rewrites !== undefined && isRewrittenMarker(slot.token.rewrites)));
  return { isDomainMarked, isOrdinary, weighClauses };
}
