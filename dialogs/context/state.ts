import type { ConversationState, StatePropertyAccessor, UserState } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { ConversationContext } from '../../src/core/conversation/index.js';
import type { AnswerLanguage } from '../../src/i18n.js';
import { TurnCachedProperty } from './turnCachedProperty.js';

/** What the bot remembers about a conversation (short-lived, expires with the storage). */
export interface ConversationData {
  welcomed?: boolean;
  /** The district key the employer named, offered again in later answers. */
  districtKey?: string;
  /** The topic answered last, re-sent when the user switches the language. */
  lastTopicId?: string;
  /** Messages of this conversation so far (in the turn log: how far into a conversation a question came). */
  turns?: number;
  /** Topic, overview, facet, levy figures and an interrupted dialog (ids and numbers only). */
  conversation?: ConversationContext;
}

/** What the bot remembers about a user: only the chosen answer language. */
export interface UserProfile {
  language?: AnswerLanguage;
}

/** The state property accessors every part of the bot shares. */
export interface BotStateAccessors {
  conversationState: ConversationState;
  userState: UserState;
  dialogState: StatePropertyAccessor<DialogState>;
  conversationData: StatePropertyAccessor<ConversationData>;
  userProfile: StatePropertyAccessor<UserProfile>;
}

/** Creates the accessors over the given states. */
export function createStateAccessors(conversationState: ConversationState, userState: UserState): BotStateAccessors {
  return {
    conversationState,
    userState,
    dialogState: conversationState.createProperty<DialogState>('dialogState'),
    // read about ten times a turn (see TurnCachedProperty)
    conversationData: new TurnCachedProperty(conversationState.createProperty<ConversationData>('conversationData')),
    userProfile: userState.createProperty<UserProfile>('userProfile'),
  };
}
