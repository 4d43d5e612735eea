import type { Activity } from 'botbuilder';
import type { Logger } from '../logger.js';
import type { RateLimiter } from '../rateLimiter.js';
import type { WebChatConversations } from './conversations.js';
import type { WebChatChannel } from './webChatChannel.js';

/** A conversation the server started for the chat page: its id and the bot's first replies (the welcome). */
export interface PageConversation {
  conversationId: string;
  activities: Partial<Activity>[];
}

/** Starts the conversation of one page view for the client at `clientKey`; undefined when it may not or could not. */
export type StartPageConversation = (clientKey: string, locale: string) => Promise<PageConversation | undefined>;

/**
 * Starts conversations for the chat page as `POST /api/webchat/conversations` does, under the same per-client
 * limit; a refusal or a failed turn gives undefined, and the page then starts its conversation itself.
 */
export function pageConversationStarter(deps: { conversations: WebChatConversations; channel: WebChatChannel; perClient: RateLimiter; logger: Logger }): StartPageConversation {
  return async (clientKey, locale) => {
    if (!deps.perClient.take(clientKey).allowed) return undefined;
    try {
      const conversation = await deps.conversations.create();
      return { conversationId: conversation.conversationId, activities: await deps.channel.start(conversation, locale) };
    } catch (error) {
      deps.logger.warn({ errName: (error as Error).name }, 'page conversation not started');
      return undefined;
    }
  };
}
