import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../../../src/core/knowledge/knowledgeBase.js';
import { loadIntents } from '../../../src/core/recognizer/intentData.js';
import { createRecognizer } from '../../../src/core/recognizer/recognizer.js';

/** The repository root (for data/intents.json). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The small test knowledge base below fixtures/. */
export const fixtureRoot = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** A recognizer over the fixture topics and the real intent data (contact and neighbour topics the fixture lacks left out). */
export function fixtureRecognizer() {
  const knowledge = loadKnowledgeBase(fixtureRoot, ['de', 'en']);
  const intents = loadIntents(repoRoot);
  const otherContactTopics = intents.findContact.otherContactTopics.filter((id) => knowledge.byId.has(id));
  const outOfScope = intents.outOfScope.map(({ remitTopic, ...subject }) => (remitTopic && knowledge.byId.has(remitTopic) ? { ...subject, remitTopic } : subject));
  return createRecognizer(knowledge, { ...intents, outOfScope, findContact: { ...intents.findContact, otherContactTopics } });
}
