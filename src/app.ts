import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, UserState, type Storage, type TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { createStateAccessors } from '../dialogs/context/state.js';
import { getTurnLanguageOrDefault } from '../dialogs/context/turnLanguage.js';
import { CommandMatcher } from '../dialogs/commands.js';
import { MainDialog } from '../dialogs/mainDialog.js';
import type { DialogServices } from '../dialogs/services.js';
import { InklusionsBot } from './bot/inklusionsBot.js';
import { UsageCounters } from './bot/usageCounters.js';
import { textMessage } from './cards/messages.js';
import type { Config } from './config.js';
import { loadContent, understandFor, type Content } from './core/content.js';
import { createLocalizer, type AnswerLanguage, type Localizer } from './i18n.js';
import { createLogger, type Logger } from './host/logger.js';
import { registerMessagesRoute } from './host/messagesRoute.js';
import { registerMetricsRoute } from './host/metricsRoute.js';
import { createServer, listening, type Listening } from './host/server.js';
import { registerStaticRoutes } from './host/staticRoutes.js';
import { BoundedMemoryStorage } from './host/storage/boundedMemoryStorage.js';
import { WebChatConversations } from './host/webchat/conversations.js';
import { pageConversationStarter, type StartPageConversation } from './host/webchat/pageConversation.js';
import { OriginPolicy } from './host/webchat/originPolicy.js';
import { RateLimiter } from './host/rateLimiter.js';
import { registerWebChatRoutes } from './host/webchat/routes.js';
import { WebChatChannel } from './host/webchat/webChatChannel.js';
import { PROJECT_ROOT } from './paths.js';

/** The languages loaded at start-up. */
export const LANGUAGES: readonly AnswerLanguage[] = ['de', 'de-x-simple', 'en'];

/** Replaceable parts, for tests and for other hosts. */
export interface AppOptions {
  root?: string;
  logger?: Logger;
  storage?: Storage;
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
  const content = loadContent(root);
  const localizer = createLocalizer(root, content.knowledge, LANGUAGES);
  if (!options.storage && config.state.storage === 'redis') {
    throw new Error('STORAGE=redis: pass the storage from createStorage() (src/host/storage/index.ts) to createApp');
  }
  const storage = options.storage ?? new BoundedMemoryStorage({ ttlMs: config.state.ttlMs, maxEntries: config.state.maxEntries });
  const state = createStateAccessors(new ConversationState(storage), new UserState(storage));
  const stateTtlMinutes = Math.round(config.state.ttlMs / 60_000);
  const services: DialogServices = { content, understand: understandFor(content), localizer, state, commands: new CommandMatcher(localizer, content.regions.districts.map((d) => d.name)), stateTtlMinutes };
  const counters = config.usageCounters ? new UsageCounters(new Set(content.knowledge.topics.map((t) => t.id))) : undefined;
  const bot = new InklusionsBot({ state, localizer, dialog: new MainDialog(services), maxMessageLength: config.maxMessageLength, logger, counters });
  const logic = (context: TurnContext) => bot.run(context);

  const onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ errName: error.name, channel: context.activity.channelId }, 'turn failed');
    const { t, channelLocale } = getTurnLanguageOrDefault(context, localizer);
    await context.sendActivity(textMessage(t('errors.generic'), channelLocale)).catch(() => undefined);
  };
  const channelAdapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(config.botFramework));
  channelAdapter.onTurnError = onTurnError;

  const server = createServer({ maxBodyBytes: config.maxBodyBytes, logger });
  registerMessagesRoute(server, { adapter: channelAdapter, logic, authEnabled: config.botFramework.MicrosoftAppId !== '', logger });
  let startConversation: StartPageConversation | undefined;
  if (config.webchatEnabled) {
    // A separate anonymous adapter: web chat turns always use expectReplies and never leave the process.
    const webChatAdapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    webChatAdapter.onTurnError = onTurnError;
    const channel = new WebChatChannel(webChatAdapter, logic);
    const conversations = new WebChatConversations(storage);
    const limits = { perClient: new RateLimiter(config.rateLimits.perClient), perConversation: new RateLimiter(config.rateLimits.perConversation) };
    registerWebChatRoutes(server, { conversations, channel, origins: new OriginPolicy(config.embedOrigins), limits, logger });
    startConversation = pageConversationStarter({ conversations, channel, perClient: limits.perClient, logger });
  }
  if (counters) registerMetricsRoute(server, counters);
  registerStaticRoutes(server, {
    root,
    t: localizer.translatorFor(LANGUAGES[0]!),
    pageStrings: Object.fromEntries(LANGUAGES.map((l) => [l, localizer.translatorFor(l)('page', { returnObjects: true, minutes: stateTtlMinutes })])),
    stateTtlMinutes,
    embedOrigins: config.embedOrigins,
    health: () => ({ status: 'ok', version: packageVersion(root), topics: content.knowledge.topics.length }),
    startConversation,
  });

  return {
    server,
    content,
    localizer,
    logger,
    ...listening(server),
  };
}
