import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { Understanding } from '../src/core/understand.js';
import { sendChecklistCard } from './checklistReply.js';
import { routeCommand } from './commandRoute.js';
import { FACETS, interpret, type Facet, type GuidedDialog, type Reading } from '../src/core/conversation/index.js';
import { getTurnLanguage } from './context/turnLanguage.js';
import { switchLanguage } from './language.js';
import { switchAndRepeat } from './switchAndRepeat.js';
import { sendAskAgain } from './conversation/askAgainReply.js';
import { asksOnlyLanguageBesideTelling, understandAsking } from './conversation/askingSentence.js';
import { conversationContext, overviewTopics } from './conversation/context.js';
import { readMessage } from './conversation/reading.js';
import { sendContactCard, sendSiteContacts } from './conversation/contactReply.js';
import { suspendedThisTurn } from './conversation/digression.js';
import { rememberDistrict, rememberSites } from './conversation/district.js';
import { sendFacet } from './conversation/facetReply.js';
import { sendOtherAssociation } from './conversation/regionalProvider.js';
import { sendOverview } from './conversation/overviewReply.js';
import { sendResumeOffer, sendSmallTalk } from './conversation/smallTalk.js';
import { sendSummary } from './conversation/summaryReply.js';
import { ContactDialog } from './contactDialog.js';
import { turnMessage, turnUnderstanding } from './context/turnMessage.js';
import { recordedTurn, recordTurn } from './context/turnLog.js';
import { FinderDialog } from './finderDialog.js';
import { askedOffice, routeIntent, sendIntroductionWelcome } from './intentRoute.js';
import { LevyDialog } from './levyDialog.js';
import { sendTopic } from './replies.js';
import type { DialogServices } from './services.js';
import { DialogSet, DialogTurnStatus } from './sdk.js';
import { dropUnknownDialogs } from './context/dialogStack.js';
import { DialogContextFactory } from './context/stateManagerConfiguration.js';
import type { RouteContext, Routed } from './routed.js';

const DIALOG_IDS: Record<GuidedDialog, string> = { finder: FinderDialog.id, levy: LevyDialog.id, contact: ContactDialog.id };

/** The facet (and special case) a button asks for with its topic, when its data names a known facet. */
function facetOf(value: unknown): { facet: Facet; condition?: string } | undefined {
  const { facet, condition } = (value ?? {}) as { facet?: unknown; condition?: unknown };
  if (!FACETS.includes(facet as Facet)) return undefined;
  return { facet: facet as Facet, ...(typeof condition === 'string' ? { condition } : {}) };
}
/** Whether a message refers only back to the last answer ("Can you explain that …?"): no topic, facet or place of its own. */
function asksForLastAnswer(reading: Reading, understood: Understanding): boolean {
  const { cues } = reading;
  if (cues.namedTopics.length > 0 || cues.facet || cues.condition || understood.district) return false;
  return cues.anaphor || cues.contentWords <= REFERRING_WORDS;
}
/**
 * Whether a message that asks for another language asks nothing else the bot could answer ("Sorry, my colleague
 * from the UK takes over now. Can you continue in English?"): no topic, facet or place, and the recognizer knows no answer
 * or the sentence that asks, read alone, asks only for the language.
 */
function asksOnlyForLanguage(services: DialogServices, text: string, reading: Reading, understood: Understanding): boolean {
  const { cues } = reading;
  // "could you explain that in English?" refers back: the conversation answers it again in the new language
  if (cues.anaphor || cues.namedTopics.length > 0 || cues.facet || cues.condition || understood.district) return false;
  if (understood.decision === 'dont-know') return true;
  // "Do you speak English? We'd like to hire a blind developer." tells a request of the remit beside the language
  return !understood.remitEvidence && !cues.overview && !cues.situation && asksOnlyLanguageBesideTelling(services, text);
}
/** Words of its own a message that only asks for the last answer in another language may have ("explain", "again"). */
const REFERRING_WORDS = 2;

/**
 * The root of every message turn: continues the guided dialog that waits for an answer, or reads what the message
 * means and answers it, starting a guided dialog when it needs one.
 * @remarks The guided dialogs (contact, levy, finder) sit directly in one DialogSet, and a message no dialog waits
 * for is routed without a dialog of its own on the stack: a turn builds at most one DialogContext (with its state
 * manager) instead of about six (a component dialog with a waterfall inside built an inner context and one per step),
 * and none when no dialog waits and none is begun.
 */
