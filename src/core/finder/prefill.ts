import { resolvePlace, type PlaceResolution, type Regions } from '../regions/index.js';
import { keywordFinder, normalizeForMatching, wordCount } from './matchText.js';
import type { FinderOption, FinderRules, FinderStep } from './schema.js';

/** What a free text already says: answers by step id, and the place it names (when regions are given). */
export interface FinderPrefill {
  answers: Record<string, string>;
  place?: Exclude<PlaceResolution, { kind: 'none' }>;
}

interface OptionHit {
  stepId: string;
  option: FinderOption;
  start: number;
  end: number;
}

/** Every keyword occurrence of every option of every step. */
function keywordHits(steps: readonly FinderStep[], normalized: string): OptionHit[] {
  const find = keywordFinder(normalized);
  return steps.flatMap((step) => step.options.flatMap((option) =>
    option.keywords.flatMap((keyword) => find(keyword).map((hit) => ({ stepId: step.id, option, ...hit })))));
}

/**
 * Longer keywords win the words they cover, across steps: "Werkstattaufträge" is about the levy, not about a person
 * from a Werkstatt. Hits of equal length both stand ("Werkstatt" says both the situation and the person).
 */
function withoutShadowed(hits: OptionHit[]): OptionHit[] {
  const length = (h: OptionHit) => h.end - h.start;
  return hits.filter((hit) => !hits.some((other) => length(other) > length(hit) && hit.start < other.end && other.start < hit.end));
}

/** The option of a step among the hits; with several, the one of highest precedence (then file order). */
function optionOf(step: FinderStep, hits: readonly OptionHit[]): FinderOption | undefined {
  return step.options.filter((o) => hits.some((h) => h.stepId === step.id && h.option === o)).sort((a, b) => b.precedence - a.precedence)[0];
}

/** The option of a number step whose range holds `value`. */
function optionForNumber(step: FinderStep, value: number): FinderOption | undefined {
  return step.options.find((o) => o.min !== undefined && value >= o.min && (o.max === undefined || value <= o.max));
}

/** A number standing before one of the step's nouns, at most one word apart ("12 Leute", "30 feste Mitarbeiter"). */
function numberBeforeNoun(step: FinderStep, normalized: string): number | undefined {
  for (const noun of step.numberNouns) {
    const match = new RegExp(`(?:^| )(\\d{1,7}) (?:\\p{L}+ )?${noun}`, 'u').exec(normalized);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/**
 * Fills what a free text already says ("Wir wollen einen Azubi einstellen, Bäckerei mit 12 Leuten in Lippstadt"):
 * each step from its options' keywords (a number step from a number before one of its nouns), and the place.
 */
export function prefillFromText(rules: FinderRules, text: string, regions?: Regions): FinderPrefill {
  const normalized = normalizeForMatching(text);
  const hits = withoutShadowed(keywordHits(rules.steps, normalized));
  const answers: Record<string, string> = {};
  for (const step of rules.steps) {
    const count = step.numberNouns.length > 0 ? numberBeforeNoun(step, normalized) : undefined;
    const option = (count === undefined ? undefined : optionForNumber(step, count)) ?? optionOf(step, hits);
    if (option) answers[step.id] = option.id;
  }
  const place = regions ? resolvePlace(regions, text) : undefined;
  return place && place.kind !== 'none' ? { answers, place } : { answers };
}

/** At most this many words make a short reply such as "etwa 30" an answer to a number step. */
const SHORT_REPLY_WORDS = 4;

/**
 * The answer a reply gives to the step being asked, when the reply is nothing but an answer: a button label
 * (`labels`, in any language), one of the step's whole replies, or a short reply with one number for a number step.
 * @remarks Keywords in longer texts are {@link prefillFromText}'s business: "Was ist eine Gleichstellung?" is a question.
 */
export function matchReply(step: FinderStep, text: string, labels: Readonly<Record<string, readonly string[]>> = {}): string | undefined {
  const normalized = normalizeForMatching(text);
  if (normalized === '') return undefined;
  const whole = step.options.find((o) => o.replies.includes(normalized) || (labels[o.id] ?? []).some((label) => normalizeForMatching(label) === normalized));
  if (whole) return whole.id;
  const numbers = normalized.match(/\d+/g) ?? [];
  if (step.numberNouns.length === 0 || numbers.length !== 1 || wordCount(normalized) > SHORT_REPLY_WORDS) return undefined;
  return optionForNumber(step, Number(numbers[0]))?.id;
}

/** True when a reply skips the place question ("überspringen", "weiß nicht"), also a skip button label in any language. */
export function isPlaceSkip(rules: FinderRules, text: string, labels: readonly string[] = []): boolean {
  const normalized = normalizeForMatching(text);
  return rules.placeSkipReplies.includes(normalized) || labels.some((label) => normalizeForMatching(label) === normalized);
}
