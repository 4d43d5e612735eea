import type { Intent, RankedTopic } from '../recognizer/types.js';
import { leadingChoice } from './askBackChoice.js';
import type { ConversationContext, Cues, Facet, Interpretation, LevyFigures } from './types.js';

/** A follow-up may add at most this many words of its own ("Wie lange dauert das beim Amt?"). */
const FOLLOW_UP_WORDS = 1;
/** A follow-up that refers back ("How long do they pay it?") may ask with this many words of its own. */
const ANAPHOR_WORDS = 3;
/** A question that names its topic gets a facet answer up to this many own words; longer ones get the full card. */
export const NAMED_FACET_WORDS = 3;
/** A follow-up that adds a circumstance ("What if the employee is severely disabled?") has at most this many own words. */
export const CIRCUMSTANCE_WORDS = 5;
/** A continuation that tells a circumstance and asks what there is for it ("…, gibt es dafür auch was?") has at most this many. */
const TOLD_CIRCUMSTANCE_WORDS = 10;

/** Facets that ask about the employer's own steps and their timing; a special case named beside them narrows the answer and does not replace it. */
const STEP_FACETS: ReadonlySet<Facet> = new Set(['deadline', 'apply', 'start', 'processing', 'duration']);

/** Intents that ask for something other than a topic's facet. */
export const REQUEST_INTENTS: ReadonlySet<Intent> = new Set(['levy-calculator', 'find-contact', 'language', 'help', 'privacy', 'sources']);

/** What `interpret` reads of a message: the understanding, the cues and, after a levy result, the changed figures. */
export interface Reading {
  understanding: { intent: Intent; decision: 'answer' | 'ask-back' | 'dont-know'; topics: readonly RankedTopic[]; district: string | null; remitEvidence?: boolean; outOfScopeSubject?: string; remitTopic?: string; placeMentioned?: boolean };
  cues: Cues;
  /** The last levy figures with what this message changes, if it changes any. */
  levyChange?: LevyFigures;
  /** The change corrects a detail only the last calculation holds ("die Aushilfen arbeiten 20 Stunden"), however long the message. */
  levyCorrection?: boolean;
  /** Asks whether something counts ("Zählen Minijobber mit?", "mehrfach angerechnet"). */
  asksCounting?: boolean;
  /** Asks to whom the levy goes ("Wer bekommt das Geld?", "An wen überweisen wir das?"). */
  levyPayee?: boolean;
  /** Asks why the levy is what it is ("Warum zahlen wir für 22 Plätze?", "why do we pay for 22 places?"): its figures are the result's, not new ones. */
  asksWhyLevy?: boolean;
  /** The message counts disabled employees itself ("einen dritten Schwerbehinderten") or says that some leave ("wenn einer davon geht"). */
  levyEmployed?: boolean;
  /** The message writes out a count in digits or words ("11 Schwerbehinderte"), not only an article or a measure. */
  writesOutCount?: boolean;
  /** The message answers the step the suspended dialog waits for. */
  fitsSuspended?: boolean;
  /** After an ask-back: the offered topic whose texts hold the message's own words. */
  askBackTopic?: string;
  /** The conversation already knows the employer's district. */
  knowsDistrict?: boolean;
  /** The message has no question mark: it tells rather than asks ("Wir wollen eine gehörlose Buchhalterin einstellen."). */
  statement?: boolean;
  /** The Landschaftsverband of the district the conversation knows (its offices are the employer's). */
  districtAssociation?: 'LVR' | 'LWL';
  /** The office of one Landschaftsverband the message names, when it names one ("Ist für uns der LWL zuständig?"). */
  associationOffice?: string;
  /**
   * "Wir liegen in Moers – zahlen wir das an den LWL?": the message names the office of one Landschaftsverband, and the
   * place it names (a district or a region of one Landschaftsverband; else the district the conversation knows) belongs
   * to the other; the office of the place's.
   */
  otherAssociationOffice?: string;
  /** "Wir sind in Kerpen. Ist das der LVR oder der LWL?": the message names the same office of both, and the place is known; the office of the place's. */
  officeOfEither?: string;
  /** The message names a region of both Landschaftsverbände ("im Ruhrgebiet") and no district. */
  placeOfBoth?: boolean;
  /** The number of workplaces or employees the message itself gives. */
  workplaces?: number;
  /** Gleichgestellte people of the employer's staff the message states ("Eine Mitarbeiterin ist gleichgestellt"). */
  equalised?: number;
  /** The topic under discussion names the offices of both Landschaftsverbände: its answer depends on the place. */
  placeDependent?: boolean;
  /** An office was answered last: a contact card, an office's card or a topic that names the office by place. */
  officeAtHand?: boolean;
  /** The topic under discussion needs no application (the employer's own duty): the recent topic that does. */
  applicationTopic?: string;
  /**
   * The topic the message names (or the recognizer is sure of) that has a sourced fact on the special case the message
   * states, computed from figures the message gives ("…, die 6 Tage die Woche arbeitet": {{days}} in data/conversation/facts.json).
   */
  computedFactTopic?: string;
  /** The recognizer's topic and every topic the message names are agencies (EAA, Arbeitgeber-Service, Inklusionsamt …). */
  agencyOnly?: boolean;
  /**
   * The topic under discussion, else the one instrument of the overview or situation under discussion, that the message
   * points back at by the head of its name ("Gilt der Schutz dann trotzdem?", "Und wo beantrage ich den Zuschuss?").
   */
  referredTopic?: string;
  /** The out-of-scope term only narrows a thing the topic speaks of ("den normalen Lohn? Mindestens Mindestlohn?") or stands in a sentence that does not ask. */
  subjectAside?: boolean;
  /** The recognizer's other topic of a timing question rests on the facet's own words only ("application"): without them it answers nothing else. */
  answerRestsOnCues?: boolean;
  /** The topic under discussion has sentences on the facet the message asks (its evidence words find them). */
  facetInTopic?: boolean;
  /**
   * The topic under discussion or one of the two before it (the one at hand first) that has a sourced fact on the special
   * case the message states ("he joined only four months ago": the Kündigungsschutz before the overview of keeping a job).
   */
  caseTopic?: string;
  /** After an ask-back: the one offered topic whose texts have sentences on the facet the message asks ("Muss ich den vorher beantragen?"). */
  facetChoice?: string;
  /** A close runner-up of the recognizer that the topic under discussion lists as related, when its best is neither. */
  relatedCandidate?: string;
  /** The first overview situation whose instruments include the topic under discussion ("levy" for the Ausgleichsabgabe). */
  situationAtHand?: string;
  /**
   * The providers the message names ("die Arbeitsagentur", "das Inklusionsamt") that fund some but not all instruments
   * of a situation's overview, when every topic it names is an agency; undefined when there are none. `backToOverview`:
   * the message refers back to that overview ("davon"), so a topic the recognizer finds elsewhere does not count.
   */
  payersIn?: (situation: string, backToOverview: boolean) => readonly string[] | undefined;
}

