import { DEFAULT_THRESHOLDS } from '../recognizer/decision.js';
import type { Intent, RankedTopic } from '../recognizer/types.js';
import type { ConversationContext, Cues, GuidedDialog, Interpretation, LevyFigures } from './types.js';

/** The topic a levy calculation is about; its facets answer "wo zahle ich das hin?" after a result. */
export const LEVY_TOPIC = 'ausgleichsabgabe';
/** Topics whose "müssen wir zahlen?" is answered by the calculator once the workforce is known. */
const LEVY_DUTY_TOPICS: ReadonlySet<string> = new Set([LEVY_TOPIC, 'beschaeftigungspflicht']);
/** A follow-up may add at most this many words of its own ("Wie lange dauert das beim Amt?"). */
const FOLLOW_UP_WORDS = 1;
/** A follow-up that refers back ("How long do they pay it?") may ask with this many words of its own. */
const ANAPHOR_WORDS = 3;
/** A question that names its topic gets a facet answer up to this many own words; longer ones get the full card. */
const NAMED_FACET_WORDS = 3;
/** A follow-up that adds a circumstance ("What if the employee is severely disabled?") has at most this many own words. */
const CIRCUMSTANCE_WORDS = 5;
/** Small talk may carry one word of its own ("Danke, Paderborn passt"), not a question. */
const SMALL_TALK_WORDS = 1;

/** What `interpret` reads of a message: the understanding, the cues and, after a levy result, the changed figures. */
export interface Reading {
  understanding: { intent: Intent; decision: 'answer' | 'ask-back' | 'dont-know'; topics: readonly RankedTopic[]; district: string | null; remitEvidence?: boolean; outOfScopeSubject?: string };
  cues: Cues;
  /** The last levy figures with what this message changes, if it changes any. */
  levyChange?: LevyFigures;
  /** The change corrects a detail only the last calculation holds ("die Aushilfen arbeiten 20 Stunden"), however long the message. */
  levyCorrection?: boolean;
  /** The message answers the step the suspended dialog waits for. */
  fitsSuspended?: boolean;
  /** After an ask-back: the offered topic whose texts hold the message's own words. */
  askBackTopic?: string;
  /** The conversation already knows the employer's district. */
  knowsDistrict?: boolean;
  /** The number of workplaces or employees the message itself gives. */
  workplaces?: number;
  /** Gleichgestellte people of the employer's staff the message states ("Eine Mitarbeiterin ist gleichgestellt"). */
  equalised?: number;
}

/** "Müssen wir Ausgleichsabgabe zahlen?" (or a levy calculation without figures) once an earlier message gave the workforce. */
function levyWithKnownWorkforce(r: Reading, ctx: ConversationContext): Interpretation | undefined {
  const { cues, understanding: u } = r;
  if (ctx.workplaces === undefined || ctx.levy || r.workplaces !== undefined || cues.namedTopics.some((id) => !LEVY_DUTY_TOPICS.has(id))) return undefined;
  const aboutLevy = LEVY_DUTY_TOPICS.has(u.topics[0]?.id ?? '') && u.decision !== 'dont-know' && (cues.facet === 'amount' || cues.levyDuty);
  return u.intent === 'levy-calculator' || (u.intent === 'knowledge' && aboutLevy) ? { kind: 'levy-start', workplaces: ctx.workplaces } : undefined;
}

const REQUEST_INTENTS: ReadonlySet<Intent> = new Set(['levy-calculator', 'find-contact', 'language', 'help', 'privacy', 'sources']);
const OVERVIEW_BLOCKERS: ReadonlySet<Intent> = new Set(['levy-calculator', 'find-contact', 'language']);

/**
 * The topics a message names as its subject. A topic that describes a person ("gleichgestellt", "GdB 30") only
 * says who is meant when another topic is named too, or when the question refers back to the topic under
 * discussion ("Ein Kollege ist nur gleichgestellt – bekommt der das auch?").
 */
