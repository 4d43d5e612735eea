import { decide, type DecisionThresholds } from './decision.js';
import type { DocumentScore } from './scoring.js';
import type { IntentSignals } from './signals.js';
import type { Recognition, RankedTopic } from './types.js';

/** What the router needs to know about one message besides its ranking. */
export interface RouteInput {
  ranking: readonly DocumentScore[];
  signals: IntentSignals;
  placeMentioned: boolean;
  /** The message says nothing but a place or postcode. */
  onlyPlace: boolean;
  /** The place names no single district ("Westfalen"). */
  vaguePlace?: boolean;
  /** The offices whose name a question for a place or an office governs ("Welches Inklusionsamt …", "Wo ist das Amt …"). */
  askedOffices?: readonly string[];
  /** The out-of-scope subject a question word governs ("Welchen Steuerfreibetrag …"). */
  governedSubject?: string;
  /** The message contains a word of the bot's remit (Behinderung, Inklusion …), or is a short follow-up in a conversation about one. */
  domainMarked: boolean;
  /** The message itself contains a word of the remit (not borrowed from the conversation). */
  remitEvidence: boolean;
  /** A request for help that names nothing specific ("Wer hilft mir bei Fragen zu Arbeit und Behinderung?"), see genericQuestions.ts. */
  genericHelp?: boolean;
  /** Number of content words (after stop words and places). */
  contentWords: number;
  /** Number of words that match anything at all (not ordinary, not unknown). */
  evidenceWords: number;
  /** The message bears a sign of a general HR question: a verb of permission, or the whole staff as its object. */
  generalQuestion: boolean;
}

/** Topic ids and limits the router works with. */
export interface RouteSettings {
  contactTopics: readonly string[];
  /** Contact points with a topic of their own (LVR-Inklusionsamt, DRV …): naming one is a knowledge question. */
  otherContactTopics: readonly string[];
  contactAnswerTopic: string;
  /** Offered first when a vague question fits several topics about equally (the one-stop advice point). */
  generalTopic: string;
  levyTopics: readonly string[];
  thresholds: DecisionThresholds;
  /** A keyword of at most this many topics, found verbatim, "names" its topic ("Arbeitsassistenz", "EAA"). */
  namingKeywordDf: number;
  /** A clear answer with at least this score also names its topic ("Inklusionsamt Landschaftsverband Rheinland"). */
  namingScore: number;
  /** Lowest score with which a known out-of-scope subject wins. */
  outOfScopeFloor: number;
  /** A subject named by a word no topic knows wins from this share of the first topic's score. */
  outOfScopeShare: number;
  /** Any other subject wins from this share of the first topic's score (when no topic is named). */
  outOfScopeCloseShare: number;
  /** A subject this many times stronger than an unnamed first topic wins even in a question about disability ("in Rente gehen mit Schwerbehinderung"). */
  outOfScopeDominance: number;
  /** The topic of the remit each out-of-scope subject becomes when the person concerned is disabled (Urlaub → Zusatzurlaub). */
  remitTopics?: ReadonlyMap<string, string>;
}

type Routed = Omit<Recognition, 'questionLanguage' | 'placeMentioned'>;

const round = (x: number): number => Math.round(x * 1000) / 1000;
// within this share of the first score a vague question is a tie
const VAGUE_TIE = 0.85;
const VAGUE_MIN_WORDS = 3;
const DOMAIN_ASK_BACK_CONFIDENCE = 0.3;
// a topic that scores this many times the next one leads clearly, even below the answer threshold
const CLEAR_LEAD = 1.7;
const CLEAR_LEAD_CONFIDENCE = 0.6;
// a question for a helper asks for the one-stop advice point when that scores at least this share of the first topic
const GENERAL_BESIDE_SHARE = 0.7;
// a procedure named by a keyword beside an office (Inklusionsamt, Arbeitsagentur) is the subject from this share of the office's score
const PROCEDURE_SHARE = 0.6;
// two offices this close are named by a word they share
const GENERIC_OFFICE_TIE = 0.99;
const ranked = (ranking: readonly DocumentScore[], n = 5): RankedTopic[] => ranking.slice(0, n).map((r) => ({ id: r.id, score: round(r.score) }));

