import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import type { QuerySlot } from './querySlots.js';

/** What the clause weigher needs to know about terms and openers. */
export interface ClauseVocabulary {
  /** Folded openers of a self-description ("wir sind", "we are"). */
  openers: readonly string[];
  /** A word of the remit (Behinderung, Inklusion …): a sentence with one is never mere self-description. */
  isDomainMarker(term: string): boolean;
  /** The term names one topic (a rare keyword): a sentence with one is never mere self-description. */
  namesTopic(term: string): boolean;
  /** Head-count and company words (Mitarbeiter, Arbeitsplätze, Betrieb): evidence for nothing in a statement. */
  isNeutral(term: string): boolean;
  /** A folded word of the ordinary-word list: "Stadtverwaltung" in a self-description names no topic, whatever the index says. */
  isListedOrdinary(folded: string): boolean;
  /** The term stands in a keyword-like field of some in-scope topic. */
  keywordOfTopic(term: string): boolean;
  /** The term is a rare keyword (see `namesTopic`) of an in-scope topic that is no office ("Kündigungsschutz"; not "Inklusionsamt", not "Geld"). */
  namesSubject(term: string): boolean;
}

// conjunctions that open a condition inside a question ("…, wenn …", "…, if …")
const CONDITIONS = new Set(['wenn', 'falls', 'sofern', 'if']);

/** How much a statement beside a question that names a topic counts: the situation, not the subject ("… GdB von 50 bekommen. Dürfen wir kündigen?"). 0.6 let a strong keyword of the statement outvote the question. */
export const CONTEXT_WEIGHT = 0.2;

/**
 * How much such a statement counts for the topics the question itself matches: it tells which of them is meant
 * ("… aus der Werkstatt fest einstellen. Gibt es dafür einen Lohnkostenzuschuss?" → Budget für Arbeit, not the EGZ).
 */
export const SITUATION_WEIGHT = 0.6;

/** How much the words of a self-description count as evidence for a topic: a little ("Stadtverwaltung" hints at the Fachstellen). */
export const SELF_DESCRIPTION_WEIGHT = 0.3;

/**
 * How much a word the knowledge does not know weighs in a statement beside a question that names no topic ("Ein Monteur
 * hatte einen Motorradunfall … Wie gehen wir das an?"): the description tells circumstances (trades, dates, vehicles) that
 * no topic names, and they must not dilute the words of the situation that do ("Rollstuhl", "Rückkehr").
 */
export const DESCRIPTION_UNKNOWN_WEIGHT = 0.3;

/** Whether folded words, from position `start`, begin with one of the self-description openers ("wir sind", "we are"). */
export function openerMatcher(openers: readonly string[]): (words: readonly string[], start?: number) => boolean {
  const folded = openers.map((o) => tokenize(o).map((t) => t.folded));
  return (words, start = 0) => folded.some((o) => o.every((w, i) => words[start + i] === w));
}

/**
 * Creates the weigher of a message's sentences: the words of a self-description ("Wir sind eine
 * Stadtverwaltung mit 850 Beschäftigten.") weigh {@link SELF_DESCRIPTION_WEIGHT}, all others 1. A message
 * that is nothing but self-description (or whose other sentences have no content word) keeps every word.
 * A statement beside a question that names a topic, and a condition ("…, wenn …") after a question clause that
 * names a subject by a rare keyword, weigh {@link CONTEXT_WEIGHT}: they tell the situation, not the subject.
 */
