import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';
import { PARTIAL_DATE } from './dates.js';

/** The topic groups of `../shared/knowledge/topics.json`. */
export const TOPIC_GROUPS = ['nrw', 'federal', 'duty', 'contact'] as const;

/** Where a topic applies: all of NRW, only one Landschaftsverband, or Germany-wide. */
export const REGION_SCOPES = ['NRW', 'LVR', 'LWL', 'federal'] as const;

/**
 * Who an offer is for, as the topic's `details.who` names them. Employer side: who uses or receives the offer.
 * Person side: which people with disabilities it concerns (hiring → jobseeker, employing or keeping → employee,
 * training → trainee).
 * - `employer`: private and public employers, firms, training companies, HR staff
 * - `inclusion-business`: Inklusionsbetriebe, -unternehmen and -abteilungen (§ 215 SGB IX)
 * - `jobseeker`: people looking for work or about to be hired (Arbeitsuchende, Bewerberinnen und Bewerber)
 * - `employee`: people in employment (Beschäftigte)
 * - `trainee`: young people in or entering vocational training
 * - `pupil`: pupils in career orientation (Schülerinnen und Schüler)
 * - `werkstatt-employee`: people entitled to services of a Werkstatt für behinderte Menschen, also on their way out of it
 */
export const BENEFICIARIES = ['employer', 'inclusion-business', 'jobseeker', 'employee', 'trainee', 'pupil', 'werkstatt-employee'] as const;

export const AMOUNT_UNITS = ['percent', 'eur', 'days', 'weeks', 'months', 'years', 'places', 'persons'] as const;
export const AMOUNT_PERIODS = ['once', 'month', 'year', 'job', 'place', 'person'] as const;