/** Puts the preferred topics first (in their order), keeping the rest of the ranking behind them. */
function preferTopics(topics: readonly RankedTopic[], preferred: readonly string[], ranking: readonly DocumentScore[]): RankedTopic[] {
  const byId = new Map(ranking.map((r) => [r.id, round(r.score)]));
  const front = preferred.filter((id) => topics.some((t) => t.id === id) || preferred[0] === id).map((id) => ({ id, score: byId.get(id) ?? 0 }));
  return [...front, ...topics.filter((t) => !preferred.includes(t.id))].slice(0, 5);
}

/** The first topic scores at least {@link CLEAR_LEAD} times the second: the question has one subject, however weakly it is matched. */
const leadsClearly = (topics: readonly DocumentScore[]): boolean => !!topics[0] && topics[0].score >= (topics[1]?.score ?? 0) * CLEAR_LEAD;

// a subject whose own remit neighbour leads, in a question with no evidence of the remit, wins from this share of it
const REMIT_NEIGHBOUR_SHARE = 0.5;

/** A known out-of-scope subject outweighs the topics (see the comments for the three ways). */
function subjectWins(subject: DocumentScore, first: DocumentScore | undefined, named: boolean, domainMarked: boolean, s: RouteSettings): boolean {
  if (!first) return true;
  // "Wie viel Urlaub bekommt eine Aushilfe?": the topic first is the subject's own neighbour in the remit (Zusatzurlaub), which
  // only disability makes the subject; without a word of the remit the question is the general one
  if (!domainMarked && s.remitTopics?.get(subject.id) === first.id && subject.score >= first.score * REMIT_NEIGHBOUR_SHARE) return true;
  // a subject named by a word no topic knows ("Bayern", "Elterngeld") wins even from behind unless a topic is named
  if (subject.exclusive > 0 && (subject.score >= first.score || (!named && subject.score >= first.score * s.outOfScopeShare))) return true;
  // a subject that dominates an unnamed topic is the question's subject; disability is only its circumstance
  if (!named && subject.score >= first.score * s.outOfScopeDominance) return true;
  // a subject some topic also knows ("Urlaub", "Probezeit") must come close, and not in a question about disability;
  // a topic named only by a word the subject shares ("Rentenversicherung", "kündigen") is no evidence of the remit
  // several subjects' words add up: "holiday" (Urlaub) and "full-time" (Arbeitsrecht) are one general HR question
  return !domainMarked && Math.max(subject.score, subject.pooled) >= first.score * s.outOfScopeCloseShare;
}

/** A calculation of the Ausgleichsabgabe: a calculation phrase about the levy, or workforce figures with a cost word. */
function isLevyRequest(signals: IntentSignals, levyTopicFirst: boolean): boolean {
  const workforceFigures = signals.numbers.length >= 2 && signals.levyWorkforce;
  return (signals.levyPhrase && (levyTopicFirst || workforceFigures)) || (workforceFigures && (signals.levyCost || levyTopicFirst));
}

/**
 * A search for the responsible contact point. With a place in a district, a question for an office ("Welches
 * Inklusionsamt …", "Wo ist das Amt für Inklusion in Bielefeld?") or an office named beside a word of responsibility
 * ("Fachstelle … in Ratingen – wer ist zuständig?") asks for the district's contacts; an office named with only a
 * contact word ("Telefonnummer Inklusionsamt Münster"), or without a place, gets that office's own answer.
 */
function isContactRequest(input: RouteInput, contactTopicFirst: boolean, askedOffice: string | undefined, otherContactNamed: boolean, dontKnow: boolean, contactTopicBeside: boolean): boolean {
  const { signals, placeMentioned, onlyPlace } = input;
  if (placeMentioned && askedOffice) return !input.vaguePlace;
  if (placeMentioned && otherContactNamed) return !input.vaguePlace && signals.responsibilityPhrase;
  // "Wer hilft in Petershagen?": a request for help that names nothing specific, with a place, asks for that place's contacts
  if (placeMentioned) return signals.contactPhrase || contactTopicFirst || onlyPlace || input.genericHelp === true;
  if (otherContactNamed) return false;
  return signals.contactPhrase && (contactTopicFirst || dontKnow || contactTopicBeside);
}

/**
 * Decides the intent of a message from its routing cues and its topic ranking: out-of-scope subject,
 * levy calculation, contact search, programme finder, or a knowledge answer (answer / ask back / don't know).
 */
