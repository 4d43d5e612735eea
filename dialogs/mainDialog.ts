import type { TurnContext } from 'botbuilder';
import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { resolvePlace } from '../src/core/regions/index.js';
import type { Understanding } from '../src/core/understand.js';
import { sendChecklistCard } from './checklistReply.js';
import { foldText, interpret, type GuidedDialog } from '../src/core/conversation/index.js';
import type { Command } from './commands.js';
import { conversationContext, readMessage, rememberTopic } from './conversation/context.js';
import { sendContactCard } from './conversation/contactReply.js';
import { suspendedThisTurn } from './conversation/digression.js';
import { sendFacet } from './conversation/facetReply.js';
import { overviewTopics, sendOverview } from './conversation/overviewReply.js';
import { sendResumeOffer, sendSmallTalk } from './conversation/smallTalk.js';
import { ContactDialog } from './contactDialog.js';
import { turnMessage, turnUnderstanding } from './context/turnMessage.js';
import { recordedTurn, recordTurn } from './context/turnLog.js';
import { LANGUAGE_COMMANDS, switchLanguage } from './language.js';
import { FinderDialog } from './finderDialog.js';
import { LevyDialog } from './levyDialog.js';
import { say, sendAskBack, sendDontKnow, sendTopic } from './replies.js';
import type { DialogServices } from './services.js';
import { ComponentDialog, DialogSet, DialogTurnStatus, WaterfallDialog } from './sdk.js';
import { sendWelcome } from './welcome.js';

const ROUTE = 'route';
const DIALOG_IDS: Record<GuidedDialog, string> = { finder: FinderDialog.id, levy: LevyDialog.id, contact: ContactDialog.id };
/**
 * The root dialog: reads what a message means and answers it, or hands it to a child dialog.
 * @remarks One pass per message: the waterfall routes, child dialogs run on top of it and end back here.
 */
export class MainDialog extends ComponentDialog {
  static readonly id = 'main';
  /** The set the stack lives in, over the dialog state of `services`; built once, since adding a tree is not free. */
  private readonly dialogSet: DialogSet;

  constructor(private readonly services: DialogServices) {
    super(MainDialog.id);
    this.addDialog(new WaterfallDialog(ROUTE, [(step) => this.route(step), (step) => step.endDialog()]));
    this.addDialog(new ContactDialog(services));
    this.addDialog(new LevyDialog(services));
    this.addDialog(new FinderDialog(services));
    this.initialDialogId = ROUTE;
    this.dialogSet = new DialogSet(services.state.dialogState).add(this);
  }

  /** Runs the dialog stack for one turn: continues an active dialog or starts the main one. */
  async run(context: TurnContext): Promise<void> {
    const dialogContext = await this.dialogSet.createContext(context);
    const result = await dialogContext.continueDialog();
    if (result.status === DialogTurnStatus.waiting && !recordedTurn(context).intent) recordTurn(context, { intent: 'dialog-step' });
    // A child that ended without answering (its stack was empty or cancelled) leaves the message to the main route.
    if (result.status === DialogTurnStatus.empty || (result.status !== DialogTurnStatus.waiting && !context.responded)) {
      await dialogContext.beginDialog(this.id);
    }
    // The dialog left for this message is offered to resume, unless the message started it anew.
    const { suspended } = await conversationContext(context, this.services);
    if (suspendedThisTurn(context) && suspended) await sendResumeOffer(context, suspended.dialog);
  }

  private async route(step: WaterfallStepContext) {
    const { context } = step;
    const { text, value } = context.activity;
    const topicId = (value as { topic?: unknown } | undefined)?.topic;
    if (typeof topicId === 'string' && (await sendTopic(context, this.services, topicId))) {
      recordTurn(context, { intent: 'card:topic', topics: [topicId], outcome: 'answered' });
      return step.next();
    }

    if (await sendChecklistCard(context, this.services)) {
      recordTurn(context, { intent: 'card:checklist', outcome: 'answered' });
      return step.next();
    }

    const resume = (value as { resume?: unknown } | undefined)?.resume;
    if (typeof resume === 'string' && resume in DIALOG_IDS) {
      recordTurn(context, { intent: `resume:${resume}` });
      return step.beginDialog(DIALOG_IDS[resume as GuidedDialog], { resume: true });
    }
    const command = this.services.commands.match(text, value);
    if (command) {
      recordTurn(context, { intent: `command:${command}` });
      return this.onCommand(step, command);
    }
    const understood = turnUnderstanding(context, this.services.understand);
    recordTurn(context, { intent: understood.intent, topics: understood.topics.slice(0, 3).map((t) => t.id) });
    await this.rememberDistrict(context, understood, typeof text === 'string' ? text : '');
    return this.inConversation(step, understood);
  }

  /**
   * Remembers the place a message names as the employer's district, unless it names a branch ("auch für die
   * Filialen in Essen") while the seat is known: the seat decides the Inklusionsamt (§ 160 Abs. 4 SGB IX).
   */
  private async rememberDistrict(context: TurnContext, understood: Understanding, text: string): Promise<void> {
    if (!understood.district) return;
    const data = await this.services.state.conversationData.get(context, {});
    if (data.districtKey && this.services.content.conversation.branch.test(foldText(text))) return;
    data.districtKey = understood.district;
  }