function subjectTopics(cues: Cues, ctx: ConversationContext): string[] {
  const others = cues.namedTopics.filter((id) => !cues.statusTopics.includes(id));
  const refersBack = !!ctx.topic && cues.anaphor && (!!cues.facet || !!cues.condition);
  return others.length > 0 || refersBack ? others : cues.namedTopics;
}

/** The named topic to follow: one already in the conversation (topic, overview), else the first named. */
function pickNamed(r: Reading, ctx: ConversationContext, overviewTopics: readonly string[]): string | undefined {
  const { understanding: u } = r;
  const named = subjectTopics(r.cues, ctx);
  const recognized = u.decision === 'answer' && u.topics[0] ? [u.topics[0].id] : [];
  const inConversation = (id: string) => id === ctx.topic || overviewTopics.includes(id);
  return named.find(inConversation) ?? recognized.find(inConversation) ?? named[0];
}

/**
 * An ask-back between topics, one of which the message names only in passing ("…hat ihren Schwerbehindertenausweis
 * bekommen. Wie viel Urlaub steht ihr zu?"): without the background topics, the first one left when it is a clear
 * winner by the recognizer's own thresholds.
 */
function clearWithoutBackground(r: Reading): string | undefined {
  const { cues, understanding: u } = r;
  const background = new Set(cues.namedTopics.filter((id) => !cues.askedTopics.includes(id)));
  if (background.size === 0) return undefined;
  const [first, second] = u.topics.filter((t) => !background.has(t.id));
  const t = DEFAULT_THRESHOLDS;
  return first && first.score >= t.answer && (second?.score ?? 0) < first.score * (1 - t.margin) ? first.id : undefined;
}

/** Which topics a message names outright: two to compare, one asked what it is, or the one of an ask-back it names. */
function namedOutright(r: Reading): string[] | undefined {
  const { cues, understanding: u } = r;
  if (cues.compare && cues.namedTopics.length >= 2) return cues.namedTopics.slice(0, 2);
  // a levy sentence with its figures is a calculation, not an ask-back between levy topics
  if (u.decision === 'ask-back' && u.intent !== 'levy-calculator') {
    // the longest name the asking sentence holds: "stufenweise Wiedereingliederung" rather than the BEM it mentions
    const asked = cues.askedTopics.find((id) => u.topics.some((t) => t.id === id));
    const clear = asked ?? clearWithoutBackground(r);
    if (clear) return [clear];
  }
  const [named] = cues.namedTopics;
  if (!named || cues.facet || cues.namedTopics.length !== 1) return undefined;
  // "Was ist eigentlich das Budget für Ausbildung?": the card, even if the name holds a special-case word
  if (cues.definition && u.district === null && u.intent !== 'levy-calculator') return [named];
  return undefined;
}

/**
 * Few enough words of its own for a follow-up: at most one in the whole message, or in the clauses that ask when the
 * others only tell more ("…, wir sitzen in Hamm", "Der ist erst seit 4 Monaten bei uns") and the recognizer is not
 * sure of another topic; a question that refers back ("How long do they pay it?") may have a few more.
 */
function fitsFollowUp(r: Reading, ctx: ConversationContext): boolean {
  const { cues, understanding: u } = r;
  if (cues.contentWords <= FOLLOW_UP_WORDS) return true;
  const first = u.topics[0]?.id;
  // a topic that only describes the person ("nur gleichgestellt") is no other subject
  const otherAnswer = u.decision === 'answer' && u.intent === 'knowledge' && first !== ctx.topic && !cues.statusTopics.includes(first ?? '');
  // "Wir wollen eine Rollstuhlfahrerin einstellen, wer zahlt den Umbau?" names a situation of its own
  const otherSituation = cues.situation !== undefined && !cues.situationTopics.includes(ctx.topic ?? '');
  // "Und wer zahlt in der Zeit das Krankengeld?" names a subject outside the remit, without a word of ours; "Gilt das
  // auch in der Probezeit?" asks a special case of the topic under discussion and stays with it
  const otherSubject = u.intent === 'out-of-scope' && !!u.outOfScopeSubject && !u.remitEvidence && !cues.condition;
  return !otherAnswer && !otherSituation && !otherSubject && cues.questionWords <= (cues.anaphor ? ANAPHOR_WORDS : FOLLOW_UP_WORDS);
}

