import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';
import { ContentValidationError, problemsFromZod } from '../knowledge/validationError.js';
import { CONTACT_ROLES, type ContactRole } from '../regions/contactSchema.js';
import { compileRegionalNames, regionalNamesSchema, type RegionalNames } from './regionalText.js';
import { FACETS, type AnswerRequest, type ContactDetail, type Facet, type SmallTalk } from './types.js';

/** The cue file (words of follow-ups, small talk, contact questions). */
export const CUES_FILE = 'data/conversation/cues.json';
/** The overview file (situation → ordered topics). */
export const OVERVIEWS_FILE = 'data/finder/overviews.json';

const pattern = lazySchema(() => z.string().min(1).refine((p) => { try { new RegExp(p, 'iu'); return true; } catch { return false; } }, 'must be a valid regular expression'));
const patterns = lazySchema(() => z.array(pattern).min(1));
const evidence = lazySchema(() => z.strictObject({ de: patterns, en: patterns }));
const id = lazySchema(() => z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

const cuesSchema = lazySchema(() => z.strictObject({
  about: z.string(),
  facets: z.array(z.strictObject({ id: z.enum(FACETS), cue: patterns, evidence })),
  /** `withTopic`: the special case describes the person and counts only beside a topic the message names ("GdB 30, bekommt der auch Zusatzurlaub?"). */
  conditions: z.array(z.strictObject({ id, cue: patterns, evidence, withTopic: z.boolean().optional() })),
  smallTalk: z.array(z.strictObject({ id: z.enum(['thanks', 'bye', 'praise', 'insult', 'wellbeing', 'identity', 'vent', 'remark']), cue: patterns })),
  fillers: z.array(z.string().min(1)),
  contact: patterns,
  followUp: patterns,
  anaphor: patterns,
  personStatusTopics: z.array(id),
  levyDuty: patterns,
  /** A subject outside the remit (id from data/intents.json) → the topic that rules it for disabled employees. */
  dismiss: patterns,
  resumeYes: patterns,
  clarify: patterns,
  branch: patterns,
  /** Kinds of site of a business ("Zentrale", "Lager"): a place named after one is that site's, for "Und fürs Lager?" later. */
  sites: z.record(id, patterns).optional(),
  /** Asks about every site of the business at once ("beide", "zwei verschiedene", "both"). */
  eachSite: patterns.optional(),
  local: patterns.optional(),
  correction: patterns,
  /** Points back at a subject of earlier in the conversation ("das mit dem Zuschuss von vorhin", "back to …"). */
  earlier: patterns.optional(),
  person: patterns,
  aboutAnswer: z.strictObject({ send: patterns, summarise: patterns }),
  definition: patterns,
  /** Asks what the topic at hand means for the employer ("Was ändert sich dadurch für uns?"). */
  implications: patterns.optional(),
  compare: patterns,
  contactDetail: z.strictObject({ phone: patterns, email: patterns, address: patterns }),
  /** Words naming one kind of office (role ids of data/contacts), so that "Telefonnummer vom Inklusionsamt" asks about that office. */
  contactRole: z.partialRecord(z.enum(CONTACT_ROLES), patterns),
  levyChange: z.strictObject({ add: patterns, remove: patterns, payee: patterns, why: patterns, counts: patterns, amountWords: patterns, newStatus: patterns, ordinals: z.record(z.string(), z.number().int().min(0).max(100)) }),
  regionalNames: regionalNamesSchema,
}));

const overviewsSchema = lazySchema(() => z.strictObject({
  about: z.string(),
  funding: patterns,
  broad: patterns,
  situations: z.array(z.strictObject({ id, cue: patterns, topics: z.array(id).min(2).max(8) })).min(1),
}));

/** The file of sourced facet sentences the topic texts lack. */
export const FACTS_FILE = 'data/conversation/facts.json';

const factsSchema = lazySchema(() => z.strictObject({
  about: z.string(),
  facts: z.array(z.strictObject({
    topic: id,
    condition: id,
    text: z.strictObject({ de: z.string().min(10), 'de-x-simple': z.string().min(10), en: z.string().min(10) }),
    legalBasis: z.array(z.strictObject({ label: z.string().min(3), url: z.url() })).min(1),
    source: z.url(),
    sourceDate: z.iso.date().nullable(),
    sourceNote: z.string().optional(),
  }).refine((f) => f.sourceDate !== null || f.sourceNote, { message: 'an undated source needs a sourceNote' })),
}));

/** A sourced sentence for a special case of a topic, per answer language. */
export type FacetFact = z.infer<typeof factsSchema>['facts'][number];

/** One regular expression that matches when any of the patterns does. */
const anyOf = (list: readonly string[]): RegExp => new RegExp(list.map((p) => `(?:${p})`).join('|'), 'iu');

/** Evidence patterns per answer language family. */
export interface Evidence { de: RegExp; en: RegExp }

/** The compiled vocabulary of the conversation layer. */
export interface ConversationVocabulary {
  facets: { id: Facet; cue: RegExp; evidence: Evidence }[];
  conditions: { id: string; cue: RegExp; evidence: Evidence; withTopic?: boolean }[];
  smallTalk: { id: Exclude<SmallTalk, 'thanksBye'>; cue: RegExp }[];
  fillers: ReadonlySet<string>;
  contact: RegExp;
  followUp: RegExp;
  /** Refers back to what was said ("das", "dafür", "it"). */
  anaphor: RegExp;
  /** Topics whose names describe a person ("gleichgestellt", "GdB 30"): beside another topic, or in a question that refers back, they say who is meant. */
  personStatusTopics: ReadonlySet<string>;
  /** Asks whether the levy must be paid. */
  levyDuty: RegExp;
  /** Drops what the message leaves ("Vergessen Sie das."). */
  dismiss: RegExp;
  /** Only says yes or go on ("ja, weiter", "continue"): resumes a guided dialog left for another question. */
  resumeYes: RegExp;
  /** Asks what the dialog's question means ("Was meinen Sie damit?"): the dialog explains it and asks again. */
  clarify: RegExp;
  /** Names a place as a branch ("die Filialen in Essen"), not as the employer's seat. */
  branch: RegExp;
  /** Kinds of site ("Zentrale", "Lager"), each with its words: `cue` tests a folded message, `all` finds every mention in a lower-case text. */
  sites: { id: string; cue: RegExp; all: RegExp }[];
  /** Asks about every site of the business at once ("Sind das zwei verschiedene Inklusionsämter?", "both sites"). */
  eachSite: RegExp;
  /** Asks for advice near the employer ("vor Ort", "locally"): a contact question, not a facet of the topic. */
  local: RegExp;
  /** Corrects what was said before ("ich meinte Dortmund"). */
  correction: RegExp;
  /** Points back at a subject of earlier in the conversation ("von vorhin", "back to"). */
  earlier: RegExp;
  /** Points back at a person already spoken of ("sie", "ihm", "she"). */
  person: RegExp;
  /** Asks something of the answer itself: send, print or keep it (`send`), or sum it up (`summarise`). */
  aboutAnswer: { id: AnswerRequest; cue: RegExp }[];
  definition: RegExp;
  implications: RegExp;
  compare: RegExp;
  contactDetail: { id: ContactDetail; cue: RegExp }[];
  contactRole: { id: ContactRole; cue: RegExp }[];
  levyChange: { add: RegExp; remove: RegExp; payee: RegExp; why: RegExp; counts: RegExp; amountWords: RegExp; newStatus: RegExp; ordinals: ReadonlyMap<string, number> };
  /** The two Landschaftsverbände as alternatives in a text, narrowed to one once the district is known. */
  regionalNames: RegionalNames;
  facts: readonly FacetFact[];
  overviews: { funding: RegExp; broad: RegExp; situations: { id: string; cue: RegExp; topics: string[] }[] };
}

function parse<T>(root: string, file: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch (error) {
    throw new ContentValidationError([{ file, item: '-', field: '', problem: `missing or unreadable: ${(error as Error).message}` }]);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ContentValidationError(problemsFromZod(file, '-', parsed.error));
  return parsed.data;
}

const compileEvidence = (e: { de: string[]; en: string[] }): Evidence => ({ de: anyOf(e.de), en: anyOf(e.en) });

/** Builds the vocabulary from already parsed files; `topicIds` checks that every overview names known topics. */
export function compileVocabulary(cuesJson: unknown, overviewsJson: unknown, topicIds?: ReadonlySet<string>, factsJson: unknown = { about: '', facts: [] }): ConversationVocabulary {
  const facts = factsSchema.safeParse(factsJson);
  if (!facts.success) throw new ContentValidationError(problemsFromZod(FACTS_FILE, '-', facts.error));
  const cues = cuesSchema.safeParse(cuesJson);
  if (!cues.success) throw new ContentValidationError(problemsFromZod(CUES_FILE, '-', cues.error));
  const overviews = overviewsSchema.safeParse(overviewsJson);
  if (!overviews.success) throw new ContentValidationError(problemsFromZod(OVERVIEWS_FILE, '-', overviews.error));
  const unknown = [
    ...overviews.data.situations.flatMap((s) => s.topics.filter((t) => topicIds && !topicIds.has(t)).map((t) => ({ file: OVERVIEWS_FILE, s: s.id, t }))),
    ...(cues.success ? cues.data.personStatusTopics.filter((t) => topicIds && !topicIds.has(t)).map((t) => ({ file: CUES_FILE, s: 'personStatusTopics', t })) : []),
  ];
  if (unknown.length > 0) throw new ContentValidationError(unknown.map(({ file, s, t }) => ({ file, item: s, field: 'topics', problem: `unknown topic id "${t}"` })));
  const c = cues.data;
  return {
    facets: c.facets.map((f) => ({ id: f.id, cue: anyOf(f.cue), evidence: compileEvidence(f.evidence) })),
    conditions: c.conditions.map((f) => ({ id: f.id, cue: anyOf(f.cue), evidence: compileEvidence(f.evidence), ...(f.withTopic ? { withTopic: true } : {}) })),
    smallTalk: c.smallTalk.map((s) => ({ id: s.id, cue: anyOf(s.cue) })),
    fillers: new Set(c.fillers),
    facts: facts.data.facts,
    contact: anyOf(c.contact),
    followUp: anyOf(c.followUp),
    anaphor: anyOf(c.anaphor),
    personStatusTopics: new Set(c.personStatusTopics),
    levyDuty: anyOf(c.levyDuty),
    dismiss: anyOf(c.dismiss),
    resumeYes: anyOf(c.resumeYes),
    clarify: anyOf(c.clarify),
    branch: anyOf(c.branch),
    sites: Object.entries(c.sites ?? {}).map(([id, cue]) => ({ id, cue: anyOf(cue), all: new RegExp(anyOf(cue).source, 'giu') })),
    eachSite: anyOf(c.eachSite ?? []),
    local: anyOf(c.local ?? []),
    correction: anyOf(c.correction),
    earlier: anyOf(c.earlier ?? []),
    person: anyOf(c.person),
    aboutAnswer: (['send', 'summarise'] as const).map((id) => ({ id, cue: anyOf(c.aboutAnswer[id]) })),
    definition: anyOf(c.definition),
    implications: anyOf(c.implications ?? []),
    compare: anyOf(c.compare),
    contactDetail: (['phone', 'email', 'address'] as const).map((id) => ({ id, cue: anyOf(c.contactDetail[id]) })),
    contactRole: Object.entries(c.contactRole).map(([id, cue]) => ({ id: id as ContactRole, cue: anyOf(cue) })),
    levyChange: { add: anyOf(c.levyChange.add), remove: anyOf(c.levyChange.remove), payee: anyOf(c.levyChange.payee), why: anyOf(c.levyChange.why), counts: anyOf(c.levyChange.counts), amountWords: anyOf(c.levyChange.amountWords), newStatus: anyOf(c.levyChange.newStatus), ordinals: new Map(Object.entries(c.levyChange.ordinals)) },
    regionalNames: compileRegionalNames(c.regionalNames),
    overviews: {
      funding: anyOf(overviews.data.funding),
      broad: anyOf(overviews.data.broad),
      situations: overviews.data.situations.map((s) => ({ id: s.id, cue: anyOf(s.cue), topics: s.topics })),
    },
  };
}

/** Loads and validates the cue and overview files below `root`; throws ContentValidationError on bad content. */
export function loadConversationVocabulary(root: string, topicIds?: ReadonlySet<string>): ConversationVocabulary {
  return compileVocabulary(parse(root, CUES_FILE, z.unknown()), parse(root, OVERVIEWS_FILE, z.unknown()), topicIds, parse(root, FACTS_FILE, z.unknown()));
}
