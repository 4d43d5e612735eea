import { randomUUID } from 'node:crypto';
import { ActivityTypes, DeliveryModes, type Activity, type TurnContext } from 'botbuilder';
import { WEBCHAT_CHANNEL_ID } from '../../bot/channels.js';
import { NO_CONVERSATION_LOCK, type ConversationLock } from '../storage/conversationLock.js';
import { unavailableCause, type ServiceUnavailableError } from '../unavailable.js';
import type { WebChatConversation } from './conversations.js';
import type { IncomingActivity } from './incomingActivity.js';
import type { WebChatAdapter } from './webChatAdapter.js';

/** The service URL of the self-hosted web chat: `.invalid` never resolves (RFC 2606). */
const SERVICE_URL = 'https://webchat.invalid/';
const BOT_ACCOUNT = { id: 'inklusionslotse-nrw', name: 'Inklusionslotse NRW', role: 'bot' };

/** Thrown when the adapter did not answer a turn with its buffered replies. */
export class TurnFailedError extends Error {}

/**
 * Runs web chat turns through the bot with `deliveryMode: expectReplies`, so the replies come back in the
 * response and the adapter never sends anything anywhere.
 * @remarks Every id, the service URL and the channel are set here from the server-issued conversation; nothing
 * the client sends can point the bot at another conversation or another host.
 */
export class WebChatChannel {
  /** Turns of one conversation run one after another within this process. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly adapter: WebChatAdapter,
    private readonly logic: (context: TurnContext) => Promise<void>,
    /** Turns of one conversation run one after another across instances too. */
    private readonly lock: ConversationLock = NO_CONVERSATION_LOCK,
  ) {}

  /** Announces the user to the bot; returns the welcome. */
  start(conversation: WebChatConversation, locale: string | undefined): Promise<Partial<Activity>[]> {
    return this.run(conversation, withoutUndefined({
      type: ActivityTypes.ConversationUpdate,
      membersAdded: [{ id: conversation.userId, name: '' }],
      locale,
    }));
  }

  /** Sends one user message (text or card submit) and returns all replies of the turn. */
  send(conversation: WebChatConversation, incoming: IncomingActivity): Promise<Partial<Activity>[]> {
    return this.run(conversation, withoutUndefined({
      type: ActivityTypes.Message,
      text: incoming.text,
      value: incoming.value,
      locale: incoming.locale,
      channelData: incoming.channelData?.clientActivityID ? { clientActivityID: incoming.channelData.clientActivityID } : undefined,
    }));
  }

  private run(conversation: WebChatConversation, partial: Partial<Activity>): Promise<Partial<Activity>[]> {
    const previous = this.queues.get(conversation.conversationId) ?? Promise.resolve();
    const turn = previous.catch(() => undefined)
      .then(() => this.lock.run(`${WEBCHAT_CHANNEL_ID}/${conversation.conversationId}`, () => this.process(conversation, partial)));
    this.queues.set(conversation.conversationId, turn);
    void turn.catch(() => undefined).finally(() => {
      if (this.queues.get(conversation.conversationId) === turn) this.queues.delete(conversation.conversationId);
    });
    return turn;
  }

  private async process(conversation: WebChatConversation, partial: Partial<Activity>): Promise<Partial<Activity>[]> {
    const activity = {
      ...partial,
      id: randomUUID(),
      timestamp: new Date(),
      channelId: WEBCHAT_CHANNEL_ID,
      serviceUrl: SERVICE_URL,
      deliveryMode: DeliveryModes.ExpectReplies,
      from: { id: conversation.userId, name: '', role: 'user' },
      recipient: { ...BOT_ACCOUNT },
      conversation: { id: conversation.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    } as Activity;
    // A failed turn rejects; a dependency past its deadline is kept to answer 503.
    let unavailable: ServiceUnavailableError | undefined;
    const logic = (context: TurnContext) => this.logic(context).catch((error: unknown) => {
      unavailable = unavailableCause(error);
      throw error;
    });
    const answer = await this.adapter.runTurn(activity, logic).catch((error: unknown) => {
      throw unavailable ?? new TurnFailedError('turn failed', { cause: error });
    });
    const body = answer?.body as { activities?: Partial<Activity>[] } | undefined;
    if (answer?.status !== 200 || !Array.isArray(body?.activities)) throw new TurnFailedError(`turn ended with status ${answer?.status}`);
    return body.activities.filter((a) => a.type !== ActivityTypes.Typing);
  }
}

/** The fields of `partial` that are set: an activity as the client's JSON would carry it. */
function withoutUndefined(partial: Partial<Activity>): Partial<Activity> {
  return Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined));
}
