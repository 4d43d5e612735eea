import type { ContactRole } from '../regions/contactSchema.js';
/** What a follow-up can ask about a topic. */
export const FACETS = ['consequences', 'use', 'start', 'deadline', 'processing', 'duration', 'amount', 'price', 'provider', 'apply', 'beneficiaries', 'conditions', 'wage', 'advice', 'combination'] as const;
export type Facet = (typeof FACETS)[number];

/** The guided dialogs that can wait for an answer. */
export type GuidedDialog = 'finder' | 'levy' | 'contact';

/** A detail of an office a user may ask for. */
export type ContactDetail = 'phone' | 'email' | 'address';

/** Kinds of small talk the bot answers briefly. */
/** `vent` and `remark` are statements of their own ("Puh, dieser Papierkram", "Ich fahr übrigens in den Urlaub"). */
export type SmallTalk = 'thanks' | 'bye' | 'praise' | 'insult' | 'wellbeing' | 'identity' | 'vent' | 'remark' | 'thanksBye';

/** What a message asks of the answer itself: to send, print or keep it, or to sum it up. */
export type AnswerRequest = 'send' | 'summarise';

/** The levy figures of the last calculation (numbers only). */
export interface LevyFigures {
  workplaces: number;
  employed: number;
  year?: number;
  /** The disabled people per month when they were not there all year. */
  employedByMonth?: number[];
  /** The workplaces per month when they changed during the year; `workplaces` is their average. */
  workplacesByMonth?: number[];
  /** The workplace count was an approximation ("knapp 60"). */
  approximate?: boolean;
  /** Positions named but not counted as workplaces (§ 156 Abs. 3, § 157 Abs. 1 SGB IX). */
  notCounted?: { shortPartTime?: number; trainees?: number; minijobs?: number };
  /** Schwerbehinderte trainees count for two places (§ 159 Abs. 2 SGB IX): one extra each. */
  extraCredits?: number;
  /** Disabled people under 18 hours a week, not credited (§ 158 Abs. 2 SGB IX). */
  notCredited?: number;
  /** The months the business existed when it opened during the year. */
  monthsOperated?: { from: number; to: number };
  /** The follow-up asked whether some of them being gleichgestellt changes the result (it does not); not kept after the answer. */
  equalisedAsked?: boolean;
}

/**
 * What the conversation already holds (ids and numbers only, never text): the topic under discussion and the
 * two before it, the overview shown, the facet asked last, the district, the levy figures and an interrupted dialog.
 */
export interface ConversationContext {
  topic?: string;
  recentTopics?: string[];
  /** The situation of the overview answered last (data/finder/overviews.json), while it is the subject. */
  overview?: string;
  /** The situation a message named last (hiring, training …), for a correction that asks again what there is. */
  situation?: string;
  facet?: Facet;
  /** The special case asked last ("Minijob"), kept when a follow-up switches the topic. */
  condition?: string;
  districtKey?: string;
  /**
   * Districts of the sites an earlier message named with their places (site id of cues.json `sites` → district key);
   * `zentrale` is also the district known before another site was named.
   */
  sites?: Record<string, string>;
  /** What was answered last: a topic card (or facet), the contact card of the district or a levy result. */
  lastAnswer?: 'topic' | 'contact' | 'levy';
  levy?: LevyFigures;
  /** The number of workplaces or employees a message gave ("wir sind 45 Leute"), for a levy question later. */
  workplaces?: number;
  /** Gleichgestellte people of the employer's staff an earlier message stated; a levy calculation counts them (§ 151 Abs. 3 SGB IX). */
  equalised?: number;
  /** The topics offered by the last ask-back, until one is chosen. */
  choices?: string[];
  /** The offered topic the recognizer scored clearly ahead of the others (see `leadingChoice`); a follow-up is about it. */
  choiceLead?: string;
  /** After a referral: the topic of the remit next to the subject (Kündigungsschutz after a general dismissal question). */
  neighbourTopic?: string;
  /** An earlier message spoke of a disabled person (a word of the remit): a later question about that person is ours. */
  remitPerson?: boolean;
  /** A guided dialog left for another request, with its state (ids and numbers), offered to resume. */
  suspended?: { dialog: GuidedDialog; state: Record<string, unknown> };
}

