import { asksAboutDuty, asksForCalculation, levyTokens, MIN_WORKPLACES, parseLevyQuestion, type LevyQuestion, type LevyQuestionWords } from './levy/index.js';
import { messageTokens } from './recognizer/messageSignals.js';
import type { RankedTopic, Recognition, Recognizer } from './recognizer/types.js';
import { resolvePlace, type PlaceResolution, type Regions } from './regions/index.js';
import { analysed, type AnalysedMessage, type MessageInput, type MessageReader } from './text/analysedMessage.js';
import { foldGerman } from './text/fold.js';
import { splitSentences } from './text/sentences.js';

const LEVY_TOPICS = new Set(['ausgleichsabgabe', 'beschaeftigungspflicht']);
const DUTY_TOPIC = 'beschaeftigungspflicht';
const LEVY_TOPIC = 'ausgleichsabgabe';
// as many topics as the recognizer lists
const MAX_LISTED = 5;
// "in", "aus", "bei" … (and an article) right before a place name
const PLACE_PREPOSITION = /(?:^|[\s(])(?:in|im|aus|bei|beim|nach|nahe|um|from|at|near)(?:\s+(?:der|dem|den|the))?\s+$/i;
// a question for a place outside NRW is NRW's when none of its first this many topics is a programme or office of NRW
const OUTSIDE_TOPICS = 2;
// as sure as a contact question that names a place (the recognizer's own figure for that case)
const PLACE_STATEMENT_CONFIDENCE = 0.85;
// a duty question with a head count puts the duty first when it scores at least this share of the first topic
const DUTY_BESIDE_SHARE = 0.75;

/**
 * A levy question that already gives both numbers ("75 Arbeitsplätze, 1 Schwerbehinderter") asks for a calculation;
 * so does one with fewer than 20 workplaces ("Wir sind 19 Leute. Ausgleichsabgabe?"), whose answer is "no duty".
 */
function levyCalculation(message: AnalysedMessage, topics: readonly { id: string }[], levyWords?: LevyQuestionWords): 'calculate' | 'noDuty' | undefined {
  if (!topics.slice(0, 2).some((t) => LEVY_TOPICS.has(t.id))) return undefined;
  const numbers = message.get(levyFigures);
  if (numbers.workplaces === undefined) return undefined;
  // "…einstellen, wir haben 45 Beschäftigte" gives two numbers too, but asks nothing about paying; the levy topic first
  // (also from a misspelt "ausgleichsabgae") does, and so does the duty first with both figures, as for its yearly
  // report ("Für die Anzeige 2024: 84 Arbeitsplätze, ein Schwerbehinderter. Was kommt da raus?")
  const first = topics[0]?.id;
  const asksFigures = first === LEVY_TOPIC || (first === DUTY_TOPIC && numbers.employed !== undefined && statesEmployed(message.text));
  if (!(levyWords && asksForCalculation(levyWords, message.text)) && !asksFigures) return undefined;
  if (numbers.workplaces < MIN_WORKPLACES) return 'noDuty';
  return numbers.employed !== undefined ? 'calculate' : undefined;
}

/**
 * The disabled people are stated, not only asked about: a sentence without a question mark counts them ("84
 * Arbeitsplätze, ein schwerbehinderter Schlosser."; not "We have 45 employees. Do we have to employ a disabled person?").
 */
const statesEmployed = (text: string): boolean => splitSentences(text).some((s) => !s.question && parseLevyQuestion(s.text).employed !== undefined);

/**
 * The two levy topics in front of a calculation, in the order the question asks: "Welche Verpflichtungen haben wir?"
 * is the duty (Beschäftigungspflicht first), "Was müssen wir zahlen?" the payment (Ausgleichsabgabe first). The
 * calculator answers both, so both are listed whatever the words matched.
 */
function withLevyTopics(topics: readonly RankedTopic[], text: string, levyWords: LevyQuestionWords | undefined): RankedTopic[] {
  const order = levyWords && asksAboutDuty(levyWords, text) ? [DUTY_TOPIC, LEVY_TOPIC] : [LEVY_TOPIC, DUTY_TOPIC];
  const front = order.map((id) => ({ id, score: topics.find((t) => t.id === id)?.score ?? 0 }));
  return [...front, ...topics.filter((t) => !LEVY_TOPICS.has(t.id))].slice(0, MAX_LISTED);
}

/** The workplaces, employed people and year a message gives (see parseLevyQuestion), read once per turn. */
export const levyFigures: MessageReader<LevyQuestion> = (message) => parseLevyQuestion(message.text, message.get(levyTokens));

/** A place found in a message by the region resolver: its district key and the words that named it. */
export interface FoundPlace {
  /** Official five-digit key of the NRW district, or null when the place is ambiguous or outside NRW. */
  district: string | null;
  /** The Landschaftsverband of the district (LVR: Rheinland, LWL: Westfalen-Lippe), when known. */
  landschaftsverband?: 'LVR' | 'LWL';
  /** The words of the message that named the place; they are kept out of topic matching. */
  tokens: readonly string[];
  /** The message says only where the business is ("Wir sitzen in Coesfeld.", "Ich meinte Köln-Mülheim"). */
  statement?: boolean;
  /** The place is outside NRW and the question is asked for it ("… in Hannover", "… in Rheinland-Pfalz"); no NRW place is named. */
  outside?: boolean;
}

/** Finds a place in a message (in the turn's analysis of it, when given); supplied by src/core/regions. */
export type PlaceFinder = (text: string, message?: AnalysedMessage) => FoundPlace | null;

const resolutions = new WeakMap<Regions, MessageReader<PlaceResolution>>();

/** The region resolver's reading of a message, one reader per regions: understanding and the contact dialog share it. */
export function placeResolution(regions: Regions): MessageReader<PlaceResolution> {
  let read = resolutions.get(regions);
  if (!read) resolutions.set(regions, (read = (message) => resolvePlace(regions, message.text)));
  return read;
}

/**
 * Adapts the region resolver: a district or an ambiguous place counts as a place (district null when
 * ambiguous); a place outside NRW does not, so "Bayern" still reaches the out-of-scope subjects.
 */
export function placeFinderFor(regions: Regions): PlaceFinder {
  return (text, message) => {
    const found = message?.text === text ? message.get(placeResolution(regions)) : resolvePlace(regions, text);
    if (found.kind === 'district') {
      return { district: found.district.key, landschaftsverband: found.district.landschaftsverband, tokens: found.mentioned, statement: found.statement };
    }
    if (found.kind === 'ambiguous') {
      const landschaftsverband = found.region?.landschaftsverband;
      return { district: null, ...(landschaftsverband ? { landschaftsverband } : {}), tokens: found.matched.split(', '), statement: found.statement };
    }
    // "Wir sitzen in 80331", "PLZ 99999": a postal code that is not an NRW one, stated alone, still asks for contacts
    if (found.kind === 'outside-nrw' && found.statement) return { district: null, tokens: [found.matched], statement: true };
    // "Wir haben einen Standort in Mainz – welche Prämien …?": a place outside NRW after a preposition of place is where the
    // question applies ("the Hamburg model" names none)
    if (found.kind === 'outside-nrw' && !found.postcode && PLACE_PREPOSITION.test(text.slice(0, Math.max(0, text.indexOf(found.matched))))) return { district: null, tokens: [], outside: true };
    return null;
  };
}

/** Everything the bot understood of one message. */
export interface Understanding extends Recognition {
  /** District key of the place the message names, or null. */
  district: string | null;
}

/** What the conversation tells about a message. */
export interface UnderstandContext {
  /** The conversation is about a topic of the remit (see RecognizeOptions.inRemit). */
  inRemit?: boolean;
}

/** The one function that decides what a message means; `ask`, `eval` and the main dialog (with the turn's analysis) call it. */
export type Understand = (message: MessageInput, context?: UnderstandContext) => Understanding;

/** The subject of questions asked for a place outside NRW (`outsidePlaces` in data/intents.json), and its topics owed by the employer as a whole. */
export interface OutsideSubject {
  id: string;
  employerWide?: readonly string[];
}

/** Where a topic applies (`regionScope` of data/topics), for ordering topics by the asker's Landschaftsverband. */
export type RegionScopeOf = (topicId: string) => readonly string[] | undefined;

/**
 * Combines the recognizer with place resolution; a failing place finder never breaks understanding. With a
 * place in Westfalen-Lippe, topics only for the Rheinland move behind the others (and the other way round).
 * `levyWords` (data/levy/question-words.json) tell a levy question that asks for a calculation.
 */
export function createUnderstand(recognizer: Recognizer, findPlace?: PlaceFinder, regionScopeOf?: RegionScopeOf, levyWords?: LevyQuestionWords, outside?: OutsideSubject, obligationWords: readonly string[] = []): Understand {
  const obligations = new Set(obligationWords.map(foldGerman));
  const employerWide = new Set(outside?.employerWide ?? []);
  // "Bald sind wir 25 Leute. Muss ich dann etwas machen?": a modal verb of obligation or a duty word beside a head count asks about the duty
  const asksDuty = (message: AnalysedMessage): boolean => (!!levyWords?.duty?.test(message.text)) || message.get(messageTokens).some((t) => obligations.has(t.folded));
  // a question about support or offices for a place outside NRW gets the out-of-scope answer, unless it asks about federal law
  // alone ("Gilt der Kündigungsschutz auch in unserer Filiale in Leipzig?"): programmes and offices are NRW's; a contact search
  // stays one (the contact dialog says that the place is not in NRW and links the EAA of all Integrationsämter)
  const outsideRemit = (recognition: Recognition): boolean => {
    if (!outside) return false;
    // "An welches Inklusionsamt zahlen wir die Abgabe – auch für die Leute in Erfurt?": the levy is the whole employer's, paid
    // at its seat, also when the office asked for ranks beside it
    if (recognition.topics.slice(0, OUTSIDE_TOPICS).some((t) => employerWide.has(t.id))) return false;
    if (recognition.intent === 'programme-finder') return true;
    // the first two topics: "Welche Prämie zahlt das Amt dort für einen Azubi?" ranks a federal grant beside the NRW premiums
    const stateOnly = recognition.topics.slice(0, OUTSIDE_TOPICS).some((t) => !(regionScopeOf?.(t.id) ?? []).includes('federal'));
    return recognition.intent === 'knowledge' && stateOnly;
  };
  const readPlace: MessageReader<FoundPlace | null> = (message) => {
    try {
      return findPlace?.(message.text, message) ?? null;
    } catch {
      return null;
    }
  };
  return (input, context = {}) => {
    const message = analysed(input);
    const found = message.get(readPlace);
    const place = found?.outside ? null : found;
    const recognition = recognizer.recognize(message.text, { message, ...(place ? { ignoreTokens: place.tokens } : {}), ...(place && place.district === null ? { vaguePlace: true } : {}), ...(context.inRemit ? { inRemit: true } : {}) });
    const lv = place?.landschaftsverband;
    const elsewhere = (id: string): boolean => {
      const scope = regionScopeOf?.(id);
      return !!lv && !!scope && !scope.includes(lv) && !scope.includes('NRW') && !scope.includes('federal');
    };
    if (found?.outside && outsideRemit(recognition)) {
      return { ...recognition, intent: 'out-of-scope', decision: 'dont-know', topics: [], outOfScopeSubject: outside!.id, district: null };
    }
    let topics = [...recognition.topics.filter((t) => !elsewhere(t.id)), ...recognition.topics.filter((t) => elsewhere(t.id))];
    const calculation = recognition.intent === 'knowledge' || recognition.intent === 'levy-calculator' ? levyCalculation(message, topics, levyWords) : undefined;
    // under 20 workplaces the answer is the duty itself: there is none
    if (calculation === 'noDuty') topics = [{ id: DUTY_TOPIC, score: topics.find((t) => t.id === DUTY_TOPIC)?.score ?? 0 }, ...topics.filter((t) => t.id !== DUTY_TOPIC)];
    // a message that only says where the business is asks for the contact points there
    if (!calculation && place?.statement && (recognition.intent === 'knowledge' || recognition.intent === 'out-of-scope')) {
      return { ...recognition, intent: 'find-contact', decision: 'answer', confidence: Math.max(recognition.confidence, PLACE_STATEMENT_CONFIDENCE), topics, placeMentioned: true, district: place.district };
    }
    const duty = topics.findIndex((t) => t.id === DUTY_TOPIC);
    if (!calculation && recognition.intent === 'knowledge' && duty === 1 && topics[1]!.score >= topics[0]!.score * DUTY_BESIDE_SHARE && message.get(levyFigures).workplaces !== undefined && asksDuty(message)) {
      topics = [topics[1]!, topics[0]!, ...topics.slice(2)];
    }
    const intent = calculation ? 'levy-calculator' : recognition.intent;
    // a calculation answers what is asked: the amount ("Was müssen wir zahlen?") unless only the duty is ("Welche Pflichten haben wir?")
    if (intent === 'levy-calculator' && calculation !== 'noDuty') topics = withLevyTopics(topics, message.text, levyWords);
    return { ...recognition, intent, topics, district: place?.district ?? null };
  };
}

/** The intents of the `ask --jsonl` contract. */
export type ContractIntent = 'knowledge' | 'find-contact' | 'levy-calculator' | 'programme-finder' | 'language' | 'greeting' | 'help' | 'out-of-scope';

/** One line of `ask --jsonl`. */
export interface AskRecord {
  q: string;
  intent: ContractIntent;
  ids: string[];
  confidence: number;
  district: string | null;
}

/**
 * Maps an understanding to the `ask --jsonl` contract.
 * @remarks The contract has no `privacy` or `sources`; both are answered by the help dialog, so they map to `help`.
 */
export function toAskRecord(q: string, u: Understanding): AskRecord {
  const intent: ContractIntent = u.intent === 'privacy' || u.intent === 'sources' ? 'help' : u.intent;
  return { q, intent, ids: u.decision === 'dont-know' ? [] : u.topics.map((t) => t.id), confidence: u.confidence, district: u.district };
}