/** A question about the topic or overview under discussion, or about a topic it names. */
function followUp(r: Reading, ctx: ConversationContext, overviewTopics: readonly string[]): Interpretation | undefined {
  const { cues, understanding: u } = r;
  if (u.intent === 'levy-calculator' || (u.intent === 'find-contact' && u.district !== null)) return undefined;
  if (!cues.facet && ctx.overview && cues.situation && cues.situation !== ctx.overview && (cues.followUp || cues.contentWords <= FOLLOW_UP_WORDS)) {
    return { kind: 'overview', situation: cues.situation };
  }
  const facet = cues.condition ? 'conditions' : cues.facet;
  const named = pickNamed(r, ctx, overviewTopics);
  if (facet && named && (cues.followUp || cues.contentWords <= NAMED_FACET_WORDS)) return { kind: 'facet', topic: named, facet, condition: cues.condition };
  if (REQUEST_INTENTS.has(u.intent)) return undefined;
  if (!facet && cues.followUp && named && ctx.facet) return { kind: 'facet', topic: named, facet: ctx.facet, condition: ctx.condition };
  if (!facet || subjectTopics(cues, ctx).length > 0 || !fitsFollowUp(r, ctx)) return undefined;
  if (ctx.overview) return { kind: 'overview', situation: ctx.overview, facet };
  if (ctx.topic) return { kind: 'facet', topic: r.askBackTopic ?? ctx.topic, facet, condition: cues.condition };
  return undefined;
}

/**
 * Reads a message against the conversation: small talk, a changed levy figure, the remembered place, a broad
 * question (overview), a follow-up facet of the current topic (or of the topic it names), the answer to an
 * interrupted dialog, or a new question.
 * @param overviewTopics the topics of the overview under discussion (empty when none)
 */