const id = lazySchema(() => z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case kebab-case id'));
const httpsUrl = lazySchema(() => z.url({ protocol: /^https?$/ }).refine((u) => !/\s/.test(u), 'must not contain spaces'));
const isoDate = lazySchema(() => z.iso.date());
/** A source date as precise as the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const partialDate = lazySchema(() => z.string().regex(PARTIAL_DATE, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD'));
/** A period in which a fact holds, as the law or the programme states it (both days inclusive). */
const validity = lazySchema(() => ({
  validFrom: isoDate.optional(),
  validUntil: isoDate.optional(),
}));

const term = lazySchema(() => z.string().trim().min(2).max(80));
const name = lazySchema(() => z.string().trim().min(2).max(160));

/** A list in which every entry appears once; a repeat is reported at its position. */
const listOfUnique = <T extends z.ZodType<string>>(entry: T) =>
  z.array(entry).superRefine((list, ctx) => {
    list.forEach((value, index) => {
      if (list.indexOf(value) !== index) ctx.addIssue({ code: 'custom', path: [index], message: `"${value}" is listed twice` });
    });
  });

/** A paragraph of a law, linked to its official text (gesetze-im-internet.de, recht.nrw.de). */
export const legalBasisSchema = lazySchema(() => z.strictObject({
  label: z.string().min(3),
  url: httpsUrl,
}));

/** A number an employer acts on: a subsidy rate, a sum, a duration. Its label lives in the locale (`amounts.<id>`). */
export const amountSchema = lazySchema(() => z
  .strictObject({
    id,
    value: z.number().nonnegative(),
    valueMax: z.number().positive().optional(),
    unit: z.enum(AMOUNT_UNITS),
    per: z.enum(AMOUNT_PERIODS).optional(),
    upTo: z.boolean().optional(),
    source: httpsUrl,
    ...validity,
  })
  .refine((a) => a.valueMax === undefined || a.valueMax > a.value, { message: 'valueMax must be greater than value', path: ['valueMax'] }));

/**
 * A page a fact was read from. A bare URL is a source whose date is not known. `sourceDate` is the date of the
 * source itself (published, or "Stand" on the page); `retrieved` the date of the copy that was read, only if known —
 * never the day the data was written. `note` says what the date means when it is uncertain.
 */
export const sourceSchema = lazySchema(() => z.union([
  httpsUrl,
  z.strictObject({ url: httpsUrl, sourceDate: partialDate.optional(), retrieved: isoDate.optional(), note: z.string().trim().min(5).optional() }),
]));

/** A dated change of a topic ("Grundsicherungsgeld from 01.07.2026"); its sentence lives in the locale (`changes.<id>`). */
export const changeSchema = lazySchema(() => z.strictObject({ id, ...validity, source: httpsUrl }));

/** An official page; its link text lives in the locale (`links.<id>`). The first link is the topic's main page. */
export const linkSchema = lazySchema(() => z.strictObject({ id, url: httpsUrl }));

/** Words employers type for a topic. Everything here feeds the recognizer's vocabulary. */
export const matchSchema = lazySchema(() => z.strictObject({
  keywords: z.array(term).min(1),
  synonyms: z.array(term).default([]),
  colloquial: z.array(term).default([]),
  misspellings: z.array(term).default([]),
  en: z.array(term).default([]),
}));

/** A body that runs, funds or decides on offers: one entry of `data/providers.json`, named by id in `providers` of a topic. */
export const providerSchema = lazySchema(() => z
  .strictObject({
    id,
    name: z.strictObject({ de: name, en: name }),
    /** Other names and short forms as the German texts write them. */
    aliases: z.array(term).default([]),
    /** Words for any body of this kind ("Inklusionsamt"), shared by the providers they may stand for. */
    genericNames: z.array(term).default([]),
    /** The body this one belongs to (the LVR-Inklusionsamt is part of the LVR): naming that body names this one too. */
    partOf: id.optional(),
    url: httpsUrl.optional(),
    /** The date of the newest source showing the entry, as precise as that source is; absent when no source is dated. */
    sourceDate: partialDate.optional(),
    sources: z.array(httpsUrl).min(1, 'needs at least one source URL'),
    note: z.string().trim().min(5).optional(),
  })
  .refine((p) => p.url !== undefined || p.note !== undefined, { message: 'a provider without an official URL needs a note saying why', path: ['note'] }));

/** Provider ids without repeats; with `known`, each must be an id of the provider vocabulary. */
const providerIds = (known?: ReadonlySet<string>) =>
  listOfUnique(id).superRefine((list, ctx) => {
    list.forEach((providerId, index) => {
      if (known && !known.has(providerId)) ctx.addIssue({ code: 'custom', path: [index], message: `unknown provider id "${providerId}" (not in data/providers.json)` });
    });
  });

/** The topic schema that also checks `providers` against `knownProviders`, the ids of `data/providers.json`. */
export const topicDataSchemaFor = (knownProviders?: ReadonlySet<string>) =>
  z
    .strictObject({
      id,
      group: z.enum(TOPIC_GROUPS),
      /** Ids of `data/providers.json`, in the order the German `provider` text names them. */
      providers: providerIds(knownProviders),
      beneficiaries: listOfUnique(z.enum(BENEFICIARIES)).min(1, 'needs at least one beneficiary'),
      regionScope: z.array(z.enum(REGION_SCOPES)).min(1),
      /** The day a person last checked the topic against its sources; absent when no one has. */
      reviewedOn: isoDate.optional(),
      /** When the programme or rule starts or ends, as its own source says. */
      ...validity,
      changes: z.array(changeSchema).default([]),
      legalBasis: z.array(legalBasisSchema).default([]),
      amounts: z.array(amountSchema).default([]),
      links: z.array(linkSchema).min(1),
      sources: z.array(sourceSchema).min(1),
      related: z.array(id).default([]),
      match: matchSchema,
      unconfirmed: z.array(z.string().min(5)).default([]),
    })
    .refine((t) => t.group === 'duty' || t.providers.length > 0, {
      message: 'needs at least one provider id (only duty topics, which the employer carries out alone, may have none)',
      path: ['providers'],
    });

/** One topic of the knowledge base: `data/topics/<id>.json` (provider ids checked for form, not against the vocabulary). */
export const topicDataSchema = lazySchema(() => topicDataSchemaFor());

const sentence = lazySchema(() => z.string().trim().min(3));

/** The texts of one topic in one language: `locales/<lng>/topics/<id>.json`. */
export const topicTextSchema = lazySchema(() => z.strictObject({
  title: sentence,
  short: z.string().trim().min(2).max(40),
  answer: sentence,
  provider: sentence,
  details: z.strictObject({
    who: sentence,
    what: sentence,
    conditions: sentence.optional(),
    apply: sentence,
    next: sentence,
  }),
  amounts: z.record(z.string(), sentence).default({}),
  links: z.record(z.string(), sentence).default({}),
  changes: z.record(z.string(), sentence).default({}),
  expert: sentence.optional(),
}));

export type TopicGroup = (typeof TOPIC_GROUPS)[number];
export type RegionScope = (typeof REGION_SCOPES)[number];
export type Beneficiary = (typeof BENEFICIARIES)[number];
export type Provider = z.infer<typeof providerSchema>;
export type LegalBasis = z.infer<typeof legalBasisSchema>;
export type Amount = z.infer<typeof amountSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type TopicChange = z.infer<typeof changeSchema>;
export type TopicLink = z.infer<typeof linkSchema>;
export type TopicMatch = z.infer<typeof matchSchema>;
export type TopicData = z.infer<typeof topicDataSchema>;
export type TopicText = z.infer<typeof topicTextSchema>;

/** A source as an object, whether it was written as a bare URL or with its dates. */
export const sourceEntry = (source: Source): { url: string; sourceDate?: string | undefined; retrieved?: string | undefined; note?: string | undefined } =>
  typeof source === 'string' ? { url: source } : source;
