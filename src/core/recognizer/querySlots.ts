import type { Analyzer, TextLanguage } from '../text/analyzer.js';
import type { Token } from '../text/tokenize.js';
import type { TopicIndex } from './topicIndex.js';
import type { Correction } from './typoCorrector.js';
import { verbNounBases } from './verbForms.js';

/** How a query word was tied to the vocabulary. */
export type SlotKind = 'exact' | 'compound' | 'partial' | 'fuzzy' | 'unknown';

/** One word of the question (or one part of a compound) with the vocabulary terms it may stand for. */
export interface QuerySlot {
  token: Token;
  kind: SlotKind;
  alternatives: readonly Correction[];
  /** How much this word weighs in the question: the IDF of its best term, or a fixed share for unknown words. */
  mass: number;
  /** Share with which the word counts as evidence (its sentence's weight, see clauses.ts); 1 when absent. */
  weight?: number;
  /**
   * A word of the situation beside a question that names a topic: the share with which it counts for the topics the
   * question itself matches (it tells which of them is meant); `weight` holds for all others.
   */
  situationWeight?: number;
  /** The word counts only in topics where its term stands at least in a field of this weight (a name or part of one). */
  minFieldWeight?: number;
  /** The word counts at most with this field weight in any topic: an office named as the payer ("übernimmt die Arbeitsagentur") names no topic. */
  maxFieldWeight?: number;
}

/** Tunable shares of the matching (see the eval figures in the report). */
export interface SlotWeights {
  /** An unknown word weighs this share of the rarest term's IDF. */
  unknownMass: number;
  compoundConfidence: number;
  partialCompoundConfidence: number;
  /** An ordinary word (occupation, company type) weighs this share of an unknown word: it is about no topic, but says little. */
  ordinaryShare: number;
}

/** Word classes the slot builder treats apart from the index (see data/matching). */
export interface WordClasses {
  /** An ordinary word (occupation, company type): evidence for no topic, never a typo. */
  isOrdinary?(folded: string): boolean;
  /** A word of an intent phrase ("ausrechnen", "calculate"): evidence for the intent, never typo-corrected into a topic word. */
  isIntentWord?(folded: string): boolean;
  /** The term a health condition stands for ("Bandscheibenvorfall" → the stem of "Krankheit"), if the word names one. */
  healthTerm?(folded: string): string | undefined;
  /** The keyword a described need stands for ("vorliest" → the stem of "Assistenzkraft"), if the word describes one. */
  needTerm?(folded: string): string | undefined;
  /** The term a modal verb of obligation stands for ("muss" → the stem of "Pflicht"), if the word is one. */
  obligationTerm?(folded: string): string | undefined;
}

// the zu-infinitive of a separable verb: "einzustellen" is "einstellen", "anzupassen" is "anpassen"
const ZU_INFINITIVE = /^(ab|an|auf|aus|bei|ein|fest|mit|nach|um|vor|weiter|zuruck)zu(\p{L}{4,})$/u;

// "muss" asks about a duty, but says less than "Pflicht": half the confidence and half the weight of a word, and only
// for topics whose names hold "Pflicht" (Beschäftigungspflicht, Prüfpflicht), not for every text that mentions one
const OBLIGATION_CONFIDENCE = 0.5;
const OBLIGATION_FIELD_WEIGHT = 1.5;

// "vermittelt" for "Vermittlung": the verb names the noun's topic a little less surely
const VERB_NOUN_CONFIDENCE = 0.9;

// "vorliest" for the Assistenzkraft: the described need names the programme that meets it a little less surely
const NEED_CONFIDENCE = 0.9;

// a health condition inside a compound ("Bandscheibenvorfall") says a little less than the word itself
const HEALTH_CONFIDENCE = 0.85;

/** The shares the eval was tuned with. */
export const DEFAULT_SLOT_WEIGHTS: SlotWeights = { unknownMass: 0.5, compoundConfidence: 0.85, partialCompoundConfidence: 0.6, ordinaryShare: 0 };

const CACHE_LIMIT = 20_000;
// folded word → its slots (without the token)
type WordSlots = Map<string, Omit<QuerySlot, 'token'>[]>;
// a word a description calls for (Token.describes) counts this much of the word typed; below 1 it names no topic
const DESCRIBED_CONFIDENCE = 0.8;
// longer "words" are pasted garbage; splitting them would cost quadratic time
const MAX_WORD_LENGTH = 40;

/**
 * Creates the function that maps content tokens to query slots: ordinary word (unknown, light), exact stem (German or English),
 * intent word (unknown, weightless), health condition (the illness term), compound
 * split into known parts, typo correction, compound with one known part, or unknown. Results per word are
 * cached; the cache is cleared when full.
 */