/** What the words of a message say besides its topic (read by `readCues`). */
export interface Cues {
  facet?: Facet;
  /** A special case the question asks about ("Minijob", "Probezeit"), id from data/conversation/cues.json. */
  condition?: string;
  smallTalk?: SmallTalk;
  /** The small talk stands beside a question of its own ("Danke. Wo bezahle ich das?"): a sentence that asks and holds no small talk. */
  asksBesideSmallTalk: boolean;
  /** Asks who the responsible office is ("unser Inklusionsamt", "wen rufe ich an"). */
  contact: boolean;
  /** Asks for a phone number, e-mail or address. */
  detail?: ContactDetail;
  /** The kind of office the message names ("vom Inklusionsamt"). */
  role?: ContactRole;
  /** Asks what something is ("was ist eine EAA"). */
  definition: boolean;
  /** Asks what the topic at hand means for the employer ("Was ändert sich dadurch für uns?", "What does that mean for us?"). */
  implications: boolean;
  /** Asks how two things differ. */
  compare: boolean;
  /** Starts like a continuation ("Und …", "What about …"). */
  followUp: boolean;
  /** Refers back to what was said ("Wer zahlt das?", "How long do they pay it?"). */
  anaphor: boolean;
  /** Drops what it interrupts ("Vergessen Sie das."). */
  dismiss: boolean;
  /** Asks whether the levy must be paid ("Müssen wir Ausgleichsabgabe zahlen?"), not when or to whom. */
  levyDuty: boolean;
  /** Names a place as a branch ("auch für die Filialen in Essen"), not as the seat. */
  branch: boolean;
  /** The first kind of site the message names ("Und fürs Lager?": `lager`, see `sites` in cues.json). */
  site: string | undefined;
  /** Asks about every site of the business at once ("Sind das zwei verschiedene Inklusionsämter?"). */
  eachSite: boolean;
  /** Asks for advice near the employer ("vor Ort", "in unserer Nähe", "locally"). */
  local?: boolean;
  /** Corrects what was said before ("ich meinte Dortmund"). */
  correction: boolean;
  /** Points back at a subject of earlier in the conversation ("das mit dem Lohnzuschuss von vorhin", "back to the …"). */
  earlier: boolean;
  /** The special case the message states, also when it only describes the person ("sie hat GdB 30"). */
  statedCase?: string;
  /** Every special case the message states ("Zählen Azubis und Aushilfen mit?": trainee, parttime), `statedCase` first. */
  statedCases: readonly string[];
  /** Points back at a person already spoken of ("wie viele Urlaubstage hat sie extra?"). */
  person: boolean;
  /** Asks something of the answer itself: send it, summarise it, print it ("Können Sie mir das schicken?"). */
  aboutAnswer?: AnswerRequest;
  /** Words that are neither fillers, facet, condition nor small-talk words. */
  contentWords: number;
  /** Those words themselves (folded), in their order. */
  ownWords: string[];
  /** Words of the clauses that ask (those holding a facet or special-case word; all when none does) that no cue covers. */
  questionWords: number;
  /** Topics the message names by a keyword or title, most specific first. */
  namedTopics: string[];
  /** The named topics that describe a person ("gleichgestellt", "GdB 30") rather than a subject. */
  /** The message asks for support in general (a funding word and a broad question word), with or without a situation. */
  asksSupport: boolean;
  statusTopics: string[];
  /** The named topics that are no person's status: the subjects the message names. */
  namedSubjects: string[];
  /** Whether the topic is one of a person's status (GdB and Ausweis, Gleichstellung), named in the message or not. */
  isStatusTopic(id: string): boolean;
  /**
   * Topics named in the sentences that ask (ending in "?", else the last one); a name elsewhere is background,
   * unless the asking sentence only refers back to it ("Wie funktioniert das?").
   */
  askedTopics: string[];
  /** The overview situation of a broad funding question, if it is one. */
  overview?: string;
  /** The message asks broadly what there is ("Gibts da was …?", "Welche …"), whether or not for funding. */
  asksBroadly: boolean;
  /** The situation a message names without asking broadly ("und für Azubis?"). */
  situation?: string;
  /** The instruments of that situation (data/finder/overviews.json). */
  situationTopics: string[];
}

/** What a message means in the conversation. */
export type Interpretation =
  | { kind: 'new-question' }
  | { kind: 'small-talk'; talk: SmallTalk }
  /** The first message only tells the size of the business and asks nothing: welcomed, the figure kept. */
  | { kind: 'introduction' }
  | { kind: 'topics'; topics: string[] }
  /**
   * `alsoConditions`: further special cases the same question names, answered after `condition`; `other`: the topic a
   * combination question names beside the topic asked about ("Geht beides gleichzeitig?").
   */
  | { kind: 'facet'; topic: string; facet: Facet; condition?: string; alsoConditions?: string[]; other?: string }
  | { kind: 'ask-again'; topics: string[]; facet: Facet; condition?: string }
  /** `exclude`: topics a correction took away ("er war nie in einer Werkstatt" after the Budget für Arbeit). */
  /** `paidBy`: only the instruments these providers (ids of data/providers.json) fund. */
  | { kind: 'overview'; situation: string; facet?: Facet; exclude?: string[]; condition?: string; paidBy?: string[] }
  /** The message asks to send, summarise or print the answer: the topics it is about. */
  | { kind: 'summary'; topics: string[]; request: AnswerRequest }
  /** `sites`: the districts of several sites of the business, a contact card for each. */
  | { kind: 'contact'; districtKey?: string; detail?: ContactDetail; role?: ContactRole; sites?: string[] }
  /** The levy with these figures; `payment`: only when and to whom it is paid ("Bis wann und an wen?"). */
  | { kind: 'levy-recalculation'; figures: LevyFigures; payment?: boolean }
  | { kind: 'levy-start'; workplaces: number }
  | { kind: 'resume'; dialog: GuidedDialog };
