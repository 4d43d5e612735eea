import { loadKnowledgeBase, type KnowledgeBase } from './knowledge/knowledgeBase.js';
import { loadLevyRates, type LevyRateTable } from './levy/index.js';
import { loadIntents } from './recognizer/intentData.js';
import { createRecognizer } from './recognizer/recognizer.js';
import { loadRegions, type Regions } from './regions/index.js';
import { createUnderstand, placeFinderFor, type Understand } from './understand.js';

/** The languages every text must exist in: standard German, Einfache Sprache, English. */
export const CONTENT_LANGUAGES = ['de', 'de-x-simple', 'en'] as const;

/** Everything the bot knows, loaded and validated once at start-up. */
export interface Content {
  knowledge: KnowledgeBase;
  regions: Regions;
  intents: ReturnType<typeof loadIntents>;
  levyRates: LevyRateTable;
}

/** Loads and validates all content below `root` (the repository root). */
export function loadContent(root: string): Content {
  return {
    knowledge: loadKnowledgeBase(root, CONTENT_LANGUAGES),
    regions: loadRegions(root),
    intents: loadIntents(root),
    levyRates: loadLevyRates(root),
  };
}

/** The one `understand` function over loaded content: the recognizer plus place resolution. */
export function understandFor(content: Content): Understand {
  return createUnderstand(createRecognizer(content.knowledge, content.intents), placeFinderFor(content.regions));
}
