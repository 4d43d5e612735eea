import { join } from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';
import { readJson } from '../knowledge/readJson.js';
import { ContentValidationError, problemsFromZod, type ContentProblem } from '../knowledge/validationError.js';
import { CONTACT_ROLES } from '../regions/contactSchema.js';
import { plainLanguageFileSchema, type PlainLanguage, type PlainParaphrase } from './plainLanguageData.js';

const phrase = lazySchema(() => z.string().trim().min(2).max(80));
const id = lazySchema(() => z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case kebab-case id'));

/** Phrases in each answer language; all of them are matched whatever the message's language. */
const phrasesByLanguage = lazySchema(() => z.strictObject({
  de: z.array(phrase).min(1),
  'de-x-simple': z.array(phrase).default([]),
  en: z.array(phrase).min(1),
}));

/** One fact of a referral text (a phone number, a link, a claim) and the page it was read from; `sourceDate` is the date of that page, null when it shows none (then `note` says what dates the fact). */
const referralSource = lazySchema(() => z.strictObject({
  fact: z.string().trim().min(2),
  url: z.url(),
  sourceDate: z.iso.date().nullable(),
  note: z.string().trim().min(10),
}));

const outOfScopeSubject = lazySchema(() => z.strictObject({
  id,
  terms: z.array(z.string().trim().min(2).max(40).regex(/^[^\s]+$/, 'must be one word (multi-word terms would give their common words a topic)')).min(1),
  /** Who is responsible instead (key of locales/<lng>/referrals.json: krankenkasse, finanzamt …). */
  referral: id.optional(),
  /** The referral when the question itself carries a disability word ("Stellenanzeige … für Menschen mit Behinderung"): names the remit's own advice as well. */
  referralInRemit: id.optional(),
  /** Where each contact detail, link or figure of the referral texts (all languages) was read, with the date of that source. */
  referralSources: z.array(referralSource).optional(),
  /** The topic of the remit the subject becomes when the person concerned is disabled (Kündigung → Kündigungsschutz). */
  remitTopic: id.optional(),
  /** Disability does not change the subject (sick pay is sick pay): a question word that governs it wins also beside a remit topic. */
  sameForDisabled: z.boolean().optional(),
  /** A question asked for a place outside NRW (data/regions/outside-nrw.json: "in Hannover", "in Rheinland-Pfalz") is about this subject. */
  outsidePlaces: z.boolean().optional(),
  /**
   * With `outsidePlaces`: topics owed once by the employer as a whole (the quota, the levy paid to the office of the seat,
   * § 154 and § 160 Abs. 4 SGB IX). A question about them for a site outside NRW is still NRW's when it names them first.
   */
  employerWide: z.array(id).optional(),
}));

/** `data/intents.json`: the words that route a message to something other than a knowledge answer. */
export const intentFileSchema = lazySchema(() => z.strictObject({
  about: z.string().optional(),
  conversational: z.strictObject({
    greeting: phrasesByLanguage,
    help: phrasesByLanguage,
    privacy: phrasesByLanguage,
    sources: phrasesByLanguage,
  }),
  languageSwitch: z.strictObject({
    about: z.string().optional(),
    'de-x-simple': phrasesByLanguage,
    en: phrasesByLanguage,
    de: phrasesByLanguage,
    /** Verbs that ask for a way of writing ("schreib", "antworte", "reply"): beside a language request they are part of it, no topic evidence. */
    requestWords: z.array(phrase).min(1),
  }),
  findContact: z.strictObject({
    about: z.string().optional(),
    phrases: phrasesByLanguage,
    /** Questions for a place or an office ("wo ist", "welches …"): they ask for an office when the words right after them name one. */
    officeQuestions: phrasesByLanguage,
    /** Words that ask who is responsible or near ("zuständig", "Nähe"): beside a place and a named office, a contact search. */
    responsibilityPhrases: phrasesByLanguage,
    contactTopics: z.array(id).min(1),
    otherContactTopics: z.array(id),
    /** The role on the contact card (data/contacts) of the offices among otherContactTopics that have one. */
    officeRoles: z.record(id, z.enum(CONTACT_ROLES)),
    answerTopic: id,
    generalTopic: id,
    /** Words that never stand before a place name (indefinite articles): the unknown word after one is no place ("eine Behörde"). */
    notBeforePlace: z.array(z.string()).optional(),
  }),
  levyCalculator: z.strictObject({
    about: z.string().optional(),
    phrases: phrasesByLanguage,
    costTerms: phrasesByLanguage,
    /** Someone other than the employer who pays ("die Arbeitsagentur", "jemand"): a cost word beside one asks about support. */
    otherPayers: phrasesByLanguage,
    /** Words before another payer that make it the payee ("ans Inklusionsamt überweisen"). */
    payeeMarks: z.array(phrase).min(1),
    workforceTerms: phrasesByLanguage,
    /** Words that make a number no workforce figure: a GdB before it, a unit (Prozent, Jahre, Euro) after it. */
    notFigures: z.strictObject({ before: z.array(phrase).min(1), after: z.array(phrase).min(1) }),
    topics: z.array(id).min(1),
  }),
  programmeFinder: z.strictObject({ about: z.string().optional(), phrases: phrasesByLanguage }),
  domainMarkers: z.strictObject({ about: z.string().optional(), words: z.array(z.string().trim().min(2)).min(1) }),
  outOfScope: z.array(outOfScopeSubject).min(1),
}));

/** `data/matching/stopwords.json`: function words per language. */
export const stopWordFileSchema = lazySchema(() => z.strictObject({
  source: z.string(),
  keptDomainWords: z.array(z.string()),
  de: z.array(z.string().min(2)).min(50),
  en: z.array(z.string().min(2)).min(50),
}));

/** `data/matching/synonyms.json`: groups of words that mean the same (the first names the group) and fixed expressions. */
export const synonymFileSchema = lazySchema(() => z.strictObject({
  about: z.string().optional(),
  groups: z.array(z.array(z.string().trim().min(2).regex(/^[^\s]+$/, 'must be one word')).min(2)),
  expressions: z.array(z.tuple([z.string().trim().regex(/\S\s+\S/, 'must have several words'), z.string().trim().regex(/^[^\s]+$/, 'must be one word')])).default([]),
}));

export type PhrasesByLanguage = z.infer<typeof phrasesByLanguage>;
export type OutOfScopeSubject = z.infer<typeof outOfScopeSubject>;

/** `data/matching/ordinary-words.json`: words that are evidence for no topic (occupations, company types, everyday nouns). */
export const ordinaryWordFileSchema = lazySchema(() => z.strictObject({
  about: z.string(),
  source: z.string(),
  occupations: z.array(z.string().trim().min(2)).min(1),
  companyTypes: z.array(z.string().trim().min(2)).min(1),
  everyday: z.array(z.string().trim().min(2)),
  english: z.array(z.string().trim().min(2)),
}));

/** `data/matching/self-description.json`: openers of the sentences in which employers introduce themselves. */
export const selfDescriptionFileSchema = lazySchema(() => z.strictObject({
  about: z.string(),
  openers: z.strictObject({ de: z.array(phrase).min(1), en: z.array(phrase).min(1) }),
}));

const AID_CLASS = 'workAid';

/**
 * The paraphrase class `workAid` (plain-language.json) also holds every aid of `work-aids.json` ("Lichtklingel",
 * "Hörgerät"), so a frame about an aid knows the same aids as the recognizer's stand-ins; absent class: unchanged.
 */
function withAidWords(classes: Record<string, string[]>, aids: readonly string[]): Record<string, string[]> {
  const own = classes[AID_CLASS];
  return own ? { ...classes, [AID_CLASS]: [...new Set([...own, ...aids])] } : classes;
}

/** `data/matching/health-conditions.json` and `work-aids.json`: words that stand for one word of the knowledge ("MS" → Krankheit, "Lichtsignale" → Hilfsmittel). */
export const healthConditionFileSchema = lazySchema(() => z.strictObject({
  about: z.string(),
  means: z.string().trim().min(2),
  words: z.array(z.string().trim().min(2)).min(1),
}));

/** `data/matching/obligation-words.json`: modal verbs that ask about a duty ("muss", "must"), standing for the `means` word. */
export const obligationWordFileSchema = lazySchema(() => z.strictObject({
  about: z.string(),
  means: z.string().trim().min(2),
  words: z.array(z.string().trim().min(2)).min(1),
}));

/** `data/matching/described-needs.json`: words that describe a need, each group standing for a keyword of the topics that meet it ("vorliest" → "Assistenzkraft"). */
export const describedNeedFileSchema = lazySchema(() => z.strictObject({
  about: z.string(),
  needs: z.array(z.strictObject({ means: z.string().trim().min(2), words: z.array(z.string().trim().min(2)).min(1) })).min(1),
  objectNeed: z.strictObject({
    about: z.string(),
    verbs: z.strictObject({ de: z.array(z.string().trim().min(2)).min(1), en: z.array(z.string().trim().min(2)).min(1) }),
    articles: z.strictObject({ de: z.array(z.string().trim().min(2)).min(1), en: z.array(z.string().trim().min(2)) }),
    means: z.string().trim().min(2),
  }),
  payer: z.strictObject({ about: z.string(), verbs: z.array(z.string().trim().min(2)).min(1) }),
}));

/** `data/matching/general-questions.json`: signs of a general HR question (permission verbs, the whole staff as object). */
export const generalQuestionFileSchema = lazySchema(() => z.strictObject({
  about: z.string(),
  permission: z.array(z.string().trim().min(2)).min(1),
  without: z.array(z.string().trim().min(2)).min(1),
  wholeStaff: z.strictObject({ quantifiers: z.array(z.string().trim().min(2)).min(1), staff: z.array(z.string().trim().min(2)).min(1) }),
  /** Question words that govern the word after them ("Welchen Steuerfreibetrag …"): an out-of-scope keyword there is the subject. */
  governingQuestions: z.array(phrase).min(1),
  /** Words that open a subordinate clause ("wenn", "weil"): the question word's clause ends before one. */
  clauseBreaks: z.array(phrase).min(1),
  /** Words of a comparison ("Unterschied", "unterscheidet", "difference"): the topics it names come in the order named (comparisons.ts). */
  comparisonWords: z.array(z.string().trim().min(2)).optional(),
}));

/** Everything the recognizer needs besides the topics. */
export interface IntentData extends z.infer<typeof intentFileSchema> {
  stopWords: z.infer<typeof stopWordFileSchema>;
  synonyms: z.infer<typeof synonymFileSchema>['groups'];
  expressions: z.infer<typeof synonymFileSchema>['expressions'];
  /** Occupations, company types and everyday nouns, all in one list. */
  ordinaryWords: string[];
  /** Openers of self-descriptions ("wir sind", "we are"), folded. */
  selfDescription: { de: string[]; en: string[] };
  /** Health conditions and the word they stand for. */
  healthConditions: z.infer<typeof healthConditionFileSchema>;
  /** Technical aids and the word they stand for ("Lichtsignale" → "Hilfsmittel"). */
  workAids: z.infer<typeof healthConditionFileSchema>;
  /** Parts of a building that stand for a conversion (`data/matching/building-barriers.json`). */
  buildingBarriers: z.infer<typeof healthConditionFileSchema>;
  /** Modal verbs of obligation and the word they stand for. */
  obligationWords: z.infer<typeof obligationWordFileSchema>;
  /** Described needs and the keyword each stands for ("vorliest" → "Assistenzkraft"). */
  describedNeeds: z.infer<typeof describedNeedFileSchema>['needs'];
  /** A thing the person needs ("braucht ein Telefon mit Licht") and the keyword it stands for. */
  objectNeed: z.infer<typeof describedNeedFileSchema>['objectNeed'];
  /** Verbs after or before which an office's name names the payer ("übernimmt die Arbeitsagentur"). */
  payerVerbs: string[];
  /** Signs of a general HR question ("darf", "für alle Mitarbeiter"). */
  generalQuestions: Omit<z.infer<typeof generalQuestionFileSchema>, 'about'>;
  /** Paraphrases of plain and simple German ("sieht fast nichts" → sehbehindert), applied in this order. */
  plainParaphrases: PlainParaphrase[];
  /** Word classes and clause words the paraphrases use ("@youngPerson", "~ein|arbeiten"). */
  plainClasses: Pick<PlainLanguage, 'classes' | 'clauseStarts'>;
  /** Words that ask for help as such ("Hilfe", "beraten"). */
  helpWords: string[];
  /** Words of simple questions that name no topic ("schlimm", "Thema"), as written (inflected forms listed). */
  fillers: string[];
}

function readValidated<T>(root: string, file: string, schema: z.ZodType<T>, problems: ContentProblem[]): T | undefined {
  const read = readJson(join(root, file), file, '-');
  if ('problem' in read) { problems.push(read.problem); return undefined; }
  const parsed = schema.safeParse(read.value);
  if (!parsed.success) { problems.push(...problemsFromZod(file, '-', parsed.error)); return undefined; }
  return parsed.data;
}

/** Loads and validates `data/intents.json` and the recognizer's word lists in `data/matching/` below `root`; throws with every problem found. */
export function loadIntents(root: string): IntentData {
  const problems: ContentProblem[] = [];
  const intents = readValidated(root, 'data/intents.json', intentFileSchema, problems);
  const stopWords = readValidated(root, 'data/matching/stopwords.json', stopWordFileSchema, problems);
  const synonyms = readValidated(root, 'data/matching/synonyms.json', synonymFileSchema, problems);
  const ordinary = readValidated(root, 'data/matching/ordinary-words.json', ordinaryWordFileSchema, problems);
  const selfDescription = readValidated(root, 'data/matching/self-description.json', selfDescriptionFileSchema, problems);
  const healthConditions = readValidated(root, 'data/matching/health-conditions.json', healthConditionFileSchema, problems);
  const obligationWords = readValidated(root, 'data/matching/obligation-words.json', obligationWordFileSchema, problems);
  const workAids = readValidated(root, 'data/matching/work-aids.json', healthConditionFileSchema, problems);
  const buildingBarriers = readValidated(root, 'data/matching/building-barriers.json', healthConditionFileSchema, problems);
  const plainLanguage = readValidated(root, 'data/matching/plain-language.json', plainLanguageFileSchema, problems);
  const describedNeeds = readValidated(root, 'data/matching/described-needs.json', describedNeedFileSchema, problems);
  const generalQuestions = readValidated(root, 'data/matching/general-questions.json', generalQuestionFileSchema, problems);
  if (!intents || !stopWords || !synonyms || !ordinary || !selfDescription || !healthConditions || !obligationWords || !workAids || !buildingBarriers || !plainLanguage || !describedNeeds || !generalQuestions) throw new ContentValidationError(problems);
  const ids = intents.outOfScope.map((s) => s.id);
  const duplicate = ids.find((sid, i) => ids.indexOf(sid) !== i);
  if (duplicate) throw new ContentValidationError([{ file: 'data/intents.json', item: duplicate, field: 'outOfScope', problem: 'duplicate subject id' }]);
  const ordinaryWords = [...ordinary.occupations, ...ordinary.companyTypes, ...ordinary.everyday, ...ordinary.english];
  return { ...intents, stopWords, synonyms: synonyms.groups, expressions: synonyms.expressions, ordinaryWords, selfDescription: selfDescription.openers, healthConditions, obligationWords, workAids, buildingBarriers, plainParaphrases: plainLanguage.paraphrases, plainClasses: { classes: withAidWords(plainLanguage.classes ?? {}, workAids.words), clauseStarts: plainLanguage.clauseStarts ?? [] }, helpWords: plainLanguage.helpWords, fillers: plainLanguage.fillers, describedNeeds: describedNeeds.needs, objectNeed: describedNeeds.objectNeed, payerVerbs: describedNeeds.payer.verbs, generalQuestions };
}
