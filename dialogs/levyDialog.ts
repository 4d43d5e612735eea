import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { DialogContext, DialogInstance, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog, DialogTurnStatus } from './sdk.js';
import { levyAnswer, type LevyPayee } from '../src/cards/levyCard.js';
import { suggestedActions, textMessage } from '../src/cards/messages.js';
import { calculateLevy, MAX_WORKPLACES, parseLevyQuestion, type LevyInputProblem } from '../src/core/levy/index.js';
import { landschaftsverbandOf, resolvePlace } from '../src/core/regions/index.js';
import { getTurnLanguage } from './context/turnLanguage.js';
import { LEVY_TOPIC } from '../src/core/conversation/index.js';
import { tokenizeQuestion } from '../src/core/levy/questionTokens.js';
import { conversationContext, rememberTopic } from './conversation/context.js';
import { leaveForDigression, takeSuspended } from './conversation/digression.js';
import { handleInterruption } from './interruptions.js';
import { say, suggestions } from './replies.js';
import type { DialogServices } from './services.js';

/** Options to start the calculator with. */
export interface LevyDialogOptions {
  /** The message that started it; numbers in it fill the questions. */
  text?: string;
  /** Recalculate with these figures (a follow-up changed one of the last result's). */
  figures?: { workplaces: number; employed: number; year?: number };
  /** Go on where the calculation was left for another request. */
  resume?: boolean;
}

type Field = 'workplaces' | 'employed';
/** An answer of at most this many words may carry its number among other words. */
const SHORT_ANSWER_WORDS = 4;

interface LevyState {
  workplaces?: number;
  employed?: number;
  year?: number;
  asking: Field;
}

/** A whole number from the answer: "75", "1.000", "75 Arbeitsplätze", "ungefähr 130", "einen", "keinen". */
function numberFrom(text: string, field: Field): number | undefined {
  const parsed = parseLevyQuestion(text);
  const fromSentence = field === 'workplaces' ? parsed.workplaces : parsed.employed;
  if (fromSentence !== undefined) return fromSentence;
  const bare = /^\s*(-?\d{1,3}(?:[.\s]\d{3})+|-?\d+(?:[.,]\d+)?)\s*$/.exec(text);
  if (bare) return Number(bare[1]!.replace(/[.\s](?=\d{3}\b)/g, '').replace(',', '.'));
  // a short answer with one number in it: "ungefähr 130", "so etwa 40"
  const numbers = tokenizeQuestion(text).filter((t) => t.kind === 'number' && t.written !== 'article' && !t.yearLike);
  if (numbers.length === 1 && text.trim().split(/\s+/).length <= SHORT_ANSWER_WORDS && numbers[0]!.kind === 'number') return numbers[0]!.value;
  const words: Record<string, number> = { kein: 0, keine: 0, keinen: 0, null: 0, none: 0, zero: 0, no: 0, ein: 1, eine: 1, einen: 1, eins: 1, one: 1 };
  return words[text.trim().toLowerCase()];
}

/**
 * The Ausgleichsabgabe calculator: takes the numbers from the first sentence, asks for what is missing, checks
 * each answer (negative, not a number, more disabled employees than workplaces, absurd sizes) and answers with
 * the calculation.
 */
export class LevyDialog extends Dialog<LevyDialogOptions> {
  static readonly id = 'levy';

  constructor(private readonly services: DialogServices) {
    super(LevyDialog.id);
  }