export class MainDialog {
  /** The set the stack lives in, over the dialog state of `services`; built once, since adding a tree is not free. */
  private readonly dialogSet: DialogSet;
  /** Builds each turn's dialog context with the memory-scope configuration of the first. */
  private readonly dialogContexts: DialogContextFactory;

  constructor(private readonly services: DialogServices) {
    this.dialogSet = new DialogSet(services.state.dialogState)
      .add(new ContactDialog(services))
      .add(new LevyDialog(services))
      .add(new FinderDialog(services));
    this.dialogContexts = new DialogContextFactory(this.dialogSet);
  }

  /** Runs the dialog stack for one turn: continues an active dialog or routes the message. */
  async run(context: TurnContext): Promise<void> {
    const stacked = await dropUnknownDialogs(context, this.services.state.dialogState, this.dialogSet);
    // most messages find no dialog waiting: the dialog context (and its state manager) is then built only when routing begins one
    const dialogContext = stacked ? await this.dialogContexts.create(context) : undefined;
    const result = dialogContext ? await dialogContext.continueDialog() : { status: DialogTurnStatus.empty };
    if (result.status === DialogTurnStatus.waiting && !recordedTurn(context).intent) recordTurn(context, { intent: 'dialog-step' });
    // A child that ended without answering (its stack was empty or cancelled) leaves the message to the main route.
    if (result.status === DialogTurnStatus.empty || (result.status !== DialogTurnStatus.waiting && !context.responded)) {
      await this.route(dialogContext ?? this.onDemand(context));
    }
    // The dialog left for this message is offered to resume, unless the message started it anew.
    const { suspended } = await conversationContext(context, this.services);
    if (suspendedThisTurn(context) && suspended) await sendResumeOffer(context, suspended.dialog);
  }

  /** The turn's dialogs for routing, with the dialog context built when the first dialog is begun. */
  private onDemand(context: TurnContext): RouteContext {
    let created: Promise<DialogContext> | undefined;
    return { context, beginDialog: async (id, options) => (await (created ??= this.dialogContexts.create(context))).beginDialog(id, options) };
  }

  private async route(dc: RouteContext): Promise<Routed> {
    const { context } = dc;
    const { text, value } = context.activity;
    const topicId = (value as { topic?: unknown } | undefined)?.topic;
    // a button of an ask-again answers the facet asked for the topic chosen
    const facet = facetOf(value);
    if (typeof topicId === 'string' && facet && (await sendFacet(context, this.services, topicId, facet.facet, '', facet.condition))) {
      recordTurn(context, { intent: 'card:facet', topics: [topicId], outcome: 'answered' });
      return undefined;
    }
    if (typeof topicId === 'string' && (await sendTopic(context, this.services, topicId))) {
      recordTurn(context, { intent: 'card:topic', topics: [topicId], outcome: 'answered' });
      return undefined;
    }

    if (await sendChecklistCard(context, this.services)) {
      recordTurn(context, { intent: 'card:checklist', outcome: 'answered' });
      return undefined;
    }

    const resume = (value as { resume?: unknown } | undefined)?.resume;
    if (typeof resume === 'string' && resume in DIALOG_IDS) {
      recordTurn(context, { intent: `resume:${resume}` });
      return dc.beginDialog(DIALOG_IDS[resume as GuidedDialog], { resume: true });
    }
    const command = this.services.commands.match(text, value);
    if (command) {
      recordTurn(context, { intent: `command:${command}` });
      return routeCommand(dc, this.services, command);
    }
    // a short follow-up in a conversation about a topic of the remit is read as part of it ("Und die Kündigungsfrist?")
    const { topic } = await conversationContext(context, this.services);
    const about = { inRemit: topic !== undefined };
    const understood = understandAsking(this.services, typeof text === 'string' ? text : '', turnUnderstanding(context, this.services.understand, about), about);
    recordTurn(context, { intent: understood.intent, topics: understood.topics.slice(0, 3).map((t) => t.id) });
    await rememberSites(context, this.services, typeof text === 'string' ? text : '');
    if (understood.district) await rememberDistrict(context, this.services, understood.district, typeof text === 'string' ? text : '');
    return this.inConversation(dc, understood);
  }

