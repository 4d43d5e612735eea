import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';

/** The field types the region and contact schemas share (an http(s) URL, a date, a name, a district key). */
export const httpUrl = lazySchema(() => z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).refine((u) => !/\s/.test(u), 'must not contain spaces'));
/** A calendar date `YYYY-MM-DD`. */
export const isoDate = lazySchema(() => z.iso.date({ error: 'must be a date YYYY-MM-DD' }));
/** A name or text of at least two characters. */
export const text = lazySchema(() => z.string().trim().min(2));
/** The official 5-digit key of an NRW district (`05xxx`). */
export const districtKey = lazySchema(() => z.string().regex(/^05\d{3}$/, 'must be a 5-digit NRW district key (05xxx)'));
