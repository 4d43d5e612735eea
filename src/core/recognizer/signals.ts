import type { Analyzer } from '../text/analyzer.js';
import type { Token } from '../text/tokenize.js';
import type { IntentData, PhrasesByLanguage } from './intentData.js';
import { coveredIndices, createPhraseFinder, createWordKeys, type PhraseFinder, type PhraseHit } from './phraseMatcher.js';
import type { AnswerLanguage } from './types.js';

/** A conversational request and the words it used. */
export interface ConversationalSignal {
  intent: 'greeting' | 'help' | 'privacy' | 'sources' | 'language';
  language?: AnswerLanguage;
  covered: Set<number>;
}

/** The routing cues found in one message. */
export interface IntentSignals {
  /** Strongest first: language switch, privacy, sources, help, greeting. */
  conversational: ConversationalSignal[];
  contactPhrase: boolean;
  levyPhrase: boolean;
  levyCost: boolean;
  levyWorkforce: boolean;
  finderPhrase: boolean;
  /** Token indices of numbers that are not postcodes. */
  numbers: number[];
  /** Token indices of five-digit numbers (German postcodes). */
  postcodes: number[];
}

const all = (p: PhrasesByLanguage): string[] => [...p.de, ...p['de-x-simple'], ...p.en];
const POSTCODE = /^\d{5}$/;
const SHORT_MESSAGE = 3;

/** Builds the detector of routing cues from `data/intents.json`. */
export function createSignalDetector(data: IntentData, analyzer: Analyzer): (tokens: readonly Token[]) => IntentSignals {
  const wordKeys = createWordKeys(analyzer);
  const conversational: { intent: ConversationalSignal['intent']; language?: AnswerLanguage; find: PhraseFinder }[] = [
    ...(['de-x-simple', 'en', 'de'] as const).map((language) => ({ intent: 'language' as const, language, find: createPhraseFinder(all(data.languageSwitch[language]), wordKeys) })),
    ...(['privacy', 'sources', 'help', 'greeting'] as const).map((intent) => ({ intent, find: createPhraseFinder(all(data.conversational[intent]), wordKeys) })),
  ];
  const contact = createPhraseFinder(all(data.findContact.phrases), wordKeys);
  const levy = createPhraseFinder(all(data.levyCalculator.phrases), wordKeys);
  const cost = createPhraseFinder(all(data.levyCalculator.costTerms), wordKeys);
  const workforce = createPhraseFinder(all(data.levyCalculator.workforceTerms), wordKeys);
  const finder = createPhraseFinder(all(data.programmeFinder.phrases), wordKeys);

  return (tokens) => {
    const keys = tokens.map((t) => wordKeys(t.folded));
    const signals: ConversationalSignal[] = [];
    // a lone greeting or language word inside a longer sentence ("… deutscher Meister …", "… 5 Tage …") is no request
    const standalone = (hit: PhraseHit): boolean => hit.end - hit.start >= 2 || hit.start === 0 || tokens.length <= SHORT_MESSAGE;
    for (const { intent, language, find } of conversational) {
      const hits = find(keys).filter((hit) => (intent !== 'greeting' && intent !== 'language') || standalone(hit));
      if (hits.length > 0) signals.push({ intent, ...(language ? { language } : {}), covered: coveredIndices(hits) });
    }
    const numeric = tokens.filter((t) => t.numeric);
    return {
      conversational: signals,
      contactPhrase: contact(keys).length > 0,
      levyPhrase: levy(keys).length > 0,
      levyCost: cost(keys).length > 0,
      levyWorkforce: workforce(keys).length > 0,
      finderPhrase: finder(keys).length > 0,
      numbers: numeric.filter((t) => !POSTCODE.test(t.raw)).map((t) => t.index),
      postcodes: numeric.filter((t) => POSTCODE.test(t.raw)).map((t) => t.index),
    };
  };
}
