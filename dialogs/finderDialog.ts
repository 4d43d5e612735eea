import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { DialogContext, DialogInstance, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog, DialogTurnStatus } from './sdk.js';
import { textMessage } from '../src/cards/messages.js';
import { nextStep, previousStep, type FinderRules } from '../src/core/finder/index.js';
import { getTurnLanguage } from './context/turnLanguage.js';
import { answerButton, answerReaderFor, answerReply, chooseDistrict, fillFromText, fitsStep, QUESTION, takeAnswer, type AnswerReader } from './finder/answers.js';
import { finderPrompt, PLACE_STEP, type FinderQuestion } from './finder/promptCard.js';
import { answersSummary, sendFinderResult } from './finder/result.js';
import { emptyFinderState, type FinderState } from './finder/state.js';
import { leaveForDigression, takeSuspended } from './conversation/digression.js';
import { asksToClarify, handleInterruption } from './interruptions.js';
import { sendTopic } from './replies.js';
import type { DialogServices } from './services.js';

/** Options to start the programme finder with. */
export interface FinderDialogOptions {
  /** The message that started it; what it already says (situation, person, size, place) is not asked again. */
  text?: string;
  /** Go on where the search was left for another request. */
  resume?: boolean;
}

/** Replies in a row that are neither an answer nor a question before the finder gives up. */
const MAX_TRIES = 3;
/** Commands that belong to another dialog: the finder ends and the main dialog handles the message. */
const HANDED_OVER = new Set(['findContact', 'levy', 'privacy']);

/**
 * "Förderprogramme": the guided programme finder. Asks the situation, the person, the size of the firm and the
 * place — only what the rules need and the employer has not said yet — and answers with the fitting programmes,
 * each with its reason, and the responsible EAA. "Zurück", "Neu starten" and "Abbrechen" work at every step; a
 * question in between is answered and the step asked again.
 */
export class FinderDialog extends Dialog<FinderDialogOptions> {
  static readonly id = 'finder';
  private readonly rules: FinderRules;
  private readonly reader: AnswerReader;

  constructor(private readonly services: DialogServices) {
    super(FinderDialog.id);
    this.rules = services.content.finder;
    this.reader = answerReaderFor(this.rules, services.content.regions, services.localizer);
  }

  override async beginDialog(dc: DialogContext, options: FinderDialogOptions = {}): Promise<DialogTurnResult> {
    const suspended = await takeSuspended(dc.context, this.services, 'finder');
    if (options.resume && suspended) {
      const resumed = Object.assign(dc.activeDialog!.state as FinderState, suspended);
      // a place the conversation learned while the search was left ("wer ist für 44623 zuständig?") answers its place step
      if (!resumed.placeDone) Object.assign(resumed, await this.freshState(dc.context), { answers: resumed.answers, asking: resumed.asking });
      // "Wir wollen jemanden einstellen" after the resume offer answers the step that was left
      if (takeAnswer(this.reader, resumed, options.text ?? '')) return this.advance(dc, resumed);
      return this.reprompt(dc, resumed);
    }
    const state = Object.assign(dc.activeDialog!.state as FinderState, await this.freshState(dc.context));
    if (options.text) fillFromText(this.reader, state, options.text);
    if (!this.isComplete(state)) await this.sendIntro(dc.context, state);
    return this.advance(dc, state);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { activity } = dc.context;
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as FinderState;
    const value = (activity.value ?? {}) as { finder?: unknown; step?: unknown; districtKey?: unknown; topic?: unknown };
    if (typeof value.finder === 'string' && typeof value.step === 'string' && answerButton(this.reader, state, value.step, value.finder)) return this.advance(dc, state);
    if (typeof value.districtKey === 'string' && chooseDistrict(this.reader, state, value.districtKey)) return this.advance(dc, state);
    if (typeof value.topic === 'string' && (await sendTopic(dc.context, this.services, value.topic))) return this.reprompt(dc, state);

    const command = this.services.commands.match(activity.text, activity.value);
    if (command === 'back') return this.goBack(dc, state);
    if (command === 'restart' || command === 'programmes') {
      Object.assign(state, await this.freshState(dc.context));
      return this.advance(dc, state, 'finder:restarted');
    }
    if (command && HANDED_OVER.has(command)) return dc.endDialog();

    const text = command ? '' : (activity.text ?? '');
    const fits = fitsStep(this.reader, state, text);
    // "Was meinen Sie damit?": how to answer, and the same question again
    if (text && asksToClarify(this.services, dc.context) && !fits) return this.reprompt(dc, state, 'finder:clarify');
    const left = command ? undefined : await leaveForDigression(dc, this.services, 'finder', fits, state);
    if (left) return left;
    if (answerReply(this.reader, state, text)) return this.advance(dc, state);
    const looksLikeQuestion = QUESTION.test(text.trim());
    if (!looksLikeQuestion && fillFromText(this.reader, state, text)) return this.advance(dc, state);
    const interruption = await handleInterruption(dc, this.services, { questions: true });
    if (interruption === 'cancelled') return { status: DialogTurnStatus.cancelled };
    if (interruption === 'answered') return this.reprompt(dc, state);
    if (looksLikeQuestion && fillFromText(this.reader, state, text)) return this.advance(dc, state);
    return this.notUnderstood(dc, state);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.prompt(context, instance.state as FinderState);
  }