export function createSlotBuilder(index: TopicIndex, analyzer: Analyzer, correct: (stem: string) => Correction[], weights: SlotWeights = DEFAULT_SLOT_WEIGHTS, classes: WordClasses = {}) {
  const unknownMass = weights.unknownMass * index.rarestIdf;
  // by language and capitalisation, then by the folded word: a look-up by the token's own string, no key built per word
  const caches: Record<TextLanguage, [plain: WordSlots, capitalised: WordSlots]> = { de: [new Map(), new Map()], en: [new Map(), new Map()] };
  let cached = 0;

  const analyse = (token: Token, language: TextLanguage): Omit<QuerySlot, 'token'>[] => {
    const { folded } = token;
    if (token.numeric) {
      const named = index.keywordTerms.has(folded) || index.phraseTerms.has(folded);
      return named ? [{ kind: 'exact', alternatives: [{ term: folded, confidence: 1 }], mass: index.idf(folded) }] : [];
    }
    if (folded.length > MAX_WORD_LENGTH) return [{ kind: 'unknown', alternatives: [], mass: unknownMass }];
    const obligation = classes.obligationTerm?.(folded);
    if (obligation !== undefined && index.postings.has(obligation)) {
      return [{ kind: 'compound', alternatives: [{ term: obligation, confidence: OBLIGATION_CONFIDENCE }], mass: OBLIGATION_CONFIDENCE * index.idf(obligation), minFieldWeight: OBLIGATION_FIELD_WEIGHT }];
    }
    // "Koch" is no typo of "kochen", "Schweißer" none of "Schweiz": an ordinary word is evidence for nothing
    if (classes.isOrdinary?.(folded)) return [{ kind: 'unknown', alternatives: [], mass: unknownMass * weights.ordinaryShare }];
    // "Auszubildende" is a word of its own (the Azubi), not the zu-infinitive of "ausbilden": the rewrite only for a word that names no topic itself
    const plainGerman = analyzer.stem(folded, 'de');
    const german = index.keywordTerms.has(plainGerman) ? plainGerman : analyzer.stem(folded.replace(ZU_INFINITIVE, '$1$2'), 'de');
    // the stem in the question's language first: the English stem of a German word ("arbeitsplatzen") is noise
    const stems = language === 'en' ? [analyzer.stem(folded, 'en'), german, folded] : [german, analyzer.stem(folded, 'en'), folded];
    // …but a capitalised German name inside an English sentence ("What does Gleichstellung mean?") names its topic by its German stem
    const exact = (language === 'en' && token.capitalised ? stems.find((t) => index.keywordTerms.has(t)) : undefined) ?? stems.find((t) => index.postings.has(t));
    // "wer vermittelt?" asks for the Vermittlung, "angepassten Arbeitsplatz" for the Anpassung: the noun a verb form stands for
    const noun = language === 'de' && (exact === undefined || !index.keywordTerms.has(exact))
      ? verbNounBases(folded).map((base) => analyzer.stem(base + 'ung', 'de')).find((t) => t !== exact && index.keywordTerms.has(t))
      : undefined;
    // "… der ihr die Post vorliest" describes a work assistant; the word keeps its own meaning besides
    const need = classes.needTerm?.(folded);
    if (need !== undefined && need !== exact && index.keywordTerms.has(need)) {
      const alternatives = [...(exact !== undefined ? [{ term: exact, confidence: 1 }] : []), { term: need, confidence: NEED_CONFIDENCE }];
      return [{ kind: exact !== undefined ? 'exact' : 'compound', alternatives, mass: Math.max(...alternatives.map((a) => index.idf(a.term))) }];
    }
    if (noun !== undefined) {
      const alternatives = [...(exact !== undefined ? [{ term: exact, confidence: 1 }] : []), { term: noun, confidence: VERB_NOUN_CONFIDENCE }];
      return [{ kind: exact !== undefined ? 'exact' : 'compound', alternatives, mass: Math.max(...alternatives.map((a) => index.idf(a.term))) }];
    }
    if (exact !== undefined) return [{ kind: 'exact', alternatives: [{ term: exact, confidence: 1 }], mass: index.idf(exact) }];
    // "Bandscheibenprobleme", "MS", "Depressionen": an illness at work, though no topic uses the word
    const health = classes.healthTerm?.(folded);
    if (health !== undefined && index.postings.has(health)) return [{ kind: 'compound', alternatives: [{ term: health, confidence: HEALTH_CONFIDENCE }], mass: index.idf(health) }];
    const split = index.splitCompound(folded);
    // "ausrechnen" is no slip of "anrechnen": a word of an intent phrase asks for the calculator, not for a topic
    const intentWord = classes.isIntentWord?.(folded) ?? false;
    // a near-miss of a known word ("Kündigungschutz") beats half a compound
    const corrections = split?.complete || intentWord ? [] : correct(german);
    if (corrections.length > 0) {
      return [{ kind: 'fuzzy', alternatives: corrections, mass: Math.max(...corrections.map((c) => index.idf(c.term))) }];
    }
    if (split && (split.complete || !intentWord)) {
      const confidence = split.complete ? weights.compoundConfidence : weights.partialCompoundConfidence;
      return split.parts.map((part) => {
        const term = analyzer.stem(part, 'de');
        // half a word is known: the slot weighs at least as much as an unknown word ("Doktorarbeit" is not about "Arbeit")
        const mass = split.complete ? index.idf(term) : Math.max(index.idf(term), unknownMass);
        return { kind: split.complete ? 'compound' : 'partial', alternatives: [{ term, confidence }], mass };
      });
    }
    if (intentWord) return [{ kind: 'unknown', alternatives: [], mass: 0 }];
    return [{ kind: 'unknown', alternatives: [], mass: unknownMass }];
  };

  return (tokens: readonly Token[], language: TextLanguage = 'de'): QuerySlot[] =>
    tokens.flatMap((token) => {
      const cache = caches[language][token.capitalised ? 1 : 0];
      let slots = cache.get(token.folded);
      if (!slots) {
        if (cached >= CACHE_LIMIT) {
          for (const byCase of Object.values(caches)) for (const words of byCase) words.clear();
          cached = 0;
        }
        slots = analyse(token, language);
        cache.set(token.folded, slots);
        cached++;
      }
      // a candidate a description calls for (plain-language "names": false) is evidence, weaker than the word typed, and names nothing
      if (token.describes) return slots.map((slot) => ({ ...slot, token, alternatives: slot.alternatives.map((a) => ({ ...a, confidence: a.confidence * DESCRIBED_CONFIDENCE })) }));
      return slots.map((slot) => ({ ...slot, token }));
    });
}
