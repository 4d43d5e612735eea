import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CloudAdapter, type Storage, type TurnContext } from 'botbuilder';
import type { Request, Server } from 'restify';
import { createStateAccessors } from '../dialogs/context/state.js';
import { getTurnLanguageOrDefault } from '../dialogs/context/turnLanguage.js';
import { CommandMatcher } from '../dialogs/commands.js';
import { MainDialog } from '../dialogs/mainDialog.js';
import type { DialogServices } from '../dialogs/services.js';
import { InklusionsBot } from './bot/inklusionsBot.js';
import { loggableId } from './bot/logFields.js';
import { UsageCounters } from './bot/usageCounters.js';
import { textMessage } from './cards/messages.js';
import type { Config } from './config.js';
import { understandFor, type Content } from './core/content.js';
import { loadStartContent } from './core/snapshot/startContent.js';
import { createMessageLanguageDetector } from './core/recognizer/questionLanguage.js';
import { useStemSnapshot } from './core/text/stem.js';
import { readStemSnapshot, STEM_SNAPSHOT_PATH } from './core/text/stemSnapshotFile.js';
import { createLocalizer, type AnswerLanguage, type Localizer } from './i18n.js';
import { ChannelAuthentication } from './host/auth/channelAuthentication.js';
import { installSigningKeyDeadlines } from './host/auth/signingKeys.js';
import { clientAddress, clientLimitKey } from './host/clientAddress.js';
import { createLogger, type Logger } from './host/logger.js';
import { registerChecklistRoutes } from './host/checklist/checklistRoute.js';
import { registerMessagesRoute } from './host/messagesRoute.js';
import { registerMetricsRoute } from './host/metricsRoute.js';
import { createServer, listening, type Listening } from './host/server.js';
import { registerStaticRoutes } from './host/staticRoutes.js';
import { createMemoryStorage } from './host/storage/partitionedStorage.js';
import { NO_CONVERSATION_LOCK, type ConversationLock } from './host/storage/conversationLock.js';
import { withStateTtl } from './host/storage/stateTtlScope.js';
import { unavailableCause } from './host/unavailable.js';
import { WebChatConversations } from './host/webchat/conversations.js';
import { pageConversationStarter, type StartPageConversation } from './host/webchat/pageConversation.js';
import { OriginPolicy } from './host/webchat/originPolicy.js';
import { RateLimiter } from './host/rateLimiter.js';
import { registerWebChatRoutes } from './host/webchat/routes.js';
import { WebChatAdapter } from './host/webchat/webChatAdapter.js';
import { WebChatChannel } from './host/webchat/webChatChannel.js';
import { PROJECT_ROOT } from './paths.js';
import { SnapshotConversationState, SnapshotUserState } from './host/storage/snapshotState.js';

/** The languages loaded at start-up. */
export const LANGUAGES: readonly AnswerLanguage[] = ['de', 'de-x-simple', 'en'];

/** After a failed fetch of the signing keys, token validation answers 503 at once for this long. */
const SIGNING_KEYS_BACKOFF_MS = 10_000;

/** Replaceable parts, for tests and for other hosts. */
export interface AppOptions {
  root?: string;
  logger?: Logger;
  storage?: Storage;
  /** One turn at a time per conversation across instances (with Redis); none by default. */
  lock?: ConversationLock;
  /** Whether the storage answers (readiness); always true by default. */
  storageReady?: () => Promise<boolean>;
}

/** The running bot: its HTTP server and what it was built from. */
export interface App extends Listening {
  server: Server;
  content: Content;
  localizer: Localizer;
  logger: Logger;
}

const packageVersion = (root: string): string =>
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

