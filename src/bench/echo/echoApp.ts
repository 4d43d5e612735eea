import { ActivityHandler, ConversationState, UserState, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { DialogSet, DialogTurnStatus, WaterfallDialog } from '../../../dialogs/sdk.js';
import type { Server } from 'restify';
import type { Config } from '../../config.js';
import { clientAddress, clientLimitKey } from '../../host/clientAddress.js';
import type { Logger } from '../../host/logger.js';
import { RateLimiter } from '../../host/rateLimiter.js';
import { createServer, listening, type Listening } from '../../host/server.js';
import { createMemoryStorage } from '../../host/storage/partitionedStorage.js';
import { WebChatConversations } from '../../host/webchat/conversations.js';
import { OriginPolicy } from '../../host/webchat/originPolicy.js';
import { registerWebChatRoutes } from '../../host/webchat/routes.js';
import { WebChatAdapter } from '../../host/webchat/webChatAdapter.js';
import { WebChatChannel } from '../../host/webchat/webChatChannel.js';

/** The echo server: listen and close as in `createApp`. */
export interface EchoApp extends Listening {
  server: Server;
}

/**
 * A bot that greets and echoes, and keeps a turn counter in conversation state and a flag in user state so both
 * states are read and saved every turn, as the real bot's are.
 */
class EchoBot extends ActivityHandler {
  constructor(private readonly conversationState: ConversationState, private readonly userState: UserState, dialogFloor: boolean) {
    super();
    const turns = conversationState.createProperty<number>('turns');
    const seen = userState.createProperty<boolean>('seen');
    const echo = dialogFloor ? dialogEcho(conversationState) : (context: TurnContext) => context.sendActivity(context.activity.text ?? '');
    this.onMembersAdded(async (context, next) => {
      await seen.set(context, true);
      await context.sendActivity('Echo bot ready.');
      await next();
    });
    this.onMessage(async (context, next) => {
      await turns.set(context, (await turns.get(context, 0)) + 1);
      await echo(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }
}

/**
 * The echo as the dialog floor: a DialogSet with one waterfall dialog that echoes and ends, its dialog state in
 * conversation state (continued first, begun when nothing is active), as the real bot runs its MainDialog.
 */
function dialogEcho(conversationState: ConversationState): (context: TurnContext) => Promise<unknown> {
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
  dialogs.add(new WaterfallDialog('echo', [async (step) => {
    await step.context.sendActivity(step.context.activity.text ?? '');
    return step.endDialog();
  }]));
  return async (context) => {
    const dialogContext = await dialogs.createContext(context);
    const result = await dialogContext.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dialogContext.beginDialog('echo');
  };
}

/**
 * The baseline of the load benchmark: the bot's own HTTP stack (restify server, web chat routes, origin policy,
 * rate limiters, CloudAdapter with expectReplies, bounded memory storage, conversation and user state) with an
 * echo instead of recognizer, dialogs and cards. With `dialogFloor`, the echo runs through a DialogSet: the floor of any
 * bot built on botbuilder-dialogs.
 */
export function createEchoApp(config: Config, logger: Logger, dialogFloor = false): EchoApp {
  const storage = createMemoryStorage(config.state);
  const bot = new EchoBot(new ConversationState(storage), new UserState(storage), dialogFloor);
  const adapter = new WebChatAdapter();
  adapter.onTurnError = async (context, error) => {
    logger.error({ errName: error.name, channel: context.activity.channelId }, 'turn failed');
    await context.sendActivity('error').catch(() => undefined);
  };

  const server = createServer({ maxBodyBytes: config.maxBodyBytes, logger, requestTimeoutMs: config.network.requestTimeoutMs });
  const limits = { perClient: new RateLimiter(config.rateLimits.perClient), perConversation: new RateLimiter(config.rateLimits.perConversation) };
  const channel = new WebChatChannel(adapter, (context) => bot.run(context));
  registerWebChatRoutes(server, { conversations: new WebChatConversations(storage), channel, origins: new OriginPolicy(config.embedOrigins), limits, clientKey: (req) => clientLimitKey(clientAddress(req, config.network.trustProxyHops)), logger });

  return { server, ...listening(server) };
}
