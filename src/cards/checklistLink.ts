import { checklistQuery, MAX_CHECKLIST_TOPICS } from '../core/checklist/link.js';
import type { AnswerLanguage, Translator } from '../i18n.js';

/** Path of the checklist page on this server. */
export const CHECKLIST_PATH = '/checkliste';

/**
 * Where "Als Checkliste" leads in a channel: in the web chat to the page (absolute with `PUBLIC_URL`, else a path
 * the chat page resolves); elsewhere (Teams) to a checklist card the bot sends, which links the page when
 * `PUBLIC_URL` is set (a Teams card cannot open a relative link).
 */
export type ChecklistTarget = { kind: 'page'; base: string } | { kind: 'card' };

/** The checklist target of a channel. */
export function checklistTargetFor(isWebChat: boolean, publicUrl: string): ChecklistTarget {
  return isWebChat ? { kind: 'page', base: publicUrl } : { kind: 'card' };
}

/** The checklist link for topics, the district (if known) and the language; it carries nothing else. */
export function checklistUrl(base: string, topicIds: readonly string[], districtKey: string | undefined, language: AnswerLanguage): string {
  const topics = [...new Set(topicIds)].slice(0, MAX_CHECKLIST_TOPICS);
  return `${base}${CHECKLIST_PATH}?${checklistQuery({ topicIds: topics, language, ...(districtKey ? { districtKey } : {}) })}`;
}

/** The card data that asks the bot for the checklist card: the same ids the link carries, nothing else. */
export interface ChecklistRequestValue {
  checklist: { topics: string[]; districtKey?: string };
}

/** The "Als Checkliste" button of a card (none without a target or topics). */
export function checklistAction(target: ChecklistTarget | undefined, topicIds: readonly string[], districtKey: string | undefined, language: AnswerLanguage, t: Translator): Record<string, unknown>[] {
  if (!target || topicIds.length === 0) return [];
  const title = t('checklist:button');
  if (target.kind === 'page') return [{ type: 'Action.OpenUrl', title, url: checklistUrl(target.base, topicIds, districtKey, language) }];
  const data: ChecklistRequestValue = { checklist: { topics: [...new Set(topicIds)].slice(0, MAX_CHECKLIST_TOPICS), ...(districtKey ? { districtKey } : {}) } };
  return [{ type: 'Action.Submit', title, data }];
}