/** Wires content, state, dialogs, bot, adapters and routes together. */
export function createApp(config: Config, options: AppOptions = {}): App {
  const root = options.root ?? PROJECT_ROOT;
  const logger = options.logger ?? createLogger(config.logLevel);
  // Stems computed at build time (npm run build); without them the indexes are stemmed here, with the same result.
  const stems = readStemSnapshot(join(root, STEM_SNAPSHOT_PATH));
  if (stems) useStemSnapshot(stems);
  // Validated content and its indexes as `npm run build` stored them; loaded and validated here when the sources changed since.
  const { content, from } = loadStartContent(root);
  logger.info({ content: from }, 'content loaded');
  const localizer = createLocalizer(root, content.knowledge, LANGUAGES);
  if (!options.storage && config.state.storage === 'redis') {
    throw new Error('STORAGE=redis: pass the storage from createStorage() (src/host/storage/index.ts) to createApp');
  }
  const storage = options.storage ?? createMemoryStorage(config.state);
  const state = createStateAccessors(new SnapshotConversationState(storage), new SnapshotUserState(storage));
  const stateTtlMinutes = Math.round(config.state.ttlMs / 60_000);
  const services: DialogServices = { content, understand: understandFor(content), localizer, state, commands: new CommandMatcher(localizer, content.regions.districts.map((d) => d.name)), stateTtlMinutes, publicUrl: config.publicUrl };
  const counters = config.usageCounters ? new UsageCounters(new Set(content.knowledge.topics.map((t) => t.id))) : undefined;
  const bot = new InklusionsBot({ state, localizer, dialog: new MainDialog(services), maxMessageLength: config.maxMessageLength, detectLanguage: createMessageLanguageDetector(content.intents), logger, counters });
  const logic = (context: TurnContext) => bot.run(context);
  const lock = options.lock ?? NO_CONVERSATION_LOCK;

  const onTurnError = async (context: TurnContext, error: Error) => {
    // A dependency past its deadline or a busy conversation: the request fails (503/429) and may be retried.
    if (unavailableCause(error)) throw error;
    logger.error({ errName: loggableId(error.name), channel: loggableId(context.activity.channelId) }, 'turn failed');
    const { t, channelLocale } = getTurnLanguageOrDefault(context, localizer);
    await context.sendActivity(textMessage(t('errors.generic'), channelLocale)).catch(() => undefined);
  };
  const authEnabled = config.botFramework.MicrosoftAppId !== '';
  if (authEnabled) installSigningKeyDeadlines({ timeoutMs: config.signingKeysTimeoutMs, failureBackoffMs: SIGNING_KEYS_BACKOFF_MS });
  const channelAdapter = new CloudAdapter(new ChannelAuthentication(config.botFramework, config.channelOpenIdMetadataUrl));
  channelAdapter.onTurnError = onTurnError;

  const { trustProxyHops, maxConnectionsPerClient, requestTimeoutMs } = config.network;
  // Behind a reverse proxy every connection comes from the proxy: it caps connections, this server cannot tell clients apart.
  const server = createServer({ maxBodyBytes: config.maxBodyBytes, logger, requestTimeoutMs, maxConnectionsPerClient: trustProxyHops > 0 ? 0 : maxConnectionsPerClient });
  // One budget per client for the web chat and unauthenticated /api/messages together.
  const limits = { perClient: new RateLimiter(config.rateLimits.perClient), perConversation: new RateLimiter(config.rateLimits.perConversation) };
  const clientKey = (req: Request) => clientLimitKey(clientAddress(req, trustProxyHops));
  const lockedLogic = (context: TurnContext) => lock.run(`${context.activity.channelId}/${context.activity.conversation.id}`, () => logic(context));
  // Without an app id anyone can start /api/messages turns: their state expires sooner (Redis).
  const channelLogic = authEnabled ? lockedLogic : (context: TurnContext) => withStateTtl(config.state.unauthenticatedTtlMs, () => lockedLogic(context));
  registerMessagesRoute(server, {
    adapter: channelAdapter,
    logic: channelLogic,
    authEnabled,
    unauthenticated: { emulatorReplies: config.emulatorReplies, limits, clientKey },
    logger,
  });
  let startConversation: StartPageConversation | undefined;
  if (config.webchatEnabled) {
    // A separate anonymous adapter: web chat turns always use expectReplies and never leave the process.
    const webChatAdapter = new WebChatAdapter();
    webChatAdapter.onTurnError = onTurnError;
    const channel = new WebChatChannel(webChatAdapter, logic, lock);
    const conversations = new WebChatConversations(storage);
    registerWebChatRoutes(server, { conversations, channel, origins: new OriginPolicy(config.embedOrigins), limits, clientKey, logger });
    startConversation = pageConversationStarter({ conversations, channel, perClient: limits.perClient, logger });
  }
  if (counters) registerMetricsRoute(server, counters);
  registerChecklistRoutes(server, { root, content, localizer, publicUrl: config.publicUrl, embedOrigins: config.embedOrigins });
  registerStaticRoutes(server, {
    root,
    t: localizer.translatorFor(LANGUAGES[0]!),
    pageStrings: Object.fromEntries(LANGUAGES.map((l) => [l, localizer.translatorFor(l)('page', { returnObjects: true, minutes: stateTtlMinutes })])),
    stateTtlMinutes,
    embedOrigins: config.embedOrigins,
    health: async () => {
      const storageUp = await (options.storageReady ?? (async () => true))();
      return { status: storageUp ? 'ok' : 'unavailable', storage: storageUp ? 'up' : 'down', version: packageVersion(root), topics: content.knowledge.topics.length };
    },
    startConversation,
    clientKey,
  });

  return {
    server,
    content,
    localizer,
    logger,
    ...listening(server),
  };
}