export function createClauseWeigher(vocabulary: ClauseVocabulary): (text: string, slots: readonly QuerySlot[]) => QuerySlot[] {
  const startsWithOpener = openerMatcher(vocabulary.openers);

  return (text, slots) => {
    const sentences = splitSentences(text);
    const sentenceOf = new Map<number, number>();
    // "Wie ist die Lage beim Kündigungsschutz, wenn er den Ausweis erst beantragt hat?": a condition after a question that
    // names a topic is its situation, like a statement beside it (the first position of each such clause)
    const conditionStarts: number[] = [];
    let offset = 0;
    const selfDescription = sentences.map((sentence, s) => {
      const words = tokenize(sentence.text).map((t) => t.folded);
      for (let i = 0; i < words.length; i++) sentenceOf.set(offset + i, s);
      if (sentence.question) {
        const at = words.findIndex((w, i) => i > 0 && CONDITIONS.has(w));
        if (at > 0) conditionStarts.push(offset + at);
      }
      const own = slots.filter((slot) => slot.token.index >= offset && slot.token.index < offset + words.length);
      offset += words.length;
      if (sentence.question) return false;
      const terms = own.filter((slot) => !vocabulary.isListedOrdinary(slot.token.folded)).flatMap((slot) => slot.alternatives.map((a) => a.term));
      if (terms.some((t) => vocabulary.isDomainMarker(t) || vocabulary.namesTopic(t))) return false;
      return startsWithOpener(words) || terms.every(vocabulary.isNeutral);
    });
    const sentenceIndex = (slot: QuerySlot): number => sentenceOf.get(slot.token.index) ?? -1;
    const names = (slot: QuerySlot): boolean => slot.alternatives.some((a) => vocabulary.keywordOfTopic(a.term));
    // an office named in the question is its addressee or payer ("Muss ich dem Inklusionsamt Bescheid geben, wenn …")
    const namesSubject = (slot: QuerySlot): boolean => slot.alternatives.some((a) => vocabulary.namesSubject(a.term));
    // the conditions whose own sentence names a subject before them
    const situations = conditionStarts.filter((start) => slots.some((slot) => slot.token.index < start && sentenceOf.get(slot.token.index) === sentenceOf.get(start) && namesSubject(slot)));
    const conditionOf = (slot: QuerySlot): boolean => situations.some((start) => slot.token.index >= start && sentenceOf.get(start) === sentenceIndex(slot));
    const kept = slots.filter((slot) => !selfDescription[sentenceIndex(slot)]);
    if (kept.length === 0 || (sentences.length < 2 && situations.length === 0)) return [...slots];
    // a question that names a topic itself weighs most: "… einen GdB von 50 bekommen. Dürfen wir ihm noch kündigen?"
    const asks = kept.some((slot) => sentences[sentenceIndex(slot)]?.question && !conditionOf(slot) && names(slot));
    // "… sitzt jetzt im Rollstuhl. Wie gehen wir das an?": a question that names nothing leaves the subject to the description
    // (a question with a word the knowledge knows as written, "Gibt das Land was für die Küche?", keeps its description whole)
    const vague = !asks && sentences.some((sentence) => sentence.question) && !kept.some((slot) => sentences[sentenceIndex(slot)]?.question && slot.kind === 'exact');
    const unknownWord = (slot: QuerySlot): boolean => slot.kind === 'unknown' || slot.kind === 'partial';
    const weightOf = (slot: QuerySlot): number => {
      const s = sentenceIndex(slot);
      if (selfDescription[s]) return SELF_DESCRIPTION_WEIGHT;
      if (vague && !sentences[s]?.question && unknownWord(slot)) return DESCRIPTION_UNKNOWN_WEIGHT;
      // "Ein Mann aus der Werkstatt will bei uns eine Lehre machen. Wer zahlt die Vergütung?": the situation decides
      if (slot.token.decides) return 1;
      if (asks && !sentences[s]?.question) return CONTEXT_WEIGHT;
      return conditionOf(slot) ? CONTEXT_WEIGHT : 1;
    };
    return slots.map((slot) => {
      const weight = weightOf(slot);
      if (weight === 1) return slot;
      return weight === CONTEXT_WEIGHT ? { ...slot, weight, situationWeight: SITUATION_WEIGHT } : { ...slot, weight };
    });
  };
}
