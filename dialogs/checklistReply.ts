import type { TurnContext } from 'botbuilder';
import { checklistMessage } from '../src/cards/checklistCard.js';
import { checklistUrl } from '../src/cards/checklistLink.js';
import { checklistQuery, parseChecklistQuery } from '../src/core/checklist/link.js';
import { getTurnLanguage } from './context/turnLanguage.js';
import type { DialogServices } from './services.js';

/** The `checklist` of a card button's value (see ChecklistRequestValue), or undefined. */
function checklistValue(value: unknown): { topics: unknown; districtKey?: unknown } | undefined {
  const checklist = (value as { checklist?: unknown } | undefined)?.checklist;
  return checklist && typeof checklist === 'object' ? (checklist as { topics: unknown; districtKey?: unknown }) : undefined;
}

/**
 * Answers an "Als Checkliste" button pressed outside the web chat (Teams) with the checklist card. The value is
 * checked as strictly as a link: known topic ids and district only. Returns false when the value is no such request.
 */
export async function sendChecklistCard(context: TurnContext, services: DialogServices): Promise<boolean> {
  const value = checklistValue(context.activity.value);
  if (!value || !Array.isArray(value.topics) || !value.topics.every((id) => typeof id === 'string')) return false;
  const { t, language, channelLocale } = getTurnLanguage(context);
  const districtKey = typeof value.districtKey === 'string' ? value.districtKey : undefined;
  const { content, localizer } = services;
  const parsed = parseChecklistQuery(checklistQuery({ topicIds: value.topics as string[], language, ...(districtKey ? { districtKey } : {}) }), {
    languages: localizer.languages,
    topicIds: content.knowledge.byId,
    districtKeys: content.regions.districtsByKey,
  });
  if (!parsed.ok) return false;
  const pageUrl = services.publicUrl ? checklistUrl(services.publicUrl, parsed.request.topicIds, parsed.request.districtKey, language) : undefined;
  await context.sendActivity(checklistMessage({ request: parsed.request, content, t, channelLocale, ...(pageUrl ? { pageUrl } : {}) }));
  return true;
}