  /** Reads the message against the conversation (follow-up, overview, small talk …); anything else is a new question. */
  private async inConversation(dc: RouteContext, understood: Understanding): Promise<Routed> {
    const { context } = dc;
    const text = typeof context.activity.text === 'string' ? context.activity.text : '';
    const ctx = await conversationContext(context, this.services);
    const { reading } = readMessage(this.services, turnMessage(context), ctx, understood);
    // the size of the business, said in passing, answers a levy question later
    ctx.workplaces = reading.workplaces ?? ctx.workplaces;
    // so are gleichgestellte colleagues ("Eine Mitarbeiterin ist gleichgestellt"): they count for the quota (§ 151 Abs. 3 SGB IX)
    ctx.equalised = reading.equalised ?? ctx.equalised;
    // "Can you explain that in English?", "Das bitte in Einfacher Sprache": the last answer again, in the language asked for
    const { requested } = getTurnLanguage(context);
    if (requested && understood.intent !== 'language' && (ctx.lastAnswer !== undefined || ctx.overview !== undefined) && asksForLastAnswer(reading, understood)) {
      recordTurn(context, { intent: 'language' });
      return switchAndRepeat(dc, this.services, requested);
    }
    if (requested && understood.intent !== 'language' && asksOnlyForLanguage(this.services, text, reading, understood)) {
      recordTurn(context, { intent: 'language' });
      await switchLanguage(context, this.services, requested, false);
      return undefined;
    }
    const meaning = interpret(reading, ctx, overviewTopics(this.services, ctx.overview));
    // "…in Moers – zahlen wir das an den LWL?": first that the other Landschaftsverband's office is responsible
    if (reading.otherAssociationOffice) await sendOtherAssociation(context, this.services, reading.otherAssociationOffice, understood.district ?? ctx.districtKey);
    // "Ist das der LVR oder der LWL?": first which one the place belongs to
    else if (meaning.kind === 'topics' && reading.officeOfEither && meaning.topics[0] === reading.officeOfEither) await sendOtherAssociation(context, this.services, reading.officeOfEither, understood.district ?? ctx.districtKey, 'ofPlace');
    // the neighbour of a referral counts for the next message only
    ctx.neighbourTopic = undefined;
    // the situation named (hiring, training …) stays for a correction that asks again what there is
    ctx.situation = reading.cues.situation ?? ctx.situation;
    // a disabled person spoken of makes a later question about that person one of ours
    ctx.remitPerson = ctx.remitPerson || !!understood.remitEvidence || undefined;
    // a topic named outright is a knowledge answer as before; other readings are counted as conversation turns
    if (meaning.kind === 'topics') recordTurn(context, { topics: meaning.topics, outcome: 'answered' });
    else if (meaning.kind === 'facet') recordTurn(context, { intent: 'conversation:facet', topics: [meaning.topic], outcome: 'answered' });
    else if (meaning.kind !== 'new-question') recordTurn(context, { intent: `conversation:${meaning.kind}` });
    switch (meaning.kind) {
      case 'small-talk':
        await sendSmallTalk(context, meaning.talk);
        return undefined;
      case 'introduction':
        await sendIntroductionWelcome(context);
        return undefined;
      case 'facet':
        if (await sendFacet(context, this.services, meaning.topic, meaning.facet, text, meaning.condition, meaning.alsoConditions, meaning.other)) return undefined;
        break;
      case 'ask-again':
        await sendAskAgain(context, this.services, meaning.topics, meaning.facet, meaning.condition);
        return undefined;
      case 'topics':
        for (const topic of meaning.topics) await sendTopic(context, this.services, topic);
        return undefined;
      case 'overview':
        await sendOverview(context, this.services, meaning.situation, meaning.facet, meaning.exclude, meaning.condition, meaning.paidBy);
        return undefined;
      case 'summary':
        await sendSummary(context, this.services, meaning.topics, meaning.request);
        return undefined;
      case 'contact':
        // "Sind das zwei verschiedene Inklusionsämter?": the card of each site
        if (meaning.sites) {
          await sendSiteContacts(context, this.services, meaning.sites, meaning.role);
          return undefined;
        }
        if (!meaning.detail || !meaning.districtKey) return dc.beginDialog(ContactDialog.id, { text, districtKey: meaning.districtKey, ...(meaning.role ? { role: meaning.role } : askedOffice(this.services, understood)) });
        await sendContactCard(context, this.services, meaning.districtKey, { detail: meaning.detail, role: meaning.role });
        return undefined;
      case 'levy-recalculation':
        return dc.beginDialog(LevyDialog.id, { figures: meaning.figures, paymentOnly: meaning.payment });
      case 'levy-start':
        return dc.beginDialog(LevyDialog.id, { text, workplaces: meaning.workplaces });
      case 'resume':
        return dc.beginDialog(DIALOG_IDS[meaning.dialog], { resume: true, text });
      default:
        break;
    }
    return routeIntent(dc, this.services, understood);
  }
}
