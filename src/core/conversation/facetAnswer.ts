import { foldText } from './fold.js';
import type { Facet } from './types.js';

/** The parts of a topic text a facet is read from. */
export interface FacetSourceText {
  answer: string;
  provider: string;
  details: Partial<Record<DetailSection, string>>;
  expert?: string;
}

/** The detail sections of a topic card. */
export type DetailSection = 'who' | 'what' | 'conditions' | 'apply' | 'next';

/** The answer to one facet: sentences of the topic's own texts and the card section that holds more. */
export interface FacetContent {
  sentences: string[];
  section?: DetailSection;
  /** The facet is answered by the texts; false means: say so and point to the provider. */
  found: boolean;
}

/** The card section that explains each facet further. */
const SECTION_OF: Record<Facet, DetailSection | undefined> = {
  consequences: 'conditions', use: 'conditions', start: 'conditions', deadline: 'apply', processing: 'apply', duration: 'what', amount: 'what', price: undefined, provider: 'apply', apply: 'apply', beneficiaries: 'who', conditions: 'conditions', wage: 'what', advice: 'apply', combination: 'conditions',
};
const MAX_SENTENCES = 2;
const MIN_STEM = 5;
const OVERLAP_DUPLICATE = 0.7;

/** Splits a text into sentences; "Abs. 4", "z. B. die" and "§ 324 SGB III)." stay whole. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[^\d\s][.!?])\s+(?=[A-ZÄÖÜ„"])/u).map((s) => s.trim()).filter(Boolean);
}

const stems = (text: string): Set<string> => new Set(foldText(text).split(' ').filter((w) => w.length >= MIN_STEM).map((w) => w.slice(0, MIN_STEM)));

/** True when most words of `sentence` already stand in the chosen sentences. */
function repeats(sentence: string, chosen: readonly string[]): boolean {
  const words = stems(sentence);
  if (words.size === 0) return false;
  const known = stems(chosen.join(' '));
  return [...words].filter((w) => known.has(w)).length / words.size >= OVERLAP_DUPLICATE;
}

/** A sentence of a topic text, where it stands, and its folded form and word stems (for matching and ranking). */
interface Candidate {
  sentence: string;
  order: number;
  section?: DetailSection;
  folded: string;
  stems: ReadonlySet<string>;
}

// topic texts are loaded once and never changed: their sentences are split and folded once per text
const candidateCache = new WeakMap<FacetSourceText, readonly Candidate[]>();

/** Every sentence of the topic text with the section it stands in (the short answer first); made once per text. */
function candidates(text: FacetSourceText): readonly Candidate[] {
  let cached = candidateCache.get(text);
  if (!cached) {
    const parts: [string, DetailSection | undefined][] = [[text.answer, undefined], ...(['who', 'what', 'conditions', 'apply', 'next'] as const).map((k): [string, DetailSection] => [text.details[k] ?? '', k]), [text.expert ?? '', undefined]];
    cached = parts.flatMap(([part, section]) => sentencesOf(part).map((sentence) => ({ sentence, section })))
      .map((c, order) => ({ ...c, order, folded: foldText(c.sentence), stems: stems(c.sentence) }));
    candidateCache.set(text, cached);
  }
  return cached;
}

const FOLDED = 1;
const WRITTEN = 2;
// which sentences of a text a vocabulary pattern finds depends on the content only: found once per text and pattern
const findings = new WeakMap<readonly Candidate[], Map<RegExp, Uint8Array>>();

/** Per candidate, whether `pattern` finds it in its folded form (FOLDED) and in the sentence as written (WRITTEN). */
function foundBy(list: readonly Candidate[], pattern: RegExp): Uint8Array {
  let byPattern = findings.get(list);
  if (!byPattern) findings.set(list, (byPattern = new Map()));
  let found = byPattern.get(pattern);
  if (!found) {
    found = Uint8Array.from(list, ({ folded, sentence }) => (pattern.test(folded) ? FOLDED : 0) | (pattern.test(sentence) ? WRITTEN : 0));
    byPattern.set(pattern, found);
  }
  return found;
}

/**
 * Picks the sentences of a topic's texts that answer a facet: those the facet's evidence words (or, for a special
 * case, the condition's words) find, ranked by how many words they share with the question. `extra` are sourced
 * sentences from data/conversation/facts.json that come first.
 */
export function facetContent(
  text: FacetSourceText,
  facet: Facet,
  match: { evidence: RegExp; condition?: RegExp; question: string; extra?: readonly string[] },
): FacetContent {
  const section = SECTION_OF[facet];
  const asked = stems(match.question);
  const list = candidates(text);
  const wanted = foundBy(list, match.condition ?? match.evidence);
  const evidence = match.condition ? foundBy(list, match.evidence) : undefined;
  const scored = list
    .filter((_, i) => wanted[i] !== 0)
    .map((c) => ({ ...c, score: [...c.stems].filter((w) => asked.has(w)).length + (evidence && (evidence[c.order]! & FOLDED) !== 0 ? 1 : 0) + (c.section && c.section === section ? 1 : 0) }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const chosen: string[] = [...(match.extra ?? [])];
  const lead = facet === 'provider' ? [text.provider] : [];
  for (const { sentence } of scored) {
    if (chosen.length >= MAX_SENTENCES + (match.extra?.length ?? 0)) break;
    if (!repeats(sentence, [...lead, ...chosen])) chosen.push(sentence);
  }
  const found = chosen.length > 0 || (facet === 'provider' && !match.condition);
  return { sentences: [...lead, ...chosen], section: found ? section : (section ?? 'conditions'), found };
}
