import { join } from 'node:path';
import { z } from 'zod';
import { readJson } from '../knowledge/readJson.js';
import { ContentValidationError, problemsFromZod } from '../knowledge/validationError.js';

export const LEVY_QUESTION_WORDS_FILE = 'data/levy/question-words.json';

const questionWordsSchema = z.strictObject({
  about: z.string().optional(),
  calculationCues: z.array(z.string().trim().min(3)).min(1),
});

/** Tells whether a message asks about paying, calculating or the duty (data/levy/question-words.json). */
export interface LevyQuestionWords {
  asksForCalculation(text: string): boolean;
}

/** Builds the matcher from word parts, matched case-insensitively anywhere in a message. */
export function levyQuestionWords(cues: readonly string[]): LevyQuestionWords {
  const pattern = new RegExp(cues.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'iu');
  return { asksForCalculation: (text) => pattern.test(text) };
}

/** Loads and validates `data/levy/question-words.json` below `root`. */
export function loadLevyQuestionWords(root: string): LevyQuestionWords {
  const read = readJson(join(root, LEVY_QUESTION_WORDS_FILE), LEVY_QUESTION_WORDS_FILE, '-');
  if ('problem' in read) throw new ContentValidationError([read.problem]);
  const parsed = questionWordsSchema.safeParse(read.value);
  if (!parsed.success) throw new ContentValidationError(problemsFromZod(LEVY_QUESTION_WORDS_FILE, '-', parsed.error));
  return levyQuestionWords(parsed.data.calculationCues);
}