export function interpret(r: Reading, ctx: ConversationContext, overviewTopics: readonly string[] = []): Interpretation {
  const { cues, understanding: u } = r;
  if (cues.smallTalk && cues.contentWords <= SMALL_TALK_WORDS && cues.namedTopics.length === 0 && !r.levyChange && !cues.facet) return { kind: 'small-talk', talk: cues.smallTalk };
  if (ctx.suspended && r.fitsSuspended && u.intent !== 'find-contact' && !cues.contact) return { kind: 'resume', dialog: ctx.suspended.dialog };
  if (r.levyChange && ctx.topic === LEVY_TOPIC && (cues.followUp || cues.contentWords <= NAMED_FACET_WORDS || r.levyCorrection) && u.intent !== 'find-contact') return { kind: 'levy-recalculation', figures: r.levyChange };
  // "Bis wann muss das bezahlt werden (und an wen)?" right after a levy result: the due date and payee of that result
  const aboutLevy = cues.namedTopics.every((id) => LEVY_DUTY_TOPICS.has(id));
  if (ctx.levy && ctx.lastAnswer === 'levy' && cues.facet === 'deadline' && !cues.levyDuty && aboutLevy && u.intent !== 'find-contact') return { kind: 'levy-recalculation', figures: ctx.levy, payment: true };
  // "Was genau würden wir zahlen?", "Müssen wir die Ausgleichsabgabe zahlen?" right after a levy result: the result again
  if (ctx.levy && ctx.lastAnswer === 'levy' && ((cues.facet === 'amount' && cues.namedTopics.length === 0) || (cues.levyDuty && cues.namedTopics.every((id) => LEVY_DUTY_TOPICS.has(id)))) && u.intent !== 'find-contact') return { kind: 'levy-recalculation', figures: ctx.levy };
  // "und für unsere Geschäftsstelle in Gütersloh?" right after a contact card asks for the contacts there
  if (u.district && ctx.lastAnswer === 'contact' && (cues.followUp || cues.branch) && !cues.facet && cues.namedTopics.length === 0 && u.intent !== 'levy-calculator') {
    return { kind: 'contact', districtKey: u.district, role: cues.role };
  }
  const levyStart = levyWithKnownWorkforce(r, ctx);
  if (levyStart) return levyStart;
  const district = u.district ?? ctx.districtKey;
  if (cues.contact && district && u.intent !== 'levy-calculator') return { kind: 'contact', districtKey: district, detail: cues.detail, role: cues.role };
  // "Welches Inklusionsamt ist für uns zuständig?" with no place known: ask for the place rather than between offices
  if (cues.contact && !district && !cues.facet && cues.namedTopics.length === 0 && !REQUEST_INTENTS.has(u.intent) && u.decision !== 'answer') return { kind: 'contact', role: cues.role };
  if (cues.detail && u.district && !cues.facet) return { kind: 'contact', districtKey: u.district, detail: cues.detail, role: cues.role };
  if (cues.overview && cues.namedTopics.length === 0 && !OVERVIEW_BLOCKERS.has(u.intent)) return { kind: 'overview', situation: cues.overview };
  // "Müssen wir in der Küche umbauen und wer bezahlt sowas?" between two instruments of that situation: the facet of each
  if (u.decision === 'ask-back' && u.intent === 'knowledge' && cues.situation && cues.facet && cues.namedTopics.length === 0 && u.topics.slice(0, 2).every((t) => cues.situationTopics.includes(t.id))) {
    return { kind: 'overview', situation: cues.situation, facet: cues.facet };
  }
  // "Wie kündige ich in der Probezeit?" was referred elsewhere; "Und wenn er schwerbehindert ist?" makes it ours
  if (ctx.neighbourTopic && u.remitEvidence && !(u.intent === 'knowledge' && u.decision === 'answer') && !REQUEST_INTENTS.has(u.intent)
    && cues.namedTopics.length === 0 && cues.contentWords <= (cues.followUp ? CIRCUMSTANCE_WORDS : NAMED_FACET_WORDS)) return { kind: 'topics', topics: [ctx.neighbourTopic] };
  const outright = namedOutright(r);
  if (outright) return { kind: 'topics', topics: outright };
  return followUp(r, ctx, overviewTopics) ?? { kind: 'new-question' };
}

/**
 * While a guided dialog waits: is the message its answer, or a different request to answer first? A contact
 * question, a levy calculation, the finder (in another dialog), a broad question or a clear knowledge question
 * is a digression; a levy sentence is never taken as finder answers.
 */
export function isDigression(r: Reading, waiting: GuidedDialog, fitsStep: boolean): boolean {
  const { cues, understanding: u } = r;
  // a bare place answers the finder's place step; a contact question ("wer ist in Bielefeld zuständig?") does not
  if (waiting !== 'contact' && cues.contact && (u.intent === 'find-contact' || u.district !== null || r.knowsDistrict)) return true;
  if (waiting !== 'contact' && u.intent === 'find-contact' && u.district !== null && !fitsStep) return true;
  if (u.intent === 'levy-calculator' && (waiting !== 'levy' || !fitsStep)) return true;
  if (u.intent === 'programme-finder' && waiting !== 'finder' && !fitsStep) return true;
  if (cues.overview && !fitsStep) return true;
  // the contact finder answers a knowledge question itself and asks for the place again
  if (fitsStep || waiting === 'contact') return false;
  return (u.intent === 'knowledge' && u.decision === 'answer') || (cues.facet !== undefined && cues.namedTopics.length > 0);
}