/** The message refers back: a word like "das"/"it", or the head of the topic's name ("der Schutz"). */
const refersBack = (r: Reading): boolean => r.cues.anaphor || r.referredTopic !== undefined;

/**
 * The topics a message names as its subject. A topic that describes a person ("gleichgestellt", "GdB 30") only
 * says who is meant when another topic is named too, or when the question refers back to or continues the topic under
 * discussion ("Ein Kollege ist nur gleichgestellt – bekommt der das auch?").
 */
function subjectTopics(r: Reading, ctx: ConversationContext): string[] {
  const { cues } = r;
  const others = cues.namedSubjects;
  // "Und bei einer Kollegin, die gleichgestellt ist?" continues the topic at hand for a person of that status
  const aboutTopic = !!ctx.topic && (refersBack(r) || cues.followUp) && (!!cues.facet || !!cues.condition);
  return others.length > 0 || aboutTopic ? others : cues.namedTopics;
}

/**
 * "und das mit dem Lohnzuschuss von vorhin, wie lange läuft der?" points back at a subject of earlier in the
 * conversation: of the topics discussed before, the one the recognizer ranks highest, else the topic it is sure of.
 */
function earlierTopic(r: Reading, ctx: ConversationContext): string | undefined {
  const { cues, understanding: u } = r;
  if (!cues.earlier || u.intent !== 'knowledge') return undefined;
  const before = [...(ctx.recentTopics ?? []), ...(ctx.choices ?? [])];
  const discussed = u.topics.find((t) => before.includes(t.id))?.id;
  return discussed ?? (u.decision === 'answer' ? u.topics[0]?.id : undefined);
}

