import { loadKnowledgeBase, type KnowledgeBase } from './knowledge/knowledgeBase.js';

/** The languages every text must exist in. */
export const CONTENT_LANGUAGES = ['de'] as const;

/** Everything the bot knows, loaded and validated once at start-up. */
export interface Content {
  knowledge: KnowledgeBase;
}

/** Loads and validates all content below `root` (the repository root). */
export function loadContent(root: string): Content {
  return { knowledge: loadKnowledgeBase(root, CONTENT_LANGUAGES) };
}
