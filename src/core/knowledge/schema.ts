import { z } from 'zod';

/** The topic groups of `../shared/knowledge/topics.json`. */
export const TOPIC_GROUPS = ['nrw', 'federal', 'duty', 'contact'] as const;

/** Where a topic applies: all of NRW, only one Landschaftsverband, or Germany-wide. */
export const REGION_SCOPES = ['NRW', 'LVR', 'LWL', 'federal'] as const;

export const AMOUNT_UNITS = ['percent', 'eur', 'days', 'weeks', 'months', 'years', 'places', 'persons'] as const;
export const AMOUNT_PERIODS = ['once', 'month', 'year', 'job', 'place', 'person'] as const;

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case kebab-case id');
const httpsUrl = z.url({ protocol: /^https?$/ }).refine((u) => !/\s/.test(u), 'must not contain spaces');
const isoDate = z.iso.date();
const term = z.string().trim().min(2).max(80);

/** A paragraph of a law, linked to its official text (gesetze-im-internet.de, recht.nrw.de). */
export const legalBasisSchema = z.strictObject({
  label: z.string().min(3),
  url: httpsUrl,
});

/** A number an employer acts on: a subsidy rate, a sum, a duration. Its label lives in the locale (`amounts.<id>`). */
export const amountSchema = z
  .strictObject({
    id,
    value: z.number().nonnegative(),
    valueMax: z.number().positive().optional(),
    unit: z.enum(AMOUNT_UNITS),
    per: z.enum(AMOUNT_PERIODS).optional(),
    upTo: z.boolean().optional(),
    source: httpsUrl,
  })
  .refine((a) => a.valueMax === undefined || a.valueMax > a.value, { message: 'valueMax must be greater than value', path: ['valueMax'] });

/** An official page; its link text lives in the locale (`links.<id>`). The first link is the topic's main page. */
export const linkSchema = z.strictObject({ id, url: httpsUrl });

/** Words employers type for a topic. Everything here feeds the recognizer's vocabulary. */
export const matchSchema = z.strictObject({
  keywords: z.array(term).min(1),
  synonyms: z.array(term).default([]),
  colloquial: z.array(term).default([]),
  misspellings: z.array(term).default([]),
  en: z.array(term).default([]),
});

/** One topic of the knowledge base: `data/topics/<id>.json`. */
export const topicDataSchema = z.strictObject({
  id,
  group: z.enum(TOPIC_GROUPS),
  regionScope: z.array(z.enum(REGION_SCOPES)).min(1),
  asOf: isoDate,
  legalBasis: z.array(legalBasisSchema).default([]),
  amounts: z.array(amountSchema).default([]),
  links: z.array(linkSchema).min(1),
  sources: z.array(httpsUrl).min(1),
  related: z.array(id).default([]),
  match: matchSchema,
  unconfirmed: z.array(z.string().min(5)).default([]),
});

const sentence = z.string().trim().min(3);

/** The texts of one topic in one language: `locales/<lng>/topics/<id>.json`. */
export const topicTextSchema = z.strictObject({
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
  expert: sentence.optional(),
});

export type TopicGroup = (typeof TOPIC_GROUPS)[number];
export type RegionScope = (typeof REGION_SCOPES)[number];
export type LegalBasis = z.infer<typeof legalBasisSchema>;
export type Amount = z.infer<typeof amountSchema>;
export type TopicLink = z.infer<typeof linkSchema>;
export type TopicMatch = z.infer<typeof matchSchema>;
export type TopicData = z.infer<typeof topicDataSchema>;
export type TopicText = z.infer<typeof topicTextSchema>;