/**
 * The named topic to follow: one already in the conversation (topic, overview), else the named one the recognizer is
 * sure of ("Bis wann muss die Anzeige bei der Arbeitsagentur sein?" names the duty and the agency; the Anzeige is
 * asked about), else the first named, else a topic of earlier that the message points back at, else the topic at hand
 * it names by the head of its name.
 */
function pickNamed(r: Reading, ctx: ConversationContext, overviewTopics: readonly string[]): string | undefined {
  const { understanding: u } = r;
  const named = subjectTopics(r, ctx);
  const recognized = u.decision === 'answer' && u.topics[0] ? [u.topics[0].id] : [];
  const inConversation = (id: string) => id === ctx.topic || overviewTopics.includes(id);
  return named.find(inConversation) ?? recognized.find(inConversation) ?? named.find((id) => recognized.includes(id)) ?? named[0] ?? earlierTopic(r, ctx) ?? r.referredTopic;
}

/** The offered topic of the last ask-back that the recognizer's reading of this message ranks clearly ahead of the other offered ones. */
function recognizedChoice(r: Reading, ctx: ConversationContext): string | undefined {
  const choices = ctx.choices ?? [];
  return choices.length > 0 ? leadingChoice(r.understanding.topics.filter((t) => choices.includes(t.id))) : undefined;
}

/**
 * Few enough words of its own for a follow-up: at most one in the whole message, or in the clauses that ask when the
 * others only tell more ("…, wir sitzen in Hamm", "Der ist erst seit 4 Monaten bei uns") and the recognizer is not
 * sure of another topic; a question that refers back ("How long do they pay it?") may have a few more.
 */
function fitsFollowUp(r: Reading, ctx: ConversationContext): boolean {
  const { cues, understanding: u } = r;
  // "Und wer zahlt in der Zeit das Krankengeld?", "Wie hoch ist der Mindestlohn?" name a subject outside the remit,
  // without a word of ours; "Gilt das auch in der Probezeit?" asks a special case of the topic under discussion
  // "Und zahlen wir ihm dann den normalen Lohn? Mindestens Mindestlohn?" continues the topic with its own words ("Lohn")
  const stays = !!r.subjectAside && (cues.followUp || refersBack(r));
  const otherSubject = u.intent === 'out-of-scope' && !!u.outOfScopeSubject && !u.remitEvidence && !cues.condition && !stays;
  if (otherSubject) return false;
  if (cues.contentWords <= FOLLOW_UP_WORDS) return true;
  const first = u.topics[0]?.id;
  // a topic that only describes the person ("nur gleichgestellt") is no other subject
  // "und wie lange dauert das, bis da entschieden ist?" starts as a continuation, refers back and names no topic: the
  // recognizer's answer from its other words is no other subject
  const continues = cues.followUp && refersBack(r) && cues.namedTopics.length === 0;
  // "Must we make the application before we buy it?": the recognizer's topic rests on "application", the facet's word
  const otherAnswer = u.decision === 'answer' && u.intent === 'knowledge' && first !== ctx.topic && !cues.statusTopics.includes(first ?? '') && !continues && !r.answerRestsOnCues;
  // "Wir wollen eine Rollstuhlfahrerin einstellen, wer zahlt den Umbau?" names a situation of its own
  const otherSituation = cues.situation !== undefined && !cues.situationTopics.includes(ctx.topic ?? '');
  // a facet question the recognizer finds nothing for ("Do we have to apply before the contract is signed?") asks about the topic at hand
  const unknownElsewhere = u.decision === 'dont-know' && !u.outOfScopeSubject;
  // "und wie lange wird der gezahlt?" continues the conversation; the recognizer, unsure, places it nowhere else
  // ("Und muss ich die Stelle vorher der Agentur melden, wenn wir ausschreiben?" it ranks elsewhere, never the topic at hand)
  const rankedElsewhere = u.topics.length > 0 && !u.topics.some((t) => t.id === ctx.topic);
  const continuesUnsure = cues.followUp && u.decision !== 'answer' && !rankedElsewhere;
  // "Wie viel vom Lohn wird da übernommen?" right after an ask-back: the recognizer, unsure again, ranks an offered topic first
  const amongChoices = u.decision !== 'answer' && recognizedChoice(r, ctx) !== undefined;
  return !otherAnswer && !otherSituation && cues.questionWords <= (unknownElsewhere ? CIRCUMSTANCE_WORDS : refersBack(r) || continuesUnsure || amongChoices ? ANAPHOR_WORDS : FOLLOW_UP_WORDS);
}

