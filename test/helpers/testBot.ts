import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { createStateAccessors } from '../../dialogs/context/state.js';
import { CommandMatcher } from '../../dialogs/commands.js';
import { MainDialog } from '../../dialogs/mainDialog.js';
import { LANGUAGES } from '../../src/app.js';
import { InklusionsBot, type BotDeps } from '../../src/bot/inklusionsBot.js';
import { loadContent, understandFor } from '../../src/core/content.js';
import { createMessageLanguageDetector } from '../../src/core/recognizer/questionLanguage.js';
import { createLocalizer } from '../../src/i18n.js';
import { BoundedMemoryStorage } from '../../src/host/storage/boundedMemoryStorage.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { SnapshotConversationState, SnapshotUserState } from '../../src/host/storage/snapshotState.js';

const root = PROJECT_ROOT;
const content = loadContent(root);
const localizer = createLocalizer(root, content.knowledge, LANGUAGES);
const understand = understandFor(content);
const detectLanguage = createMessageLanguageDetector(content.intents);
const commands = new CommandMatcher(localizer, content.regions.districts.map((d) => d.name));

/** The real bot on a botbuilder TestAdapter, with fresh in-memory state. */
/** `clock`: the day the dialogs take as today (the system clock when absent). */
export function createTestBot(options: { channelId?: string; locale?: string; maxMessageLength?: number; logger?: BotDeps['logger']; clock?: () => Date } = {}) {
  const storage = new BoundedMemoryStorage({ ttlMs: 60_000, maxEntries: 1_000 });
  const state = createStateAccessors(new SnapshotConversationState(storage), new SnapshotUserState(storage));
  const services = { content, understand, localizer, state, commands, stateTtlMinutes: 30, clock: options.clock };
  const bot = new InklusionsBot({ state, localizer, dialog: new MainDialog(services), detectLanguage, maxMessageLength: options.maxMessageLength ?? 2_000, logger: options.logger });
  const adapter = new TestAdapter((context) => bot.run(context));
  adapter.locale = options.locale ?? 'de-DE';
  adapter.template.locale = adapter.locale;
  if (options.channelId) adapter.template.channelId = options.channelId;
  return { adapter, storage, localizer, content };
}

/** Sends one activity and returns every reply of that turn. */
export async function turn(adapter: TestAdapter, activity: string | Partial<Activity>): Promise<Partial<Activity>[]> {
  const sent = adapter.activeQueue.length;
  await adapter.receiveActivity(typeof activity === 'string' ? { type: ActivityTypes.Message, text: activity } : activity);
  return adapter.activeQueue.splice(sent);
}

/** Everything the replies of a turn show: each reply's text and card, one reply a line. */
export const shown = (replies: Partial<Activity>[]): string => replies.map((r) => `${r.text ?? ''} ${JSON.stringify(r.attachments?.[0]?.content ?? {})}`).join('\n');

/** Runs a conversation through the real bot and returns what the replies to its last message show. */
export async function lastReply(messages: readonly string[], locale = 'de-DE', clock?: () => Date): Promise<string> {
  const { adapter } = createTestBot({ locale, clock });
  let replies: Partial<Activity>[] = [];
  for (const message of messages) replies = await turn(adapter, message);
  return shown(replies);
}
