import { ActivityTypes, ConversationState, TestAdapter, UserState, type Activity, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { CommandMatcher } from '../../dialogs/commands.js';
import { createStateAccessors } from '../../dialogs/context/state.js';
import { MainDialog } from '../../dialogs/mainDialog.js';
import { DialogSet, DialogTurnStatus, WaterfallDialog } from '../../dialogs/sdk.js';
import { LANGUAGES } from '../app.js';
import { InklusionsBot } from '../bot/inklusionsBot.js';
import { loadContent, understandFor } from '../core/content.js';
import type { Understand, Understanding } from '../core/understand.js';
import { createMessageLanguageDetector } from '../core/recognizer/questionLanguage.js';
import { createMemoryStorage } from '../host/storage/partitionedStorage.js';
import { createLocalizer } from '../i18n.js';
import type { MixQuestion } from './questionMix.js';
import { BENCH_LOCALE } from './webChatClient.js';
import { SnapshotConversationState, SnapshotUserState } from '../host/storage/snapshotState.js';

/** Runs one message turn of a conversation in-process (typed text, or a button's value) and resolves with the bot's replies. */
export type InProcessTurn = (conversationId: string, text: string | undefined, locale?: string, value?: unknown) => Promise<Partial<Activity>[]>;

const STATE = { ttlMs: 30 * 60_000, maxConversations: 10_000 };

/** A TestAdapter (no HTTP) over the production memory storage, on the web chat channel the load benchmark uses. */
function adapterFor(logic: (context: TurnContext) => Promise<void>): InProcessTurn {
  const adapter = new TestAdapter(logic);
  return async (conversationId, text, locale = BENCH_LOCALE, value) => {
    await adapter.processActivity({ type: ActivityTypes.Message, text, ...(value === undefined ? {} : { value }), locale, channelId: 'webchat', conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' } });
    return adapter.activeQueue.splice(0);
  };
}

/** How the benchmark may change the bot to see what a stage costs (never used for the bot that answers people). */
export interface BotAblation {
  /**
   * Understanding (recognizer, place resolution, levy figures of the recognizer's decision) answered from a table of
   * the mix's own messages after their first turn: what a turn costs without it. The table holds the benchmark's
   * made-up messages only and lives as long as the benchmark.
   */
  understandOnce?: boolean;
}

/** `understand` answering a message it has seen from its first answer (see BotAblation.understandOnce). */
function understandOnce(understand: Understand): Understand {
  const seen = new Map<string, Understanding>();
  return (input, context) => {
    const key = `${context?.inRemit === true ? 1 : 0}${typeof input === 'string' ? input : input.text}`;
    let understood = seen.get(key);
    if (!understood) seen.set(key, (understood = understand(input, context)));
    return understood;
  };
}

/** The real bot as `createApp` wires it (content, localizer, dialogs, state), without the HTTP host. */
export function inProcessBot(root: string, ablation: BotAblation = {}): InProcessTurn {
  const content = loadContent(root);
  const localizer = createLocalizer(root, content.knowledge, LANGUAGES);
  const storage = createMemoryStorage(STATE);
  const state = createStateAccessors(new SnapshotConversationState(storage), new SnapshotUserState(storage));
  const commands = new CommandMatcher(localizer, content.regions.districts.map((d) => d.name));
  const services = { content, understand: ablation.understandOnce ? understandOnce(understandFor(content)) : understandFor(content), localizer, state, commands, stateTtlMinutes: 30 };
  const bot = new InklusionsBot({ state, localizer, dialog: new MainDialog(services), maxMessageLength: 2_000, detectLanguage: createMessageLanguageDetector(content.intents) });
  return adapterFor((context) => bot.run(context));
}

/** The dialog floor of `bench:load` in-process: an echo through a DialogSet with conversation and user state saved every turn. */
export function inProcessFloor(): InProcessTurn {
  const storage = createMemoryStorage(STATE);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const turns = conversationState.createProperty<number>('turns');
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
  dialogs.add(new WaterfallDialog('echo', [async (step) => {
    await step.context.sendActivity(step.context.activity.text ?? '');
    return step.endDialog();
  }]));
  return adapterFor(async (context) => {
    await turns.set(context, (await turns.get(context, 0)) + 1);
    const dialogContext = await dialogs.createContext(context);
    const result = await dialogContext.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dialogContext.beginDialog('echo');
    await conversationState.saveChanges(context, false);
    await userState.saveChanges(context, false);
  });
}

/** Sends `turns` messages of the mix, `conversations` conversations in turn, each walking the mix from its own offset (as bench:load). */
export async function runMix(turn: InProcessTurn, mix: readonly MixQuestion[], turns: number, conversations = 10): Promise<void> {
  for (let i = 0; i < turns; i++) {
    const conversation = i % conversations;
    const step = Math.floor(i / conversations);
    await turn(`bench-${conversation}`, mix[(conversation * 7 + step) % mix.length]!.text);
  }
}
