import type { RouteContext, Routed } from './routed.js';
import { placeResolution, type Understanding } from '../src/core/understand.js';
import type { ContactRole } from '../src/core/regions/index.js';
import { introductionReader } from '../src/core/conversation/index.js';
import type { Content } from '../src/core/content.js';
import { ContactDialog } from './contactDialog.js';
import { askBackLead, conversationContext, rememberTopic } from './conversation/context.js';
import { recordTurn } from './context/turnLog.js';
import { readText } from './context/turnMessage.js';
import { FinderDialog } from './finderDialog.js';
import { switchAndRepeat } from './switchAndRepeat.js';
import { LevyDialog } from './levyDialog.js';
import { say, sendAskBack, sendDontKnow, sendTopic } from './replies.js';
import type { DialogServices } from './services.js';

/** The office a contact search asks for ("Welcher Integrationsfachdienst …"), as the role that leads the contact card. */
export function askedOffice(services: DialogServices, understood: Understanding): { role?: ContactRole } {
  const first = understood.intent === 'find-contact' ? understood.topics[0] : undefined;
  const role = first ? services.content.intents.findContact.officeRoles[first.id] : undefined;
  return role ? { role } : {};
}

const introductions = new WeakMap<Content, (text: string) => boolean>();

/** The message only says who is writing and asks nothing ("Hallo, wir sind ein Logistikunternehmen aus Dortmund."). */
function isIntroduction(services: DialogServices, text: string): boolean {
  const { content } = services;
  let reads = introductions.get(content);
  if (!reads) introductions.set(content, (reads = introductionReader([...content.intents.selfDescription.de, ...content.intents.selfDescription.en])));
  return reads(text);
}

/** The welcome of a message that only tells about the business (its place and head count are kept for later answers). */
export const sendIntroductionWelcome = (context: RouteContext['context']): Promise<void> => say(context, 'introduction.text', {}, 'programmes', 'findContact');

// a question for a person or an office: "Wer ist das bei mir?", "Which office would we notify?"
const ASKS_WHO = /\b(wer|wen|wem|welche[rsnm]? (stelle|amt|behörde|ansprechstelle)|who|whom|which (office|authority|agency|body))\b/iu;

/**
 * A message the bot has no answer for that names a place in NRW and asks nothing, or asks only who, tells where the
 * business is, in words of its own ("In Vreden, direkt an der Grenze.", "Die Halle steht in Ibbenbüren-Laggenbeck.",
 * "Mein Laden ist in Wenden. Wer ist das bei mir?"): it asks for the contacts there.
 */
function tellsPlace(context: RouteContext['context'], services: DialogServices, text: string): boolean {
  if (text.includes('?') && !ASKS_WHO.test(text)) return false;
  const found = readText(context, text, placeResolution(services.content.regions));
  return found.kind === 'district' || found.kind === 'ambiguous';
}

/**
 * An answer the bot has none for: an introduction is welcomed, a place told asks for the contacts there, anything else
 * gets the honest "I don't know".
 */
async function sendNoAnswer(dc: RouteContext, services: DialogServices, text: string): Promise<Routed> {
  const { context } = dc;
  if (isIntroduction(services, text)) {
    recordTurn(context, { intent: 'introduction' });
    await sendIntroductionWelcome(context);
    return undefined;
  }
  if (tellsPlace(context, services, text)) {
    recordTurn(context, { intent: 'find-contact' });
    return dc.beginDialog(ContactDialog.id, { text });
  }
  recordTurn(context, { outcome: 'dont-know' });
  await sendDontKnow(context);
  return undefined;
}

/** Answers a new question by its intent (greeting, help, a guided dialog …), else by the knowledge topics it matched. */
export async function routeIntent(dc: RouteContext, services: DialogServices, understood: Understanding): Promise<Routed> {
  const { context } = dc;
  const text = context.activity.text ?? '';
  switch (understood.intent) {
    case 'greeting':
      await say(context, 'greeting.text', {}, 'programmes', 'findContact');
      return undefined;
    case 'help':
      await say(context, 'help.text', {}, 'programmes', 'findContact');
      return undefined;
    case 'privacy':
      await say(context, 'privacy.text', { minutes: services.stateTtlMinutes }, 'help');
      return undefined;
    case 'sources':
      await say(context, 'sources.text', {}, 'help');
      return undefined;
    case 'language':
      return switchAndRepeat(dc, services, understood.language ?? 'de');
    case 'programme-finder':
      return dc.beginDialog(FinderDialog.id, { text });
    case 'find-contact':
      return dc.beginDialog(ContactDialog.id, { text, ...askedOffice(services, understood) });
    case 'levy-calculator':
      return dc.beginDialog(LevyDialog.id, { text });
    case 'out-of-scope':
      // A place outside NRW gets the nationwide EAA information; a subject known to be outside the remit a
      // redirect; anything else an honest "I don't know".
      if (readText(context, text, placeResolution(services.content.regions)).kind === 'outside-nrw') return dc.beginDialog(ContactDialog.id, { text });
      // a neighbouring subject (sick pay, pensions, taxes …) names who is responsible instead
      if (understood.referral) {
        await say(context, `referrals:${understood.referral}`, {}, 'findContact', 'help');
        // "Und wenn er schwerbehindert ist?" right after it gets the topic of the remit next to the subject
        (await conversationContext(context, services)).neighbourTopic = understood.remitTopic;
      }
      else if (understood.outOfScopeSubject) await say(context, 'outOfScope.text', {}, 'findContact', 'help');
      else return sendNoAnswer(dc, services, text);
      return undefined;
    default:
      return answerKnowledge(dc, services, understood);
  }
}

/**
 * The two readings of an ask-back name each other as related ("Budget für Arbeit" and "Übergang aus der Werkstatt"
 * for "Ein Mann aus der Werkstatt will bei uns anfangen"): the first is answered, and its card offers the other.
 */
function neighbours(services: DialogServices, understood: Understanding): boolean {
  const [first, second] = understood.topics;
  const related = (a: string, b: string): boolean => services.content.knowledge.byId.get(a)?.related.includes(b) ?? false;
  return !!first && !!second && related(first.id, second.id) && related(second.id, first.id);
}

async function answerKnowledge(dc: RouteContext, services: DialogServices, understood: Understanding): Promise<Routed> {
  const { context } = dc;
  const [best] = understood.topics;
  if (understood.decision === 'ask-back' && understood.topics.length > 1 && !neighbours(services, understood)) {
    recordTurn(context, { outcome: 'ask-back' });
    await sendAskBack(context, services, understood.topics);
    // a follow-up that ignores the choices ("Wie lange geht das?") is read as being about the one clearly ahead, if any
    const ctx = await conversationContext(context, services);
    const offered = understood.topics.slice(0, 3);
    const lead = askBackLead(services, context.activity.text ?? '', ctx, offered);
    rememberTopic(ctx, lead ?? best!.id);
    ctx.choices = offered.map((t) => t.id);
    ctx.choiceLead = lead;
  } else if (understood.decision !== 'dont-know' && best) {
    recordTurn(context, { outcome: 'answered' });
    await sendTopic(context, services, best.id);
  } else {
    return sendNoAnswer(dc, services, context.activity.text ?? '');
  }
  return undefined;
}
