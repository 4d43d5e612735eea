import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readJson } from '../knowledge/readJson.js';
import { ContentValidationError, problemsFromZod, type ContentProblem } from '../knowledge/validationError.js';
import { ANSWER_LANGUAGES } from '../recognizer/types.js';
import { crossCheckRules } from './crossCheck.js';
import { normalizeForMatching } from './matchText.js';
import { finderFileSchema, type FinderFile, type FinderRules, type FinderRulesContext } from './schema.js';

export type { FinderRulesContext } from './schema.js';

export const FINDER_RULES_FILE = 'data/finder/rules.json';

/** Folds every keyword, reply and noun once, so matching compares like with like. */
function foldForMatching(file: FinderFile): FinderRules {
  const fold = (list: string[]) => [...new Set(list.map(normalizeForMatching))];
  return {
    ...file,
    placeSkipReplies: fold(file.placeSkipReplies),
    steps: file.steps.map((step) => ({
      ...step,
      numberNouns: fold(step.numberNouns),
      options: step.options.map((o) => ({ ...o, keywords: fold(o.keywords), replies: fold(o.replies) })),
    })),
  };
}

/**
 * Validates parsed finder rules: the schema, then ids, conditions, topic ids and texts in every language.
 * @remarks Collects every problem before throwing ContentValidationError (`file › item id › field: problem`).
 */
export function validateFinderRules(value: unknown, context: FinderRulesContext): FinderRules {
  const parsed = finderFileSchema.safeParse(value);
  if (!parsed.success) throw new ContentValidationError(problemsFromZod(FINDER_RULES_FILE, '-', parsed.error));
  const problems = crossCheckRules(parsed.data, context);
  if (problems.length > 0) throw new ContentValidationError(problems);
  return foldForMatching(parsed.data);
}

/** Loads and validates `data/finder/rules.json` below `root` against `data/topics/` and `locales/<lng>/finder.json`. */
export function loadFinderRules(root: string, languages: readonly string[] = ANSWER_LANGUAGES): FinderRules {
  const read = readJson(join(root, FINDER_RULES_FILE), FINDER_RULES_FILE, '-');
  if ('problem' in read) throw new ContentValidationError([read.problem]);
  const topicsDir = join(root, 'data', 'topics');
  const topicIds = new Set(existsSync(topicsDir) ? readdirSync(topicsDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)) : []);
  const problems: ContentProblem[] = [];
  const texts: Record<string, unknown> = {};
  for (const language of languages) {
    const file = `locales/${language}/finder.json`;
    const text = readJson(join(root, file), file, '-');
    if ('problem' in text) problems.push(text.problem);
    else texts[language] = text.value;
  }
  if (problems.length > 0) throw new ContentValidationError(problems);
  return validateFinderRules(read.value, { topicIds, texts });
}
