import { join } from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';
import { readJson } from '../knowledge/readJson.js';
import { ContentValidationError, problemsFromZod } from '../knowledge/validationError.js';

export const LEVY_QUESTION_WORDS_FILE = 'data/levy/question-words.json';

const questionWordsSchema = lazySchema(() => z.strictObject({
  about: z.string().optional(),
  calculationCues: z.array(z.string().trim().min(3)).min(1),
  dutyCues: z.array(z.string().trim().min(3)).default([]),
  costCues: z.array(z.string().trim().min(3)).default([]),
}));

/**
 * The word parts that tell a message asking about paying, calculating or the duty (data/levy/question-words.json),
 * as one pattern: plain data, so that it survives the content snapshot (no functions in `Content`).
 */
export interface LevyQuestionWords {
  readonly pattern: RegExp;
  /** A word of the duty, anywhere in a word ("Verpflichtungen"); absent: no message asks about the duty alone. */
  readonly duty?: RegExp;
  /** A word of paying, at the start of a word ("zahlen", not "Anzahl"). */
  readonly cost?: RegExp;
}

const escaped = (cues: readonly string[]): string => cues.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/**
 * Builds the pattern from word parts, matched case-insensitively anywhere in a message; with `duty` and `cost` cues
 * also the test of {@link asksAboutDuty}.
 */
export function levyQuestionWords(cues: readonly string[], duty: readonly string[] = [], cost: readonly string[] = []): LevyQuestionWords {
  return {
    pattern: new RegExp(escaped(cues), 'iu'),
    ...(duty.length > 0 ? { duty: new RegExp(escaped(duty), 'iu') } : {}),
    ...(cost.length > 0 ? { cost: new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped(cost)})`, 'iu') } : {}),
  };
}

/**
 * Whether a levy question asks about the duty rather than the payment: a duty word and no word of paying
 * ("22 Angestellte, keiner schwerbehindert. Welche Verpflichtungen haben wir?", not "… Was müssen wir zahlen?").
 */
export function asksAboutDuty(words: LevyQuestionWords, text: string): boolean {
  return !!words.duty?.test(text) && !words.cost?.test(text);
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
  return levyQuestionWords(parsed.data.calculationCues, parsed.data.dutyCues, parsed.data.costCues);
}
