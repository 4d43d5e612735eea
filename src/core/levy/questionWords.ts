import { join } from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';
import { readJson } from '../knowledge/readJson.js';
import { ContentValidationError, problemsFromZod } from '../knowledge/validationError.js';

export const LEVY_QUESTION_WORDS_FILE = 'data/levy/question-words.json';

const questionWordsSchema = lazySchema(() => z.strictObject({
  about: z.string().optional(),
  calculationCues: z.array(z.string().trim().min(3)).min(1),
}));

/**
 * The word parts that tell a message asking about paying, calculating or the duty (data/levy/question-words.json),
 * as one pattern: plain data, so that it survives the content snapshot (no functions in `Content`).
 */
export interface LevyQuestionWords {
  readonly pattern: RegExp;
}

/** Builds the pattern from word parts, matched case-insensitively anywhere in a message. */
export function levyQuestionWords(cues: readonly string[]): LevyQuestionWords {
  return { pattern: new RegExp(cues.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'iu') };
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
  return levyQuestionWords(parsed.data.calculationCues);
}