/**
 * "Und wenn er schon über ein Jahr da wäre?": a continuation that adds a circumstance, names no topic or situation and
 * that the recognizer places nowhere for sure asks about the topic at hand again: the facet asked last, else its card.
 */
function newCircumstance(r: Reading, ctx: ConversationContext): Interpretation | undefined {
  const { cues, understanding: u } = r;
  // "…helfen muss, gibt es dafür auch was?" is no request for help with the bot: the help it tells of is the circumstance
  const helpInCircumstance = u.intent === 'help' && cues.anaphor;
  if (cues.facet || cues.condition || cues.situation || !cues.followUp || cues.namedTopics.length > 0 || (u.decision === 'answer' && !helpInCircumstance) || u.outOfScopeSubject) return undefined;
  const topic = ctx.choices ? ctx.choiceLead : ctx.topic;
  // "Und wenn ein Kollege ihm jeden Tag eine Stunde hilft, gibt es dafür auch was?" tells the circumstance at length and
  // asks broadly what the topic at hand offers for it: the topic's card, not the facet asked last
  const asksWhatFor = cues.asksBroadly && cues.anaphor;
  if (!topic || ctx.lastAnswer !== 'topic' || cues.contentWords > (asksWhatFor ? TOLD_CIRCUMSTANCE_WORDS : CIRCUMSTANCE_WORDS)) return undefined;
  if (asksWhatFor) return { kind: 'topics', topics: [topic] };
  return ctx.facet ? { kind: 'facet', topic, facet: ctx.facet, condition: ctx.condition } : { kind: 'topics', topics: [topic] };
}

/**
 * "das mit dem Zuschuss, erklär mal" after an overview: a short message without a facet that the recognizer, unsure,
 * reads as one of several topics of which only one is an instrument of the overview means that instrument.
 */
function singleOverviewCandidate(r: Reading, ctx: ConversationContext, overviewTopics: readonly string[]): string | undefined {
  const { cues, understanding: u } = r;
  if (!ctx.overview || u.decision !== 'ask-back' || u.intent !== 'knowledge' || cues.situation || cues.condition || cues.contentWords > ANAPHOR_WORDS) return undefined;
  if (cues.namedSubjects.some((id) => !overviewTopics.includes(id))) return undefined;
  const among = u.topics.filter((t) => overviewTopics.includes(t.id));
  return among.length === 1 ? among[0]!.id : undefined;
}

