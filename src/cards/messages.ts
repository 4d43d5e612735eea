import { ActionTypes, ActivityTypes, type Activity, type CardAction } from 'botbuilder';

/** Suggested actions shown at most; Teams shows only the first three. */
const MAX_SUGGESTIONS = 3;

/** Suggested actions whose labels are sent back as text (imBack), at most three. */
export function suggestedActions(labels: readonly string[]): NonNullable<Activity['suggestedActions']> {
  return { to: [], actions: labels.slice(0, MAX_SUGGESTIONS).map((label): CardAction => ({ type: ActionTypes.ImBack, title: label, value: label })) };
}

/** A plain text reply in the channel's locale, with optional suggested actions (their labels are sent back as text). */
export function textMessage(text: string, channelLocale: string, suggestions: readonly string[] = []): Partial<Activity> {
  const message: Partial<Activity> = { type: ActivityTypes.Message, text, locale: channelLocale, textFormat: 'markdown' };
  if (suggestions.length > 0) message.suggestedActions = suggestedActions(suggestions);
  return message;
}
