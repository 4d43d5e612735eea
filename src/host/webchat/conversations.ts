import { randomBytes } from 'node:crypto';
import type { Storage } from 'botbuilder';

/** A conversation of the self-hosted web chat, as issued by the server. */
export interface WebChatConversation {
  conversationId: string;
  userId: string;
}

// Its own namespace: botbuilder's ConversationState uses `webchat/conversations/<id>/`.
const KEY_PREFIX = 'webchat-registry/conversations/';
const ID_PATTERN = /^[A-Za-z0-9_-]{32}$/;

/** 24 random bytes: unguessable, URL-safe, 32 characters. */
const newId = (): string => randomBytes(24).toString('base64url');

/**
 * The registry of web chat conversations, kept in the bot's state storage so that every instance sharing the
 * storage accepts every conversation, and conversations expire with the state.
 */
export class WebChatConversations {
  constructor(private readonly storage: Storage) {}

  /** Issues a new conversation with server-chosen ids. */
  async create(): Promise<WebChatConversation> {
    const conversation = { conversationId: newId(), userId: `webchat-user-${newId()}` };
    await this.storage.write({ [KEY_PREFIX + conversation.conversationId]: { ...conversation, eTag: '*' } });
    return conversation;
  }

  /** The conversation with this id, or undefined when it is unknown, expired or malformed. */
  async find(conversationId: string): Promise<WebChatConversation | undefined> {
    if (!ID_PATTERN.test(conversationId)) return undefined;
    const key = KEY_PREFIX + conversationId;
    const item = (await this.storage.read([key]))[key] as Partial<WebChatConversation> | undefined;
    if (!item?.userId) return undefined;
    return { conversationId, userId: item.userId };
  }
}
