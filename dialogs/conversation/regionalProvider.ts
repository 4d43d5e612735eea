import type { Topic } from '../../src/core/knowledge/knowledgeBase.js';
import { landschaftsverbandOf } from '../../src/core/regions/index.js';
import type { DialogServices } from '../services.js';

/** The provider of a topic for the employer's Landschaftsverband ("LWL-Inklusionsamt Arbeit"), when the topic names both. */
export function regionalProvider(services: DialogServices, topic: Topic, districtKey: string | undefined, english: boolean): string | undefined {
  if (!districtKey) return undefined;
  const lv = landschaftsverbandOf(services.content.regions, districtKey)?.toLowerCase();
  const ids = topic.providers ?? [];
  if (!lv || !ids.some((id) => id.includes('lvr')) || !ids.some((id) => id.includes('lwl'))) return undefined;
  const names = ids.filter((id) => id.includes(lv)).map((id) => services.content.knowledge.providers.get(id)?.name[english ? 'en' : 'de']).filter(Boolean);
  return names[0];
}
