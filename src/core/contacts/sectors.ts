import { join } from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';
import { readJson } from '../knowledge/readJson.js';
import { ContentValidationError, problemsFromZod } from '../knowledge/validationError.js';
import { SECTORS, type Sector } from '../regions/contactSchema.js';
import { foldGerman } from '../text/fold.js';

export const SECTOR_WORDS_FILE = 'data/contacts/sectors.json';

/** A sector the employer chose, or `other` for a business that belongs to neither chamber. */
export type SectorChoice = Sector | 'other';

const wordList = lazySchema(() => z.array(z.string().trim().min(3)).min(1));
const sectorWordsSchema = lazySchema(() => z.strictObject({
  about: z.string().optional(),
  sectors: z.strictObject(Object.fromEntries(SECTORS.map((s) => [s, wordList])) as Record<Sector, typeof wordList>),
}));

/** Word beginnings (folded) per sector. */
export type SectorWords = Readonly<Record<Sector, readonly string[]>>;

/** Loads and validates `data/contacts/sectors.json` below `root`. */
export function loadSectorWords(root: string): SectorWords {
  const read = readJson(join(root, SECTOR_WORDS_FILE), SECTOR_WORDS_FILE, '-');
  if ('problem' in read) throw new ContentValidationError([read.problem]);
  const parsed = sectorWordsSchema.safeParse(read.value);
  if (!parsed.success) throw new ContentValidationError(problemsFromZod(SECTOR_WORDS_FILE, '-', parsed.error));
  return Object.fromEntries(SECTORS.map((s) => [s, parsed.data.sectors[s].map(foldGerman)])) as Record<Sector, string[]>;
}

/** The sector a message names ("meinen Handwerksbetrieb", "Bäckerei"), or undefined when it names none or both. */
export function sectorOf(text: string, words: SectorWords): Sector | undefined {
  const tokens = foldGerman(text).split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const named = SECTORS.filter((sector) => tokens.some((token) => words[sector].some((w) => token.startsWith(w))));
  return named.length === 1 ? named[0] : undefined;
}

/** The sector chosen with a card button (`{ sector: 'handwerk' }`), if the value carries a known one. */
export function sectorChoiceOf(value: unknown): SectorChoice | undefined {
  const sector = (value as { sector?: unknown } | undefined)?.sector;
  return sector === 'other' || SECTORS.includes(sector as Sector) ? (sector as SectorChoice) : undefined;
}
