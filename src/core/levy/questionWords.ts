import { join } from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';
import { readJson } from '../knowledge/readJson.js';
import { ContentValidationError, problemsFromZod } from '../knowledge/validationError.js';

export const LEVY_QUESTION_WORDS_FILE = 'data/levy/question-words.json';

const questionWordsSchema = lazySchema(() => z.strictObject({
  about: z.string().optional(),
  calculationCues: z.array(z.string().trim().min(3)).min(1),
  dutyCues: z.array(z.string().trim().min(3)).optional(),
}));

/**
 * The word parts that tell a message asking about paying, calculating or the duty (data/levy/question-words.json),
 * as one pattern: plain data, so that it survives the content snapshot (no functions in `Content`).
 */
export interface LevyQuestionWords {
  readonly pattern: RegExp;
  /** The cues that ask about the duty itself ("Pflichten", "obligations"), not about an amount; never matches when none are given. */
  readonly duty?: RegExp;
  /** The other cues: paying, costing, calculating. */
  readonly amount?: RegExp;
}

const cuePattern = (cues: readonly string[]): RegExp => new RegExp(cues.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'iu');

/** Builds the pattern from word parts, matched case-insensitively anywhere in a message; `dutyCues` are those of them that name the duty. */
export function levyQuestionWords(cues: readonly string[], dutyCues: readonly string[] = []): LevyQuestionWords {
  const amountCues = cues.filter((c) => !dutyCues.includes(c));
  return { pattern: cuePattern(cues), ...(dutyCues.length > 0 ? { duty: cuePattern(dutyCues) } : {}), ...(amountCues.length > 0 ? { amount: cuePattern(amountCues) } : {}) };
}

/**
 * Whether `text` asks about the duty rather than an amount: a duty cue ("Welche Pflichten haben wir?", "Verpflichtungen")
 * and no cue of paying or calculating ("Muss ich zahlen?" asks for the amount).
 */
export function asksAboutDuty(words: LevyQuestionWords, text: string): boolean {
  return !!words.duty?.test(text) && !words.amount?.test(text);
}

/** Whether `text` asks for a calculation, by the words of {@link levyQuestionWords}. */
export function asksForCalculation(words: LevyQuestionWords, text: string): boolean {
  return words.pattern.test(text);
}

/** Loads and validates `data/levy/question-words.json` below `root`. */
export function loadLevyQuestionWords(root: string): LevyQuestionWords {
  const read = readJson(join(root, LEVY_QUESTION_WORDS_FILE), LEVY_QUESTION_WORDS_FILE, '-');
  if ('problem' in read) throw new ContentValidationError([read.problem]);
  const parsed = questionWordsSchema.safeParse(read.value);
  if (!parsed.success) throw new ContentValidationError(problemsFromZod(LEVY_QUESTION_WORDS_FILE, '-', parsed.error));
  return levyQuestionWords(parsed.data.calculationCues, parsed.data.dutyCues);
}