/** A question about the topic or overview under discussion, or about a topic it names. */
export function followUp(r: Reading, ctx: ConversationContext, overviewTopics: readonly string[]): Interpretation | undefined {
  const { cues, understanding: u } = r;
  if (u.intent === 'levy-calculator' || (u.intent === 'find-contact' && u.district !== null)) return undefined;
  if (!cues.facet && ctx.overview && cues.situation && cues.situation !== ctx.overview && (cues.followUp || cues.contentWords <= FOLLOW_UP_WORDS)) {
    return { kind: 'overview', situation: cues.situation };
  }
  // "Muss ich das vor Beginn der Ausbildung beantragen?" asks when, whatever special case its words also name: the asked
  // facet narrowed to that case; "Gilt das auch für Azubis?" asks who qualifies: the special case's conditions
  const facet = cues.condition && !(cues.facet && STEP_FACETS.has(cues.facet)) ? 'conditions' : cues.facet;
  const named = pickNamed(r, ctx, overviewTopics);
  // "Welchen Steuerfreibetrag bekommt ein Mitarbeiter mit GdB 50?": the GdB only says who is meant; a question whose
  // subject lies outside the remit gets its referral, not the amount facet of the topic the person's status names
  const referredAway = u.intent === 'out-of-scope' && !!u.outOfScopeSubject && cues.namedSubjects.length === 0;
  // "Zurück zum Zuschuss von vorhin: wie lange läuft der?" continues the conversation as "Und …" does
  const continues = cues.followUp || cues.earlier;
  if (facet && named && !referredAway && (continues || cues.contentWords <= NAMED_FACET_WORDS)) return { kind: 'facet', topic: named, facet, condition: cues.condition };
  // "Und wer kann uns dabei helfen?" refers back: help with the topic at hand, not with the bot
  const helpWithTopic = u.intent === 'help' && cues.anaphor && !!ctx.topic;
  if (REQUEST_INTENTS.has(u.intent) && !helpWithTopic) return undefined;
  // "Und beim Eingliederungszuschuss?" asks the facet asked last of the topic it names; "Und darf ich die Diagnose im
  // BEM-Gespräch abfragen?" names a topic beside a question of its own, which is no repetition of that facet
  if (!facet && cues.followUp && named && ctx.facet && cues.contentWords <= NAMED_FACET_WORDS) return { kind: 'facet', topic: named, facet: ctx.facet, condition: ctx.condition };
  const circumstance = newCircumstance(r, ctx);
  if (circumstance) return circumstance;
  // "Und wenn der GdB erst im September festgestellt wurde?" after the Zusatzurlaub: a continuation that states a special
  // case on which the topic at hand has a sourced fact, and names no other subject (the GdB only says who is meant)
  const caseOfTopicAtHand = facet === 'conditions' && (cues.followUp || refersBack(r)) && !!ctx.topic && r.caseTopic === ctx.topic && cues.namedSubjects.length === 0;
  if (caseOfTopicAtHand && !REQUEST_INTENTS.has(u.intent)) return { kind: 'facet', topic: ctx.topic!, facet, condition: cues.condition };
  // "Which of these needs an application before the contract is signed?" after an overview asks it of each of its
  // instruments, whichever one of them the recognizer finds
  const ofOverview = !!ctx.overview && cues.anaphor && (u.decision !== 'answer' || overviewTopics.includes(u.topics[0]?.id ?? ''));
  if (facet && ofOverview && subjectTopics(r, ctx).length === 0) return { kind: 'overview', situation: ctx.overview!, facet };
  const instrument = facet ? undefined : singleOverviewCandidate(r, ctx, overviewTopics);
  if (instrument) return { kind: 'topics', topics: [instrument] };
  if (!facet || subjectTopics(r, ctx).length > 0 || !fitsFollowUp(r, ctx)) return undefined;
  // "Wait – he joined only four months ago. Does that change anything?" after the overview of keeping him, which
  // followed the Kündigungsschutz: the special case is a rule of that topic, not of the overview's instruments
  const caseOfEarlier = facet === 'conditions' && r.caseTopic && !overviewTopics.includes(r.caseTopic) ? r.caseTopic : undefined;
  if (ctx.overview && caseOfEarlier) return { kind: 'facet', topic: caseOfEarlier, facet, condition: cues.condition };
  if (ctx.overview) return { kind: 'overview', situation: ctx.overview, facet };
  // after an ask-back: the offered topic the follow-up's words or the recognizer's scores single out, else the only one
  // whose texts answer the facet asked, else ask again
  if (ctx.choices) {
    const chosen = r.askBackTopic ?? ctx.choiceLead ?? recognizedChoice(r, ctx) ?? r.facetChoice;
    return chosen ? { kind: 'facet', topic: chosen, facet, condition: cues.condition } : { kind: 'ask-again', topics: ctx.choices, facet, condition: cues.condition };
  }
  // "Und wo stellt er den Antrag?" after the Zusatzurlaub, which needs none, asks about the Gleichstellung before it;
  // "Ab wann gilt das – ab dem Bescheid oder ab dem Antrag?" after the levy came in between: the recognizer ranks first
  // (sure or not) the topic discussed just before, whose question it is ("Wer entscheidet über den Antrag, und ab wann
  // gilt das?" after the Gleichstellung and the quota)
  const recent = u.decision !== 'dont-know' && u.intent === 'knowledge' && ctx.recentTopics?.includes(u.topics[0]?.id ?? '') ? u.topics[0]?.id : undefined;
  if (ctx.topic) return { kind: 'facet', topic: (facet === 'apply' && r.applicationTopic) || recent || ctx.topic, facet, condition: cues.condition };
  return undefined;
}
