import type { KnowledgeBase } from '../../src/core/knowledge/knowledgeBase.js';

/** `build` for a topic of a knowledge base, made on first use and kept per knowledge base and topic id. */
export function perTopic<T>(build: (knowledge: KnowledgeBase, id: string) => T): (knowledge: KnowledgeBase, id: string) => T {
  const cache = new WeakMap<KnowledgeBase, Map<string, T>>();
  return (knowledge, id) => {
    let byTopic = cache.get(knowledge);
    if (!byTopic) cache.set(knowledge, (byTopic = new Map()));
    if (!byTopic.has(id)) byTopic.set(id, build(knowledge, id));
    return byTopic.get(id)!;
  };
}
