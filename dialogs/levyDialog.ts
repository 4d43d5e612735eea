import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { DialogContext, DialogInstance, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog, DialogTurnStatus } from './sdk.js';
import { levyAnswer, type LevyPayee } from '../src/cards/levyCard.js';
import { suggestedActions, textMessage } from '../src/cards/messages.js';
import { formatEuro, formatLongDate } from '../src/cards/format.js';
import { calculateLevy, levyInputFor, MAX_WORKPLACES, MIN_WORKPLACES, namesEqualised, parseCountAnswer, type LevyInputProblem, type LevyQuestion } from '../src/core/levy/index.js';
import type { LevyFigures } from '../src/core/conversation/index.js';
import { countingNotes, type LevyCounting } from '../src/cards/levyCountingNotes.js';
import { getTurnLanguage } from './context/turnLanguage.js';
import { readText } from './context/turnMessage.js';
import { LEVY_TOPIC } from '../src/core/conversation/index.js';
import { conversationContext, rememberTopic } from './conversation/context.js';
import { leaveForDigression, takeSuspended } from './conversation/digression.js';
import { handleInterruption } from './interruptions.js';
import { levyPayee, payeeNamedIn } from './levyPayee.js';
import { say, suggestions } from './replies.js';
import { levyFiguresToday, todayOf, type DialogServices } from './services.js';

/** Options to start the calculator with. */
export interface LevyDialogOptions {
  /** The message that started it; numbers in it fill the questions. */
  text?: string;
  /** Recalculate with these figures (a follow-up changed one of the last result's). */
  figures?: LevyFigures;
  /** Go on where the calculation was left for another request. */
  resume?: boolean;
  /** The workplaces an earlier message gave, used when `text` names none. */
  workplaces?: number;
  /** Answer only when and to whom the levy of `figures` is paid. */
  paymentOnly?: boolean;
}

type Field = 'workplaces' | 'employed';

interface LevyState extends LevyCounting {
  paymentOnly?: boolean;
  workplaces?: number;
  /** With `employedByMonth`, the most disabled people in any month. */
  employed?: number;
  year?: number;
  asking: Field;
  /** The Landschaftsverband a place in the calculation's messages named. */
  payee?: LevyPayee;
}

