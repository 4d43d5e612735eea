import type { TurnContext } from 'botbuilder';
import type { WaterfallStepContext } from 'botbuilder-dialogs';
import type { Understanding } from '../src/core/understand.js';
import { sendChecklistCard } from './checklistReply.js';
import { routeCommand } from './commandRoute.js';
import { interpret, type GuidedDialog } from '../src/core/conversation/index.js';
import { conversationContext, readMessage } from './conversation/context.js';
import { sendContactCard } from './conversation/contactReply.js';
import { suspendedThisTurn } from './conversation/digression.js';
import { rememberDistrict } from './conversation/district.js';
import { sendFacet } from './conversation/facetReply.js';
import { overviewTopics, sendOverview } from './conversation/overviewReply.js';
import { sendResumeOffer, sendSmallTalk } from './conversation/smallTalk.js';
import { ContactDialog } from './contactDialog.js';
import { turnMessage, turnUnderstanding } from './context/turnMessage.js';
import { recordedTurn, recordTurn } from './context/turnLog.js';
import { FinderDialog } from './finderDialog.js';
import { routeIntent } from './intentRoute.js';
import { LevyDialog } from './levyDialog.js';
import { sendTopic } from './replies.js';
import type { DialogServices } from './services.js';
import { ComponentDialog, DialogSet, DialogTurnStatus, WaterfallDialog } from './sdk.js';

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
      return routeCommand(step, this.services, command);
    }
    const understood = turnUnderstanding(context, this.services.understand);
    recordTurn(context, { intent: understood.intent, topics: understood.topics.slice(0, 3).map((t) => t.id) });
    if (understood.district) await rememberDistrict(context, this.services, understood.district, typeof text === 'string' ? text : '');
    return this.inConversation(step, understood);
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
    return routeIntent(step, this.services, understood);
  }
}
