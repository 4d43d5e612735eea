import { join } from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';
import { readJson } from '../knowledge/readJson.js';
import { ContentValidationError, problemsFromZod, type ContentProblem } from '../knowledge/validationError.js';

const count = lazySchema(() => z.number().int().positive());

const rulesFileSchema = lazySchema(() => z.strictObject({
  about: z.string().optional(),
  limits: z.strictObject({
    maxWordsPerSentence: count,
    maxMeanWordsPerSentence: z.number().positive(),
    maxLix: z.number().positive(),
    maxLettersWithoutSeparator: count,
    /** Mean sentence length and LIX say little about a label or a single sentence; below this many words they are not gated. */
    minWordsForTextFigures: count,
  }),
  exemptKeys: z.array(z.string().min(1)),
  exemptKeySuffixes: z.array(z.string().min(1)),
  exemptKeyPaths: z.array(z.string().min(1)),
  dottedAbbreviations: z.array(z.string().regex(/\.$/u, 'must end with a full stop')).min(1),
}));

const acronymsFileSchema = lazySchema(() => z.strictObject({ about: z.string().optional(), acronyms: z.array(z.string().regex(/^\p{L}{2,}$/u, 'must be letters only')) }));
const properNamesFileSchema = lazySchema(() => z.strictObject({ about: z.string().optional(), names: z.array(z.string().regex(/^\p{L}+$/u, 'must be one word of letters')) }));

/** The plain-language rules: limits, exempt keys, forbidden abbreviations, known acronyms, long proper names. */
export type LanguageRules = z.infer<typeof rulesFileSchema> & { knownAcronyms: string[]; properNames: string[] };

function readValidated<S extends z.ZodType>(root: string, file: string, schema: S, problems: ContentProblem[]): z.infer<S> | undefined {
  const read = readJson(join(root, file), file, '-');
  if ('problem' in read) {
    problems.push(read.problem);
    return undefined;
  }
  const parsed = schema.safeParse(read.value);
  if (!parsed.success) problems.push(...problemsFromZod(file, '-', parsed.error));
  return parsed.success ? parsed.data : undefined;
}

/** Loads `data/language/{rules,acronyms,proper-names}.json` below `root`; throws ContentValidationError listing every problem. */
export function loadLanguageRules(root: string): LanguageRules {
  const problems: ContentProblem[] = [];
  const rules = readValidated(root, 'data/language/rules.json', rulesFileSchema, problems);
  const acronyms = readValidated(root, 'data/language/acronyms.json', acronymsFileSchema, problems);
  const names = readValidated(root, 'data/language/proper-names.json', properNamesFileSchema, problems);
  if (!rules || !acronyms || !names) throw new ContentValidationError(problems);
  return { ...rules, knownAcronyms: acronyms.acronyms, properNames: names.names };
}