/** The asked figure from an answer: from a sentence ("84 MA, einer davon schwerbehindert") or one count ("so um die 90", "drei"). */
function numberFrom(parsed: LevyQuestion, text: string, field: Field): number | undefined {
  return (field === 'workplaces' ? parsed.workplaces : parsed.employed) ?? parseCountAnswer(text);
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
    const payee = await payeeNamedIn(dc.context, this.services, dc.context.activity.text ?? '');
    if (options.resume && suspended) {
      Object.assign(state, suspended);
      state.payee = payee ?? state.payee;
      const given: LevyQuestion = options.text ? readText(dc.context, options.text, levyFiguresToday(this.services)) : {};
      const value = options.text ? numberFrom(given, options.text, state.asking) : undefined;
      if (given.workplaces !== undefined) Object.assign(state, { workplaces: given.workplaces, workplacesByMonth: given.workplacesByMonth, approximate: given.approximate, employed: given.employed, employedByMonth: given.employedByMonth, notCounted: given.notCounted });
      else if (value !== undefined && !this.check(state, value)) state[state.asking] = value;
      return this.next(dc, state);
    }
    const parsed = options.figures ?? (options.text ? readText(dc.context, options.text, levyFiguresToday(this.services)) : {});
    Object.assign(state, { workplaces: parsed.workplaces ?? options.workplaces, workplacesByMonth: parsed.workplacesByMonth, approximate: parsed.approximate ?? options.figures?.approximate, employed: parsed.employed, year: parsed.year, employedByMonth: parsed.employedByMonth, extraCredits: parsed.extraCredits, monthsOperated: parsed.monthsOperated, notCounted: parsed.notCounted, notCredited: parsed.notCredited, asking: 'workplaces', payee, paymentOnly: options.paymentOnly, equalisedAsked: options.figures?.equalisedAsked });
    if (!options.figures && options.text) await this.addEqualisedFromEarlier(dc.context, state, options.text);
    if (state.workplaces !== undefined && state.employed !== undefined && state.employed > state.workplaces) {
      Object.assign(state, { employed: undefined, employedByMonth: undefined, extraCredits: undefined, equalisedFromEarlier: undefined });
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
      else Object.assign(state, { workplaces: undefined, workplacesByMonth: undefined, employed: undefined });
      return this.next(dc, state);
    }
    const parsed = command ? {} : readText(dc.context, activity.text ?? '', levyFiguresToday(this.services));
    const value = command ? undefined : numberFrom(parsed, activity.text ?? '', state.asking);
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
    // "einer, aber nur von Januar bis Juni": the months come with the count; "80, davon 4 Azubis": so do the positions left out
    if (state.asking === 'employed') Object.assign(state, parsed.employed === value ? { employedByMonth: parsed.employedByMonth, extraCredits: parsed.extraCredits, notCredited: parsed.notCredited } : { employedByMonth: undefined, extraCredits: undefined, notCredited: undefined });
    else Object.assign(state, parsed.workplaces === value ? { notCounted: parsed.notCounted, monthsOperated: parsed.monthsOperated, workplacesByMonth: parsed.workplacesByMonth, approximate: parsed.approximate } : { notCounted: undefined, monthsOperated: undefined, workplacesByMonth: undefined, approximate: undefined });
    state.payee = (await payeeNamedIn(dc.context, this.services, activity.text ?? '')) ?? state.payee;
    // an answer that also gives the other figure or the year ("84, einer davon schwerbehindert, für 2024") fills them too
    if (state.employed === undefined && parsed.employed !== undefined && parsed.employed <= value) Object.assign(state, { employed: parsed.employed, employedByMonth: parsed.employedByMonth, extraCredits: parsed.extraCredits });
    if (parsed.year !== undefined) state.year = parsed.year;
    return this.next(dc, state);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.prompt(context, instance.state as LevyState);
  }

  /**
   * Gleichgestellte people an earlier message stated ("Eine Mitarbeiterin ist gleichgestellt") count like
   * schwerbehinderte Menschen (§ 151 Abs. 3 SGB IX): added when this message counts the disabled employees
   * without naming gleichgestellte itself.
   */
  private async addEqualisedFromEarlier(context: TurnContext, state: LevyState, text: string): Promise<void> {
    const { equalised } = await conversationContext(context, this.services);
    if (!equalised || state.employed === undefined || namesEqualised(text)) return;
    state.employed += equalised;
    state.employedByMonth = state.employedByMonth?.map((n) => n + equalised);
    state.equalisedFromEarlier = equalised;
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
    // below 20 workplaces there is no duty (§ 154 Abs. 1 SGB IX): the second figure is not needed
    const noDuty = state.workplaces !== undefined && state.workplaces < MIN_WORKPLACES;
    const missing: Field | undefined = state.workplaces === undefined ? 'workplaces' : state.employed === undefined && !noDuty ? 'employed' : undefined;
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
    const figures: LevyFigures = { workplaces: state.workplaces!, workplacesByMonth: state.workplacesByMonth, approximate: state.approximate, employed: state.employed ?? 0, year: state.year, employedByMonth: state.employedByMonth, extraCredits: state.extraCredits, monthsOperated: state.monthsOperated, notCounted: state.notCounted, notCredited: state.notCredited };
    const result = calculateLevy(levyInputFor(figures), this.services.content.levyRates, todayOf(this.services));
    const counting = { figures: state, rules: this.services.content.levyCounting };
    switch (result.status) {
      case 'calculated': {
        if (state.paymentOnly) {
          await this.sendPayment(context, result.year, result.totalEuro, result.dueDate, state.payee);
          break;
        }
        const reply = levyAnswer(result, await levyPayee(context, this.services, state.payee), t, channelLocale, language, counting);
        reply.suggestedActions = suggestedActions(suggestions(context, 'findContact', 'help'));
        await context.sendActivity(reply);
        const ctx = await conversationContext(context, this.services);
        ctx.levy = figures;
        rememberTopic(ctx, LEVY_TOPIC);
        ctx.lastAnswer = 'levy';
        break;
      }
      case 'noDuty': {
        const notes = countingNotes({ notCounted: state.notCounted, notCredited: state.notCredited }, counting.rules, t, channelLocale, false);
        await context.sendActivity(textMessage([t('levy.noDuty', { workplaces: result.averageWorkplaces }), ...notes].join(' '), channelLocale, suggestions(context, 'programmes', 'help')));
        const ctx = await conversationContext(context, this.services);
        ctx.levy = figures;
        rememberTopic(ctx, LEVY_TOPIC);
        ctx.lastAnswer = 'levy';
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

  /** When and to whom the levy is paid, and the Anzeige that goes with it (§ 160 Abs. 4, § 163 SGB IX). */
  private async sendPayment(context: TurnContext, year: number, total: number, dueDate: string, named: LevyPayee): Promise<void> {
    const { t, channelLocale, language } = getTurnLanguage(context);
    const payee = await levyPayee(context, this.services, named);
    // the month in words in the answer's language: "31. März 2026", "31 March 2026" (never 03/31 or 31/03)
    const date = formatLongDate(dueDate, language === 'en' ? 'en-GB' : 'de-DE');
    const text = [t('levyfigures:paymentOf', { year, total: formatEuro(total, channelLocale) }), t('levy.notes.due', { date, payee: t(`levy.payee.${payee ?? 'unknown'}`) }), t('levy.notes.anzeige', { date })].join(' ');
    await context.sendActivity(textMessage(text, channelLocale, suggestions(context, 'findContact', 'help')));
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
