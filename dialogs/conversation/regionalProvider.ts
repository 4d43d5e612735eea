import { narrowTopicText, type Landschaftsverband } from '../../src/core/conversation/index.js';
import type { Topic } from '../../src/core/knowledge/knowledgeBase.js';
import { landschaftsverbandOf } from '../../src/core/regions/index.js';
import type { TurnContext } from 'botbuilder';
import { textMessage } from '../../src/cards/messages.js';
import { placeResolution } from '../../src/core/understand.js';
import { getTurnLanguage } from '../context/turnLanguage.js';
import { readText } from '../context/turnMessage.js';
import type { DialogServices } from '../services.js';

/** The topic names the offices of both Landschaftsverbände among its providers: which one is responsible depends on the place. */
export function namesBothOffices(topic: Topic | undefined): boolean {
  const ids = topic?.providers ?? [];
  return ids.some((id) => id.includes('lvr')) && ids.some((id) => id.includes('lwl'));
}

/** The provider of a topic for the employer's Landschaftsverband ("LWL-Inklusionsamt Arbeit"), when the topic names both. */
export function regionalProvider(services: DialogServices, topic: Topic, districtKey: string | undefined, english: boolean): string | undefined {
  if (!districtKey) return undefined;
  const lv = landschaftsverbandOf(services.content.regions, districtKey)?.toLowerCase();
  const ids = topic.providers ?? [];
  if (!lv || !namesBothOffices(topic)) return undefined;
  const names = ids.filter((id) => id.includes(lv)).map((id) => services.content.knowledge.providers.get(id)?.name[english ? 'en' : 'de']).filter(Boolean);
  return names[0];
}

const narrowed = new WeakMap<Topic, Map<Landschaftsverband, Topic>>();

/**
 * The topic as the employer of a known district reads it: where its texts offer "LVR-Inklusionsamt … oder
 * LWL-Inklusionsamt …", only the office of the district's Landschaftsverband is named (in every language).
 * Without a known district, the topic itself. Made once per topic and Landschaftsverband.
 */
export function regionalTopic(services: DialogServices, topic: Topic, districtKey: string | undefined): Topic {
  const lv = districtKey ? landschaftsverbandOf(services.content.regions, districtKey) : undefined;
  if (!lv) return topic;
  let byRegion = narrowed.get(topic);
  if (!byRegion) narrowed.set(topic, (byRegion = new Map()));
  let result = byRegion.get(lv);
  if (!result) {
    const names = services.content.conversation.regionalNames;
    const other = lv === 'LVR' ? 'lwl' : 'lvr';
    // a related topic of the other Landschaftsverband alone ("LVR-Inklusionsamt" for Kreis Unna) is no longer offered
    const related = topic.related?.filter((id) => !id.includes(other) || id.includes(lv.toLowerCase()));
    result = { ...topic, ...(related ? { related } : {}), texts: Object.fromEntries(Object.entries(topic.texts).map(([language, text]) => [language, narrowTopicText(text, lv, names)])) };
    byRegion.set(lv, result);
  }
  return result;
}

/**
 * "Wir liegen übrigens in Moers – zahlen wir das an den LWL?": says that not the office named but `office`, the one of
 * the place's Landschaftsverband, is responsible for the business in the district the message or the conversation names
 * (`districtKey`), else in the region the message names ("am Niederrhein"), before the answer that follows; with `ofPlace`
 * ("Ist das der LVR oder der LWL?") only which one the place belongs to.
 */
export async function sendOtherAssociation(context: TurnContext, services: DialogServices, office: string, districtKey: string | undefined, key: 'otherOffice' | 'ofPlace' = 'otherOffice'): Promise<void> {
  const { regions } = services.content;
  const { t, channelLocale, language } = getTurnLanguage(context);
  const found = readText(context, context.activity.text ?? '', placeResolution(regions));
  const region = found.kind === 'ambiguous' ? found.region : undefined;
  const district = districtKey ? regions.districtsByKey.get(districtKey) : undefined;
  const lv = district?.landschaftsverband ?? region?.landschaftsverband;
  const place = district?.name ?? (language === 'en' ? region?.englishName ?? region?.name : region?.name);
  if (!lv || !place || !office.endsWith(`-${lv.toLowerCase()}`)) return;
  const named = lv === 'LVR' ? 'LWL' : 'LVR';
  await context.sendActivity(textMessage(t(`places:association.${key}`, { district: place, named, office: t(`places:office.${lv}`), association: t(`places:association.${lv}`) }), channelLocale));
}