  /** Reads the message against the conversation (follow-up, overview, small talk …); anything else is a new question. */
  private async inConversation(step: WaterfallStepContext, understood: Understanding) {
    const { context } = step;
    const text = typeof context.activity.text === 'string' ? context.activity.text : '';
    const ctx = await conversationContext(context, this.services);
    const { reading } = readMessage(this.services, turnMessage(context), ctx, understood);
    const meaning = interpret(reading, ctx, overviewTopics(this.services, ctx.overview));
    // a topic named outright is a knowledge answer as before; other readings are counted as conversation turns
    if (meaning.kind === 'topics') recordTurn(context, { topics: meaning.topics, outcome: 'answered' });
    else if (meaning.kind === 'facet') recordTurn(context, { intent: 'conversation:facet', topics: [meaning.topic], outcome: 'answered' });
    else if (meaning.kind !== 'new-question') recordTurn(context, { intent: `conversation:${meaning.kind}` });
    switch (meaning.kind) {
      case 'small-talk':
        await sendSmallTalk(context, meaning.talk);
        return step.next();
      case 'facet':
        if (await sendFacet(context, this.services, meaning.topic, meaning.facet, text, meaning.condition)) return step.next();
        break;
      case 'topics':
        for (const topic of meaning.topics) await sendTopic(context, this.services, topic);
        return step.next();
      case 'overview':
        await sendOverview(context, this.services, meaning.situation, meaning.facet);
        return step.next();
      case 'contact':
        if (!meaning.detail) return step.beginDialog(ContactDialog.id, { text });
        await sendContactCard(context, this.services, meaning.districtKey, { detail: meaning.detail, role: meaning.role });
        return step.next();
      case 'levy-recalculation':
        return step.beginDialog(LevyDialog.id, { figures: meaning.figures });
      case 'resume':
        return step.beginDialog(DIALOG_IDS[meaning.dialog], { resume: true, text });
      default:
        break;
    }
    return this.onUnderstood(step, understood);
  }

  private async onCommand(step: WaterfallStepContext, command: Command) {
    const { context } = step;
    const language = LANGUAGE_COMMANDS[command];
    if (language) {
      await switchLanguage(context, this.services, language, true);
      return step.next();
    }
    switch (command) {
      case 'findContact': {
        const otherPlace = Boolean((context.activity.value as { otherPlace?: unknown } | undefined)?.otherPlace);
        // The label may name the place ("Ansprechstellen: Kreis Soest"), which counts even when the state has expired.
        const text = typeof context.activity.text === 'string' && !otherPlace ? context.activity.text : undefined;
        return step.beginDialog(ContactDialog.id, { otherPlace, text });
      }
      case 'levy':
        return step.beginDialog(LevyDialog.id, {});
      case 'privacy':
        await say(context, 'privacy.text', { minutes: this.services.stateTtlMinutes }, 'help');
        return step.next();
      case 'programmes':
        return step.beginDialog(FinderDialog.id, { text: typeof context.activity.text === 'string' ? context.activity.text : '' });
      case 'restart':
        await sendWelcome(context);
        return step.next();
      case 'cancel':
      case 'back':
        await say(context, 'cancelled', {}, 'programmes', 'findContact');
        return step.next();
      default:
        await say(context, 'help.text', {}, 'programmes', 'findContact');
        return step.next();
    }
  }

  private async onUnderstood(step: WaterfallStepContext, understood: Understanding) {
    const { context } = step;
    const text = context.activity.text ?? '';
    switch (understood.intent) {
      case 'greeting':
        await say(context, 'greeting.text', {}, 'programmes', 'findContact');
        return step.next();
      case 'help':
        await say(context, 'help.text', {}, 'programmes', 'findContact');
        return step.next();
      case 'privacy':
        await say(context, 'privacy.text', { minutes: this.services.stateTtlMinutes }, 'help');
        return step.next();
      case 'sources':
        await say(context, 'sources.text', {}, 'help');
        return step.next();
      case 'language':
        await switchLanguage(context, this.services, understood.language ?? 'de', true);
        return step.next();
      case 'programme-finder':
        return step.beginDialog(FinderDialog.id, { text });
      case 'find-contact':
        return step.beginDialog(ContactDialog.id, { text });
      case 'levy-calculator':
        return step.beginDialog(LevyDialog.id, { text });
      case 'out-of-scope':
        // A place outside NRW gets the nationwide EAA information; a subject known to be outside the remit a
        // redirect; anything else an honest "I don't know".
        if (resolvePlace(this.services.content.regions, text).kind === 'outside-nrw') return step.beginDialog(ContactDialog.id, { text });
        // a neighbouring subject (sick pay, pensions, taxes …) names who is responsible instead
        if (understood.referral) await say(context, `referrals:${understood.referral}`, {}, 'findContact', 'help');
        else if (understood.outOfScopeSubject) await say(context, 'outOfScope.text', {}, 'findContact', 'help');
        else {
          recordTurn(context, { outcome: 'dont-know' });
          await sendDontKnow(context);
        }
        return step.next();
      default:
        return this.answerKnowledge(step, understood);
    }
  }

  private async answerKnowledge(step: WaterfallStepContext, understood: Understanding) {
    const { context } = step;
    const [best] = understood.topics;
    if (understood.decision === 'ask-back' && understood.topics.length > 1) {
      recordTurn(context, { outcome: 'ask-back' });
      await sendAskBack(context, this.services, understood.topics);
      // a follow-up that ignores the choices ("Wie lange geht das?") is read as being about the first of them
      const ctx = await conversationContext(context, this.services);
      rememberTopic(ctx, best!.id);
      ctx.choices = understood.topics.slice(0, 3).map((t) => t.id);
    } else if (understood.decision !== 'dont-know' && best) {
      recordTurn(context, { outcome: 'answered' });
      await sendTopic(context, this.services, best.id);
    } else {
      recordTurn(context, { outcome: 'dont-know' });
      await sendDontKnow(context);
    }
    return step.next();
  }
}
