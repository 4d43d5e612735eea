import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';
import { PARTIAL_DATE } from '../knowledge/dates.js';
import { districtKey, httpUrl, text } from './primitives.js';

export const CONTACT_ROLES = ['eaa', 'inklusionsamt', 'fachstelle', 'ifd', 'arbeitgeber-service', 'other'] as const;
/** Roles an operator may add for a single district; Inklusionsamt and Arbeitgeber-Service come from the defaults. */
export const REGIONAL_ROLES = ['eaa', 'fachstelle', 'ifd', 'other'] as const;
/** A contact that serves only part of the employers: chamber EAA are tied to their members. */
export const SECTORS = ['handwerk', 'industrie-und-handel'] as const;
export const CONTACT_AREAS = ['NRW', 'LVR', 'LWL'] as const;

const id = lazySchema(() => z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case kebab-case id'));
// German numbers as printed: "0251 591-3461", "+49 251 591-3461", "0800 4 5555 20"
const germanPhone = lazySchema(() => z.string().regex(/^(?:\+49 ?|0)[1-9][\d /-]{4,20}\d$/, 'must be a German phone number such as "0251 591-3461"'));
const email = lazySchema(() => z.string().regex(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i, 'must be an e-mail address'));

const contactFields = lazySchema(() => ({
  id,
  name: text,
  organisation: text,
  url: httpUrl,
  phone: germanPhone.optional(),
  email: email.optional(),
  address: text.optional(),
  sector: z.enum(SECTORS).optional(),
  /** The date of the newest source showing the entry (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); absent when no source is dated. */
  asOf: z.string().regex(PARTIAL_DATE, 'must be a date YYYY-MM-DD (or YYYY-MM, YYYY)').optional(),
  sources: z.array(httpUrl).min(1, 'needs at least one source URL'),
  note: text.optional(),
}));

/** A contact for a whole Landschaftsverband or all of NRW: `data/contacts/defaults.json`. */
export const defaultContactSchema = lazySchema(() => z.strictObject({ ...contactFields, area: z.enum(CONTACT_AREAS), role: z.enum(CONTACT_ROLES) }));

/** A contact for named districts: `data/contacts/regional.json`. */
export const regionalContactSchema = lazySchema(() => z
  .strictObject({
    ...contactFields,
    districts: z.array(districtKey).min(1),
    role: z.enum(REGIONAL_ROLES),
    confirmed: z.boolean(),
  })
  .refine((c) => c.confirmed || c.note !== undefined, { message: 'an unconfirmed contact needs a note saying what is missing', path: ['note'] }));

export type ContactRole = (typeof CONTACT_ROLES)[number];
export type Sector = (typeof SECTORS)[number];
export type DefaultContact = z.infer<typeof defaultContactSchema>;
export type RegionalContact = z.infer<typeof regionalContactSchema>;
