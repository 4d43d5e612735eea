import { randomUUID } from 'node:crypto';
import { ActivityTypes, DeliveryModes, type Activity, type CloudAdapter, type TurnContext } from 'botbuilder';
import { WEBCHAT_CHANNEL_ID } from '../../bot/channels.js';
import { NO_CONVERSATION_LOCK, type ConversationLock } from '../storage/conversationLock.js';
import { unavailableCause, type ServiceUnavailableError } from '../unavailable.js';
import type { WebChatConversation } from './conversations.js';
import type { IncomingActivity } from './incomingActivity.js';

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
    private readonly adapter: CloudAdapter,
    private readonly logic: (context: TurnContext) => Promise<void>,
    /** Turns of one conversation run one after another across instances too. */
    private readonly lock: ConversationLock = NO_CONVERSATION_LOCK,
  ) {}

  /** Announces the user to the bot; returns the welcome. */
  start(conversation: WebChatConversation, locale: string | undefined): Promise<Partial<Activity>[]> {
    return this.run(conversation, {
      type: ActivityTypes.ConversationUpdate,
      membersAdded: [{ id: conversation.userId, name: '' }],
      locale,
    });
  }

  /** Sends one user message (text or card submit) and returns all replies of the turn. */
  send(conversation: WebChatConversation, incoming: IncomingActivity): Promise<Partial<Activity>[]> {
    return this.run(conversation, {
      type: ActivityTypes.Message,
      text: incoming.text,
      value: incoming.value,
      locale: incoming.locale,
      channelData: incoming.channelData?.clientActivityID ? { clientActivityID: incoming.channelData.clientActivityID } : undefined,
    });
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
    const activity: Partial<Activity> = {
      ...partial,
      id: randomUUID(),
      timestamp: new Date(),
      channelId: WEBCHAT_CHANNEL_ID,
      serviceUrl: SERVICE_URL,
      deliveryMode: DeliveryModes.ExpectReplies,
      from: { id: conversation.userId, name: '', role: 'user' },
      recipient: BOT_ACCOUNT,
      conversation: { id: conversation.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    };
    const response = new CollectingResponse();
    // The adapter turns every failure into a bare 500; a dependency past its deadline is kept to answer 503.
    let unavailable: ServiceUnavailableError | undefined;
    const logic = (context: TurnContext) => this.logic(context).catch((error: unknown) => {
      unavailable = unavailableCause(error);
      throw error;
    });
    await this.adapter.process({ method: 'POST', headers: {}, body: JSON.parse(JSON.stringify(activity)) as Record<string, unknown> }, response, logic);
    if (unavailable) throw unavailable;
    const body = response.body as { activities?: Partial<Activity>[] } | undefined;
    if (response.statusCode !== 200 || !Array.isArray(body?.activities)) throw new TurnFailedError(`turn ended with status ${response.statusCode}`);
    return body.activities.filter((a) => a.type !== ActivityTypes.Typing);
  }
}

/** The minimal response object `CloudAdapter.process` writes to; keeps status and body. */
class CollectingResponse {
  socket = undefined;
  statusCode = 0;
  body: unknown;
  status(code: number): void { this.statusCode = code; }
  send(body: unknown): void { this.body = body; }
  header(): void {}
  end(): void {}
}
