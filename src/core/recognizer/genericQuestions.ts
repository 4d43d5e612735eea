import type { Analyzer } from '../text/analyzer.js';
import { foldGerman } from '../text/fold.js';
import type { QuerySlot } from './querySlots.js';
import type { TopicIndex } from './topicIndex.js';

/**
 * A term at least this rare says something about the topic: below it, a word stands in about a third of all
 * documents or more ("Arbeit", "Behinderung", "Hilfe", "Firma", "Geld", "einstellen"). A term that stands alone in
 * a keyword-like field ("Arbeitsagentur") is specific whatever its rarity.
 */
export const SPECIFIC_IDF = 1;
// words of a self-description (0.3) or of a context beside a topic-naming question (0.2) are not what is asked
const ASKED_WEIGHT = 0.5;

/**
 * Creates the test for a plain request for help that names nothing specific: "Wer hilft mir, wenn ich Fragen zu
 * Arbeit und Behinderung habe?", "Ich will einen Mann mit Behinderung in meiner Firma. Wer hilft mir?". Such a
 * message asks for help (a help word of `data/matching/plain-language.json`, or a contact phrase) and every other
 * word it weighs fully is a word of nearly every topic. Its best answer is the one-stop advice point, not the topic
 * that happens to repeat "Arbeit" and "helfen" most.
 */
export function createGenericHelpTest(index: TopicIndex, analyzer: Analyzer, helpWords: readonly string[]): (slots: readonly QuerySlot[], contactPhrase: boolean) => boolean {
  const helpTerms = new Set(helpWords.map((w) => analyzer.stem(foldGerman(w), 'de')));
  const isHelp = (slot: QuerySlot): boolean => slot.alternatives.some((a) => helpTerms.has(a.term));
  return (slots, contactPhrase) => {
    const asked = slots.filter((slot) => slot.alternatives.length > 0 && (slot.weight ?? 1) >= ASKED_WEIGHT);
    if (!contactPhrase && !asked.some(isHelp)) return false;
    return asked.every((slot) => isHelp(slot) || slot.alternatives.every((a) => index.idf(a.term) < SPECIFIC_IDF && index.keywordDf(a.term) === 0));
  };
}
