import { checklistQuery, MAX_CHECKLIST_TOPICS } from '../core/checklist/link.js';
import type { AnswerLanguage, Translator } from '../i18n.js';

/** Path of the checklist page on this server. */
export const CHECKLIST_PATH = '/checkliste';

/**
 * Where checklist links of a channel point: `PUBLIC_URL` when it is set; in the web chat without it a path on the
 * page's own server (the chat page resolves it); elsewhere (Teams) nothing, since a card there needs an absolute URL.
 */
export function checklistBaseFor(isWebChat: boolean, publicUrl: string): string | undefined {
  if (publicUrl !== '') return publicUrl;
  return isWebChat ? '' : undefined;
}

/** The checklist link for topics, the district (if known) and the language; it carries nothing else. */
export function checklistUrl(base: string, topicIds: readonly string[], districtKey: string | undefined, language: AnswerLanguage): string {
  const topics = [...new Set(topicIds)].slice(0, MAX_CHECKLIST_TOPICS);
  return `${base}${CHECKLIST_PATH}?${checklistQuery({ topicIds: topics, language, ...(districtKey ? { districtKey } : {}) })}`;
}

/** The "Als Checkliste" button of a card, or nothing when the channel has no usable base or there are no topics. */
export function checklistAction(base: string | undefined, topicIds: readonly string[], districtKey: string | undefined, language: AnswerLanguage, t: Translator): Record<string, unknown>[] {
  if (base === undefined || topicIds.length === 0) return [];
  return [{ type: 'Action.OpenUrl', title: t('checklist:button'), url: checklistUrl(base, topicIds, districtKey, language) }];
}
