import { createHash } from 'node:crypto';
import { ActivityHandler, ActivityTypes, type TurnContext } from 'botbuilder';
import type { BotStateAccessors } from '../../dialogs/context/state.js';
import { recordedTurn, type TurnLogFields } from '../../dialogs/context/turnLog.js';
import { getTurnLanguage, resolveTurnLanguage, setTurnLanguage } from '../../dialogs/context/turnLanguage.js';
import type { MainDialog } from '../../dialogs/mainDialog.js';
import { sendWelcome } from '../../dialogs/welcome.js';
import { textMessage } from '../cards/messages.js';
import { normalizeUnicode } from '../core/text/normalizeUnicode.js';
import { WEBCHAT_CHANNEL_ID } from './channels.js';
import { loggableId } from './logFields.js';
import { adaptSuggestionsForTeamsGroups, isTeamsGroupConversation, stripBotMention } from './teams.js';
import type { Localizer } from '../i18n.js';
import type { MessageLanguageDetector } from '../core/recognizer/questionLanguage.js';

/** What the bot is built from. */
export interface BotDeps {
  state: BotStateAccessors;
  localizer: Localizer;
  dialog: MainDialog;
  /** Longer messages get a friendly request to shorten them and never reach the recognizer. */
  maxMessageLength: number;
  /** One line per turn: ids, intent, topic ids, latency, status — never text. Skipped when `info` is not enabled. */
  logger?: { info(fields: object, message: string): void; isLevelEnabled?(level: string): boolean };
  /** Follows the language a message is written in or asks for (English in a German chat and back). */
  detectLanguage?: MessageLanguageDetector;
  /** Anonymous usage counts (USAGE_COUNTERS); told what each message turn recorded, never its text. */
  counters?: { record(turn: TurnLogFields): void };
}

/** A short pseudonym of a conversation id, so log lines of one conversation can be grouped without the id. */
const pseudonym = (id: unknown): string | undefined => (typeof id === 'string' && id ? createHash('sha256').update(id).digest('base64url').slice(0, 12) : undefined);

/**
 * The activity handler: sets the turn's language, greets once per conversation, guards the input and runs the
 * main dialog; state is saved after every turn.
 * @remarks Message turns run {@link InklusionsBot.onMessageTurn} directly: `ActivityHandler` would pass them through
 * about a dozen nested async steps (turn, message and dialog events) without handlers. Every other activity goes
 * through `ActivityHandler`, so register message handling here, not with `onMessage`, `onTurn` or `onDialog`.
 */
export class InklusionsBot extends ActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();
    this.onMembersAdded(async (context, next) => {
      await this.prepareTurn(context);
      if (this.shouldWelcome(context)) await this.welcomeOnce(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const started = performance.now();
    let status = 'ok';
    let conversationTurn: number | undefined;
    try {
      if (context.activity.type === ActivityTypes.Message) {
        // Message turns only: other activities (typing, events) keep writing no state.
        const data = await this.deps.state.conversationData.get(context, {});
        conversationTurn = data.turns = (data.turns ?? 0) + 1;
        await this.onMessageTurn(context);
      } else {
        await super.run(context);
      }
      await this.deps.state.conversationState.saveChanges(context, false);
      await this.deps.state.userState.saveChanges(context, false);
    } catch (error) {
      status = 'error';
      throw error;
    } finally {
      const { activity } = context;
      if (activity.type === ActivityTypes.Message) this.deps.counters?.record(recordedTurn(context));
      // The line's fields (a hash of the conversation id among them) are built only when the line is written.
      if (this.deps.logger?.isLevelEnabled?.('info') !== false) this.deps.logger?.info({
        turn: loggableId(activity.id),
        conversation: pseudonym(activity.conversation?.id),
        conversationTurn,
        channel: loggableId(activity.channelId),
        type: loggableId(activity.type),
        ...recordedTurn(context),
        replies: context.responded,
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
        status,
      }, 'turn');
    }
  }

  private async onMessageTurn(context: TurnContext): Promise<void> {
    stripBotMention(context);
    // The one place where message text enters: every dialog and core function sees it normalised.
    if (typeof context.activity.text === 'string') context.activity.text = normalizeUnicode(context.activity.text);
    await this.prepareTurn(context);
    if (await this.rejectedInput(context)) return;
    await this.deps.dialog.run(context);
  }

  private async prepareTurn(context: TurnContext): Promise<void> {
    setTurnLanguage(context, await resolveTurnLanguage(context, this.deps.state, this.deps.localizer, this.deps.detectLanguage));
    if (isTeamsGroupConversation(context.activity)) {
      context.onSendActivities(async (_ctx, activities, next) => {
        adaptSuggestionsForTeamsGroups(activities);
        return next();
      });
    }
    if (context.activity.channelId === WEBCHAT_CHANNEL_ID) {
      // The page follows the answer language (lang attribute, UI strings); `locale` cannot tell Einfache Sprache apart.
      context.onSendActivities(async (ctx, activities, next) => {
        const { language } = getTurnLanguage(ctx);
        for (const activity of activities) activity.channelData = { ...(activity.channelData as object | undefined), answerLanguage: language };
        return next();
      });
    }
  }

  /** Web Chat and the Emulator announce the user; Teams announces the bot itself when the app is added. */
  private shouldWelcome(context: TurnContext): boolean {
    const { activity } = context;
    const botId = activity.recipient?.id;
    const added = activity.membersAdded ?? [];
    if (activity.channelId === 'msteams') {
      return activity.conversation?.conversationType === 'personal' && added.some((m) => m.id === botId);
    }
    return added.some((m) => m.id !== botId);
  }

  private async welcomeOnce(context: TurnContext): Promise<void> {
    const data = await this.deps.state.conversationData.get(context, {});
    if (data.welcomed) return;
    data.welcomed = true;
    await sendWelcome(context);
  }

  /** Answers empty, oversized and non-text messages itself; returns true when it did. */
  private async rejectedInput(context: TurnContext): Promise<boolean> {
    const { activity } = context;
    const text = typeof activity.text === 'string' ? activity.text : '';
    const hasValue = activity.value !== undefined && activity.value !== null;
    const { t, channelLocale } = getTurnLanguage(context);
    let key: string | undefined;
    if (text.length > this.deps.maxMessageLength) key = 'input.tooLong';
    else if (text.trim() === '' && !hasValue) key = (activity.attachments?.length ?? 0) > 0 ? 'input.unsupported' : 'input.empty';
    if (!key) return false;
    await context.sendActivity(textMessage(t(key, { max: this.deps.maxMessageLength }), channelLocale, [t('actions.help')]));
    return true;
  }
}