  override async beginDialog(dc: DialogContext, options: LevyDialogOptions = {}): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as LevyState;
    const suspended = await takeSuspended(dc.context, this.services, 'levy');
    if (options.resume && suspended) {
      Object.assign(state, suspended);
      const given = options.text ? parseLevyQuestion(options.text) : {};
      const value = options.text ? numberFrom(options.text, state.asking) : undefined;
      if (given.workplaces !== undefined) Object.assign(state, { workplaces: given.workplaces, employed: given.employed });
      else if (value !== undefined && !this.check(state, value)) state[state.asking] = value;
      return this.next(dc, state);
    }
    const parsed = options.figures ?? (options.text ? parseLevyQuestion(options.text) : {});
    Object.assign(state, { workplaces: parsed.workplaces, employed: parsed.employed, year: parsed.year, asking: 'workplaces' });
    if (state.workplaces !== undefined && state.employed !== undefined && state.employed > state.workplaces) {
      state.employed = undefined;
    }
    return this.next(dc, state);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { activity } = dc.context;
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as LevyState;
    const command = this.services.commands.match(activity.text, activity.value);
    if (command === 'back' || command === 'restart' || command === 'levy') {
      if (command === 'back' && state.asking === 'employed') state.workplaces = undefined;
      else Object.assign(state, { workplaces: undefined, employed: undefined });
      return this.next(dc, state);
    }
    const value = command ? undefined : numberFrom(activity.text ?? '', state.asking);
    const left = command ? undefined : await leaveForDigression(dc, this.services, 'levy', value !== undefined, state);
    if (left) return left;
    if (value === undefined) {
      const interruption = await handleInterruption(dc, this.services, { questions: true });
      if (interruption === 'cancelled') return { status: DialogTurnStatus.cancelled };
      if (interruption === 'answered') {
        await this.prompt(dc.context, state);
        return Dialog.EndOfTurn;
      }
      await this.complain(dc.context, state, 'notANumber');
      return Dialog.EndOfTurn;
    }
    const problem = this.check(state, value);
    if (problem) {
      await this.complain(dc.context, state, problem);
      return Dialog.EndOfTurn;
    }
    state[state.asking] = value;
    return this.next(dc, state);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.prompt(context, instance.state as LevyState);
  }

  private check(state: LevyState, value: number): LevyInputProblem['problem'] | undefined {
    if (value < 0) return 'negative';
    if (!Number.isInteger(value) && state.asking === 'employed') return 'notAnInteger';
    if (value > MAX_WORKPLACES) return 'tooLarge';
    if (state.asking === 'employed' && state.workplaces !== undefined && value > state.workplaces) return 'moreEmployedThanWorkplaces';
    return undefined;
  }

  /** Asks for the next missing number, or answers when both are known. */
  private async next(dc: DialogContext, state: LevyState): Promise<DialogTurnResult> {
    const missing: Field | undefined = state.workplaces === undefined ? 'workplaces' : state.employed === undefined ? 'employed' : undefined;
    if (missing) {
      state.asking = missing;
      await this.prompt(dc.context, state);
      return Dialog.EndOfTurn;
    }
    return this.answer(dc, state);
  }

  private async answer(dc: DialogContext, state: LevyState): Promise<DialogTurnResult> {
    const { context } = dc;
    const { t, channelLocale, language } = getTurnLanguage(context);
    const result = calculateLevy({ workplaces: state.workplaces!, employed: state.employed!, year: state.year }, this.services.content.levyRates);
    switch (result.status) {
      case 'calculated': {
        const reply = levyAnswer(result, await this.payee(context), t, channelLocale, language);
        reply.suggestedActions = suggestedActions(suggestions(context, 'findContact', 'help'));
        await context.sendActivity(reply);
        const ctx = await conversationContext(context, this.services);
        ctx.levy = { workplaces: state.workplaces!, employed: state.employed!, year: state.year };
        rememberTopic(ctx, LEVY_TOPIC);
        break;
      }
      case 'noDuty': {
        await say(context, 'levy.noDuty', { workplaces: result.averageWorkplaces }, 'programmes', 'help');
        const ctx = await conversationContext(context, this.services);
        ctx.levy = { workplaces: state.workplaces!, employed: state.employed!, year: state.year };
        rememberTopic(ctx, LEVY_TOPIC);
        break;
      }
      case 'unsupportedYear':
        await say(context, 'levy.unsupportedYear', { year: result.year, first: result.firstSupportedYear }, 'levy', 'help');
        break;
      case 'invalidInput':
        await say(context, 'levy.invalid', {}, 'levy', 'help');
        break;
    }
    return dc.endDialog(result.status);
  }

  /** The Landschaftsverband of the district the employer named, if any. */
  private async payee(context: TurnContext): Promise<LevyPayee> {
    const { districtKey } = await this.services.state.conversationData.get(context, {});
    const regions = this.services.content.regions;
    if (districtKey && regions.districtsByKey.has(districtKey)) return landschaftsverbandOf(regions, districtKey);
    const found = resolvePlace(regions, context.activity.text ?? '');
    return found.kind === 'district' ? found.district.landschaftsverband : undefined;
  }

  private async prompt(context: TurnContext, state: LevyState): Promise<void> {
    const { t, channelLocale } = getTurnLanguage(context);
    const key = state.asking === 'workplaces' ? 'levy.ask.workplaces' : 'levy.ask.employed';
    const commands = state.asking === 'employed' ? (['back', 'cancel'] as const) : (['cancel'] as const);
    await context.sendActivity(textMessage(t(key, { workplaces: state.workplaces }), channelLocale, suggestions(context, ...commands)));
  }

  private async complain(context: TurnContext, state: LevyState, problem: LevyInputProblem['problem']): Promise<void> {
    const { t, channelLocale } = getTurnLanguage(context);
    const text = `${t(`levy.problems.${problem}`, { workplaces: state.workplaces, max: MAX_WORKPLACES })} ${t(state.asking === 'workplaces' ? 'levy.ask.workplaces' : 'levy.ask.employed', { workplaces: state.workplaces })}`;
    await context.sendActivity(textMessage(text, channelLocale, suggestions(context, 'cancel')));
  }
}