  /** A new search: nothing answered; the place the conversation already named counts as known. */
  private async freshState(context: TurnContext): Promise<FinderState> {
    const { districtKey } = await this.services.state.conversationData.get(context, {});
    return emptyFinderState(districtKey && this.services.content.regions.districtsByKey.has(districtKey) ? districtKey : undefined);
  }

  private isComplete(state: FinderState): boolean {
    return !nextStep(this.rules, state.answers) && state.placeDone;
  }

  /** Asks the next open question, or answers when nothing is open. */
  private async advance(dc: DialogContext, state: FinderState, noteKey?: string): Promise<DialogTurnResult> {
    state.tries = 0;
    const step = nextStep(this.rules, state.answers);
    state.asking = step ? step.id : state.placeDone ? undefined : PLACE_STEP;
    if (state.asking) return this.reprompt(dc, state, noteKey);
    await sendFinderResult(dc.context, this.services, state);
    return dc.endDialog({ answers: state.answers, districtKey: state.districtKey });
  }

  /** "Zurück": the previous question, whether it was asked or filled from the first message. */
  private async goBack(dc: DialogContext, state: FinderState): Promise<DialogTurnResult> {
    const previous = state.asking ? previousStep(this.rules, state.answers, state.asking) : undefined;
    if (!previous) return this.reprompt(dc, state, 'finder:firstStep');
    if (state.asking === PLACE_STEP) state.placeOptions = undefined;
    delete state.answers[previous.id];
    state.asking = previous.id;
    return this.reprompt(dc, state);
  }

  private async notUnderstood(dc: DialogContext, state: FinderState): Promise<DialogTurnResult> {
    state.tries += 1;
    if (state.tries < MAX_TRIES) return this.reprompt(dc, state, state.asking === PLACE_STEP ? 'finder:place.notFound' : 'finder:notUnderstood');
    const { t, channelLocale } = getTurnLanguage(dc.context);
    await dc.context.sendActivity(textMessage(t('finder:giveUp'), channelLocale, [t('actions.programmes'), t('actions.findContact'), t('actions.help')]));
    return dc.endDialog();
  }

  private async reprompt(dc: DialogContext, state: FinderState, noteKey?: string): Promise<DialogTurnResult> {
    await this.prompt(dc.context, state, noteKey);
    return Dialog.EndOfTurn;
  }

  private async prompt(context: TurnContext, state: FinderState, noteKey?: string): Promise<void> {
    const step = this.rules.steps.find((s) => s.id === state.asking);
    const question: FinderQuestion = step ? { kind: 'step', step } : state.placeOptions ? { kind: 'choosePlace', options: state.placeOptions } : { kind: 'place' };
    const canGoBack = state.asking !== undefined && previousStep(this.rules, state.answers, state.asking) !== undefined;
    await context.sendActivity(finderPrompt(context, question, { noteKey, canGoBack }));
  }

  /** Says what the finder does and what it already understood from the first message. */
  private async sendIntro(context: TurnContext, state: FinderState): Promise<void> {
    const { t, channelLocale } = getTurnLanguage(context);
    const summary = answersSummary(state, this.rules, this.services.content.regions, t);
    const text = summary ? `${t('finder:intro')}\n\n${t('finder:understood', { answers: summary })}` : t('finder:intro');
    await context.sendActivity(textMessage(text, channelLocale));
  }
}
