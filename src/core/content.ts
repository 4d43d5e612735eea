import { loadKnowledgeBase, type KnowledgeBase } from './knowledge/knowledgeBase.js';
import { loadRegions, type Regions } from './regions/index.js';

/** The languages every text must exist in: standard German, Einfache Sprache, English. */
export const CONTENT_LANGUAGES = ['de', 'de-x-simple', 'en'] as const;

/** Everything the bot knows, loaded and validated once at start-up. */
export interface Content {
  knowledge: KnowledgeBase;
  regions: Regions;
}

/** Loads and validates all content below `root` (the repository root). */
export function loadContent(root: string): Content {
  return { knowledge: loadKnowledgeBase(root, CONTENT_LANGUAGES), regions: loadRegions(root) };
}
