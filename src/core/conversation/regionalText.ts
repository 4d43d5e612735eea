import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';
import type { TopicText } from '../knowledge/schema.js';

/** The two Landschaftsverbände of NRW; each runs the Inklusionsamt of its part of the state. */
export type Landschaftsverband = 'LVR' | 'LWL';

const words = lazySchema(() => z.array(z.string().min(1)).min(1));

/** How the topic texts name each Landschaftsverband and join the two as alternatives (`regionalNames` in cues.json). */
export const regionalNamesSchema = lazySchema(() => z.strictObject({
  /** Patterns of the names of each Landschaftsverband and its offices ("LVR-Inklusionsamt", "Landschaftsverband Rheinland"). */
  names: z.strictObject({ LVR: words, LWL: words }),
  /** The area of each one, as a place phrase says it ("im Rheinland beim LVR-Inklusionsamt"). */
  areas: z.strictObject({ LVR: words, LWL: words }),
  /** Small words that may stand before a name and belong to it ("das", "beim", "the"). */
  lead: words,
  /** Words that join two names as alternatives ("oder", "or"); a comma does too. "und"/"and" do not: both are meant. */
  alternative: words,
}));

/** The compiled alternatives: one pattern for "LVR … oder LWL …" in either order. */
export interface RegionalNames {
  pair: RegExp;
  /** Per Landschaftsverband: the start of a sentence about its area only ("Im Rheinland sind … zuständig."). */
  areaStart: Record<Landschaftsverband, RegExp>;
}

const LETTER_BEFORE = '(?<!\\p{L})';
const LETTER_AFTER = '(?!\\p{L})';
/** The order of the two alternatives of the pattern: `0` names the LVR first, `1` the LWL. */
const ORDERS: readonly (readonly [Landschaftsverband, Landschaftsverband])[] = [['LVR', 'LWL'], ['LWL', 'LVR']];

/**
 * One name of a Landschaftsverband with what belongs to it: an area phrase ("im Rheinland beim") or small words
 * ("an das") before it, a bracket after it; in the groups `<p>Area`, `<p>Small` and `<p>Name`.
 */
function mentionPattern(p: string, names: readonly string[], areas: readonly string[], lead: readonly string[]): string {
  const name = `${LETTER_BEFORE}(?:${names.join('|')})${LETTER_AFTER}(?:\\s*\\([^()]*\\))?`;
  const area = `(?:im|in)(?:\\s+the)?\\s+(?:${areas.join('|')})${LETTER_AFTER}[^,;.()]*?`;
  const small = `(?:(?:${lead.join('|')})\\s+){0,2}`;
  return `(?:${LETTER_BEFORE}(?<${p}Area>${area})|${LETTER_BEFORE}(?<${p}Small>${small}))(?<${p}Name>${name})`;
}

/** Compiles the names (validated by {@link regionalNamesSchema}) into the pattern of two alternatives, in either order. */
export function compileRegionalNames(data: z.infer<typeof regionalNamesSchema>): RegionalNames {
  const join = `(?:\\s*,\\s*|\\s+(?:${data.alternative.join('|')})${LETTER_AFTER}\\s*)`;
  const mention = (p: string, lv: Landschaftsverband) => mentionPattern(p, data.names[lv], data.areas[lv], data.lead);
  const pairs = ORDERS.map(([first, second], i) => `${mention(`a${i}`, first)}${join}${mention(`b${i}`, second)}`);
  const area = (lv: Landschaftsverband) => new RegExp(`^(?:im|in)(?:\\s+the)?\\s+(?:${data.areas[lv].join('|')})${LETTER_AFTER}`, 'iu');
  return { pair: new RegExp(pairs.join('|'), 'giu'), areaStart: { LVR: area('LVR'), LWL: area('LWL') } };
}

/**
 * The one alternative kept: the first whole, or the second with the small words of the first ("an das LVR-Inklusionsamt,
 * das LWL-Inklusionsamt" → "an das LWL-Inklusionsamt"), or whole when it has an area phrase of its own.
 */
function kept(g: Record<string, string | undefined>, i: number, first: boolean): string {
  if (first) return `${g[`a${i}Area`] ?? g[`a${i}Small`] ?? ''}${g[`a${i}Name`]}`;
  const lead = g[`b${i}Area`] ?? (g[`a${i}Area`] === undefined ? g[`a${i}Small`] : g[`b${i}Small`]) ?? '';
  return `${lead}${g[`b${i}Name`]}`;
}

/**
 * Names only the Landschaftsverband of the employer's district where a text offers both as alternatives:
 * "in NRW das LVR-Inklusionsamt (Rheinland) oder das LWL-Inklusionsamt Arbeit (Westfalen-Lippe)" becomes
 * "in NRW das LWL-Inklusionsamt Arbeit (Westfalen-Lippe)" for Kreis Unna, and a sentence about the other area only
 * ("Im Rheinland sind … zuständig.") is left out. Both named together ("LVR und LWL zahlen eigene Prämien") stay.
 */
export function narrowToRegion(text: string, lv: Landschaftsverband, names: RegionalNames): string {
  const narrowed = text.replace(names.pair, (...args: unknown[]) => {
    const groups = args.at(-1) as Record<string, string | undefined>;
    const i = groups.a0Name !== undefined ? 0 : 1;
    return kept(groups, i, ORDERS[i]![0] === lv);
  });
  return withoutOtherArea(narrowed, lv, names);
}

// a sentence ends with a full stop that ends no number ("seit dem 1. Juli" goes on)
const SENTENCE_END = /(?<=(?<!\d)[.!?])\s+/u;

/**
 * Leaves out a sentence about the other area only ("Im Rheinland sind … zuständig.") where it stands right next to
 * one about the district's own area: the two say the same for each part of NRW. Elsewhere a sentence may carry on
 * an area's block ("Im Rheinland gibt es … . Für eine Ausbildung gibt es …"), so nothing is left out there.
 */
function withoutOtherArea(text: string, lv: Landschaftsverband, names: RegionalNames): string {
  const sentences = text.split(SENTENCE_END);
  const other: Landschaftsverband = lv === 'LVR' ? 'LWL' : 'LVR';
  const about = (i: number, area: Landschaftsverband) => names.areaStart[area].test(sentences[i] ?? '');
  const left = sentences.filter((_, i) => !(about(i, other) && (about(i - 1, lv) || about(i + 1, lv))));
  return left.length === sentences.length ? text : left.join(' ');
}

/** A topic's texts in one language with {@link narrowToRegion} applied to every sentence (titles stay). */
export function narrowTopicText(text: TopicText, lv: Landschaftsverband, names: RegionalNames): TopicText {
  const narrow = (s: string): string => narrowToRegion(s, lv, names);
  const details = Object.fromEntries(Object.entries(text.details).map(([key, value]) => [key, value === undefined ? value : narrow(value)])) as TopicText['details'];
  return { ...text, answer: narrow(text.answer), provider: narrow(text.provider), details, ...(text.expert ? { expert: narrow(text.expert) } : {}) };
}
