import type { Activity } from 'botbuilder';
import { escapeHtml } from './pageTemplate.js';

/** Labels of the server-rendered chat around the first messages, in the page's language. */
export interface FirstTurnLabels {
  suggestions: string;
}

/** A message text as paragraphs (blank lines) and line breaks, escaped; markdown marks stay as written. */
const paragraphs = (text: string): string =>
  text
    .split(/\n\s*\n/)
    .filter((part) => part.trim())
    .map((part) => `<p>${escapeHtml(part.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');

/**
 * The bot's first messages as plain HTML: each text message, then the suggested actions of the last message that
 * has some, as buttons that send their value (public/boot.js makes them work before Web Chat has arrived).
 */
export function firstTurnHtml(activities: readonly Partial<Activity>[], labels: FirstTurnLabels): string {
  const messages = activities
    .filter((activity) => activity.type === 'message' && activity.text)
    .map((activity) => `<div class="chat-static__message">${paragraphs(activity.text!)}</div>`)
    .join('');
  const actions = [...activities].reverse().find((activity) => activity.suggestedActions?.actions.length)?.suggestedActions?.actions ?? [];
  const buttons = actions
    .filter((action) => typeof action.value === 'string' || typeof action.title === 'string')
    .map((action) => `<button type="button" class="chat-static__action" data-value="${escapeHtml(String(action.value ?? action.title))}">${escapeHtml(action.title ?? String(action.value))}</button>`)
    .join('');
  const suggestions = buttons ? `<div class="chat-static__actions" role="group" aria-label="${escapeHtml(labels.suggestions)}">${buttons}</div>` : '';
  return `<div class="chat-static__log">${messages}</div>${suggestions}`;
}
