import { ActivityTypes, CardFactory, type Activity, type TurnContext } from 'botbuilder';

/** True in a Teams channel or group chat (not the personal chat with the bot). */
export function isTeamsGroupConversation(activity: Partial<Activity>): boolean {
  return activity.channelId === 'msteams' && activity.conversation?.conversationType !== 'personal';
}

/**
 * Removes the bot's own @mention, which Teams puts into the text in channels and group chats.
 * @remarks Written out instead of botbuilder's `removeRecipientMention`, which fails the turn on a mention entity
 * without `mentioned` or an activity without `recipient`; such entities are skipped here.
 */
export function stripBotMention(context: TurnContext): void {
  const { activity } = context;
  const botId = activity.recipient?.id;
  if (typeof activity.text !== 'string' || !Array.isArray(activity.entities) || typeof botId !== 'string') return;
  const ownMentions = activity.entities.filter((e) => e?.type === 'mention' && (e.mentioned as { id?: unknown } | undefined)?.id === botId && typeof e.text === 'string' && e.text !== '');
  if (ownMentions.length === 0) return;
  let text = activity.text;
  for (const mention of ownMentions) text = text.replace(mention.text as string, ' ');
  activity.text = text.replace(/\s+/g, ' ').trim();
}

/**
 * Teams shows suggested actions only in the personal chat. In channels and group chats they become card buttons
 * that post the same text (Teams' imBack on Action.Submit).
 */
export function adaptSuggestionsForTeamsGroups(activities: Partial<Activity>[]): void {
  for (const activity of activities) {
    const actions = activity.suggestedActions?.actions;
    if (activity.type !== ActivityTypes.Message || !actions?.length) continue;
    delete activity.suggestedActions;
    const buttons = actions.map((a) => ({ type: 'Action.Submit', title: a.title, data: { msteams: { type: 'imBack', value: String(a.value) } } }));
    activity.attachments = [...(activity.attachments ?? []), CardFactory.adaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [], actions: buttons })];
  }
}
