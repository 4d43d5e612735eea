import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';
import { sourceSchema } from '../knowledge/schema.js';

const euro = lazySchema(() => z.number().int().positive());
const httpsUrl = lazySchema(() => z.url({ protocol: /^https?$/ }));
const year = lazySchema(() => z.number().int().min(2000).max(2100));

/** Amounts for employers with 60 or more workplaces, by yearly quota (§ 160 Abs. 2 Satz 1 SGB IX). */
const standardTiersSchema = lazySchema(() => z.strictObject({ quota3To5: euro, quota2To3: euro, quotaBelow2: euro, quotaZero: euro }));

/** Amounts for employers with fewer than 60 workplaces, by average credited places (§ 160 Abs. 2 Satz 2 Nr. 2). */
const under60TiersSchema = lazySchema(() => z.strictObject({ credited1To2: euro, creditedBelow1: euro, creditedZero: euro }));

/** Amounts for employers with fewer than 40 workplaces, by average credited places (§ 160 Abs. 2 Satz 2 Nr. 1). */
const under40TiersSchema = lazySchema(() => z.strictObject({ creditedBelow1: euro, creditedZero: euro }));

/** One set of monthly amounts and the Erhebungsjahre it applies to. */
export const levyRateSetSchema = lazySchema(() => z
  .strictObject({
    id: z.string().min(1),
    fromYear: year,
    toYear: year.nullable(),
    confirmedThroughYear: year,
    standard: standardTiersSchema,
    under60: under60TiersSchema,
    under40: under40TiersSchema,
    legalBasis: httpsUrl,
    /** Where the amounts come from, each with the date of the source itself where it is known. */
    sources: z.array(sourceSchema).min(1),
    notes: z.string().optional(),
  })
  .refine((s) => s.toYear === null || s.toYear >= s.fromYear, { message: 'toYear must not be before fromYear', path: ['toYear'] })
  .refine((s) => s.confirmedThroughYear >= s.fromYear, { message: 'confirmedThroughYear must not be before fromYear', path: ['confirmedThroughYear'] })
  .refine((s) => s.standard.quota3To5 < s.standard.quota2To3 && s.standard.quota2To3 < s.standard.quotaBelow2 && s.standard.quotaBelow2 < s.standard.quotaZero, {
    message: 'amounts must rise as the quota falls',
    path: ['standard'],
  })
  .refine((s) => s.under60.credited1To2 < s.under60.creditedBelow1 && s.under60.creditedBelow1 < s.under60.creditedZero, {
    message: 'amounts must rise as credited places fall',
    path: ['under60'],
  })
  .refine((s) => s.under40.creditedBelow1 < s.under40.creditedZero, { message: 'amounts must rise as credited places fall', path: ['under40'] }));

/**
 * The Bezugsgröße (§ 18 Abs. 1 SGB IV, monthly euros) of one calendar year: § 160 Abs. 3 SGB IX changes the amounts
 * only when it has risen or fallen by at least 10 % since the year of the last change.
 */
export const referenceValueSchema = lazySchema(() => z.strictObject({
  year,
  monthlyEuro: euro,
  /** True while the value is the announced draft, not yet the adopted Verordnung. */
  provisional: z.boolean().default(false),
  source: sourceSchema,
}));

/** `data/levy/rates.json`. */
export const levyRatesFileSchema = lazySchema(() => z.strictObject({
  about: z.string().optional(),
  rateSets: z.array(levyRateSetSchema).min(1),
  referenceValues: z.array(referenceValueSchema).default([]),
  unconfirmed: z.array(z.string().min(5)).default([]),
}));

/** The Bezugsgröße of one year. */
export type ReferenceValue = z.infer<typeof referenceValueSchema>;

/** One validated set of monthly amounts. */
export type LevyRateSet = z.infer<typeof levyRateSetSchema>;

/** All rate sets, sorted by `fromYear`, without gaps or overlaps. */
export interface LevyRateTable {
  rateSets: LevyRateSet[];
  referenceValues: ReferenceValue[];
  unconfirmed: string[];
}