export function routeMessage(input: RouteInput, s: RouteSettings): Routed {
  const { ranking, signals, placeMentioned, onlyPlace } = input;
  const topics = ranking.filter((r) => !r.outOfScope);
  const base = decide(topics, s.thresholds);
  const first = topics[0];
  // the question names its topic: a rare keyword verbatim, or a clear answer that explains most of the question
  const named = !!first && base.decision !== 'dont-know'
    && (first.nameSharedBy <= s.namingKeywordDf || (base.decision === 'answer' && first.score >= s.namingScore));

  const levyRequest = isLevyRequest(signals, !!first && s.levyTopics.includes(first.id));
  // "240 Vollzeitstellen, 20 Aushilfen, sieben Schwerbehinderte. Was zahlen wir?": workforce figures of disabled staff and
  // the employer's own cost are a levy calculation, whatever HR words (Vollzeit, Aushilfe) describe the staff
  const levyWithFigures = levyRequest && input.remitEvidence && signals.numbers.length >= 2;
  // a subject the question word governs wins ("Welchen Steuerfreibetrag bekommt ein Mitarbeiter mit GdB 50?"); else the strongest
  const governed = input.governedSubject ? ranking.find((r) => r.id === input.governedSubject) : undefined;
  const subject = governed ?? ranking.find((r) => r.outOfScope);
  if (subject && subject.score >= s.outOfScopeFloor && !onlyPlace && !levyWithFigures && (!!governed || subjectWins(subject, first, named, input.domainMarked, s))) {
    return { intent: 'out-of-scope', decision: 'dont-know', topics: [], confidence: round(Math.min(0.95, 0.5 + subject.score / 2)), outOfScopeSubject: subject.id };
  }
  if (levyRequest) {
    return { intent: 'levy-calculator', decision: 'answer', topics: preferTopics(base.topics, s.levyTopics.slice(0, 1), topics), confidence: 0.8 };
  }
  const contactTopicFirst = !!first && s.contactTopics.includes(first.id);
  const otherContactNamed = named && !!first && s.otherContactTopics.includes(first.id);
  // "Wer hilft mir, wenn ich Fragen zu Arbeit und Behinderung habe?": a question for a helper that names no programme by a
  // keyword, with the one-stop advice point among its topics, asks for the contact point
  const contactTopicBeside = input.domainMarked && !!first && first.keywordNamedBy > s.namingKeywordDf && base.topics.some((t) => t.id === s.generalTopic && t.score >= first.score * GENERAL_BESIDE_SHARE);
  // the office a question for an office governs ("Welches Inklusionsamt …"), the best ranked of them when a word names several
  const askedOffice = topics.find((t) => input.askedOffices?.includes(t.id))?.id;
  if (isContactRequest(input, contactTopicFirst, askedOffice, otherContactNamed, base.decision === 'dont-know', contactTopicBeside)) {
    const contactTopics = base.topics.length > 0 ? base.topics : ranked(topics);
    // the office the question asks for or names leads; else the EAA
    const asked = askedOffice ?? (otherContactNamed ? first.id : s.contactAnswerTopic);
    return { intent: 'find-contact', decision: 'answer', topics: preferTopics(contactTopics, [asked], topics), confidence: placeMentioned ? 0.85 : 0.65 };
  }
  // "welche Hilfen gibt es …" asks for the finder unless the question clearly names one programme
  if (signals.finderPhrase && !(named && first.score >= s.namingScore)) {
    const found = base.topics.length > 0 ? base.topics : ranked(topics, 3);
    // naming no programme, the guided search starts at the one-stop advice point (EAA)
    return { intent: 'programme-finder', decision: base.decision === 'dont-know' ? 'ask-back' : base.decision, topics: named ? found : preferTopics(found, [s.generalTopic], topics), confidence: 0.7 };
  }
  // a plain request for help about disability at work that names nothing specific: the one-stop advice point first
  if (input.genericHelp && input.remitEvidence && first) {
    const offered = base.topics.length > 0 ? base.topics : ranked(topics, 3);
    return { intent: 'knowledge', ...base, decision: base.decision === 'dont-know' ? 'ask-back' : base.decision, topics: preferTopics(offered, [s.generalTopic], topics) };
  }
  if (base.decision === 'dont-know') {
    // a question about disability with no out-of-scope subject is asked back (one-stop advice point first), never "don't know"
    // …but a topic that leads clearly stays in front of it ("… jemanden, der ihr die Post vorliest" → Arbeitsassistenz)
    if (input.remitEvidence && first) {
      const offered = preferTopics(ranked(topics, 3), [s.generalTopic], topics);
      return { intent: 'knowledge', decision: 'ask-back', topics: leadsClearly(topics) ? preferTopics(offered, [first.id], topics) : offered, confidence: DOMAIN_ASK_BACK_CONFIDENCE };
    }
    return { intent: 'out-of-scope', ...base };
  }
  // one word that some topic only mentions in its prose ("Wer wird deutscher Meister?") names no topic
  if (!first!.keyword && !input.domainMarked && input.evidenceWords <= 1) return { intent: 'out-of-scope', decision: 'dont-know', topics: [], confidence: round(base.confidence / 2) };
  // "Wie viele Stunden darf ein Mitarbeiter arbeiten?", "… für alle Mitarbeiter bezahlen?": without evidence of the remit a
  // question about what is allowed, or about the whole staff, is general HR unless a rare keyword names a topic
  if (input.generalQuestion && !input.domainMarked && first!.keywordNamedBy > s.namingKeywordDf) return { intent: 'out-of-scope', decision: 'dont-know', topics: [], confidence: round(base.confidence / 2) };
  // a vague question that neither names a topic nor mentions disability is general HR ("Überstunden anordnen");
  // a single word ("Zuschuss") is asked back instead
  if (base.decision === 'ask-back' && !named && !input.domainMarked && input.contentWords >= VAGUE_MIN_WORDS) return { intent: 'out-of-scope', decision: 'dont-know', topics: [], confidence: round(base.confidence / 2) };
  // in the whole ranking: among many equal topics the general one may stand behind the first five
  const general = topics.find((t) => t.id === s.generalTopic);
  if (base.decision === 'ask-back' && !named && general && general.score >= base.topics[0]!.score * VAGUE_TIE) {
    return { intent: 'knowledge', ...base, topics: preferTopics(base.topics, [s.generalTopic], topics) };
  }
  // "… unserem Koch kündigen, er ist schwerbehindert … Brauchen wir da das Inklusionsamt?": an office named generically
  // beside a procedure that a keyword names is the one who acts in it; the procedure is the subject
  const office = (t: DocumentScore | undefined): boolean => !!t && s.otherContactTopics.includes(t.id);
  // only when the office is named generically ("das Inklusionsamt": LVR and LWL alike), not by its own name
  const genericOffice = office(first) && office(topics[1]) && topics[1]!.score >= first!.score * GENERIC_OFFICE_TIE;
  const procedure = genericOffice ? topics.find((t) => !s.otherContactTopics.includes(t.id) && !s.contactTopics.includes(t.id) && t.keywordNamedBy <= s.namingKeywordDf && t.score >= first!.score * PROCEDURE_SHARE) : undefined;
  if (procedure && input.domainMarked) return { intent: 'knowledge', decision: 'answer', topics: preferTopics(base.topics, [procedure.id], topics), confidence: CLEAR_LEAD_CONFIDENCE };
  // a question of the remit with one clearly leading topic is answered, even when the words match it only weakly
  const answered = base.decision === 'ask-back' && input.remitEvidence && leadsClearly(topics) ? { ...base, decision: 'answer' as const, confidence: CLEAR_LEAD_CONFIDENCE } : base;
  // "Wohin zahle ich die Ausgleichsabgabe, welches Amt ist das?": the office the question asks for leads the subject it asks about
  // (only before a subject: an office or contact point that leads is itself an answer to "Wo ist das Amt …")
  const subjectFirst = !!answered.topics[0] && !s.otherContactTopics.includes(answered.topics[0].id) && !s.contactTopics.includes(answered.topics[0].id);
  const askedInRanking = topics.filter((t) => input.askedOffices?.includes(t.id) && answered.topics.some((b) => b.id === t.id)).map((t) => t.id);
  // several offices asked alike ("welches Inklusionsamt") lead only when the message names the place that picks one of them
  // (understand.ts orders by the Landschaftsverband); in a conversation the place said before is the dialog's business
  if (subjectFirst && (askedInRanking.length === 1 || (askedInRanking.length > 1 && placeMentioned))) return { intent: 'knowledge', ...answered, topics: preferTopics(answered.topics, askedInRanking, topics) };
  return { intent: 'knowledge', ...answered };
}
