import { join } from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';
import { newestDate } from '../knowledge/dates.js';
import { readJson } from '../knowledge/readJson.js';
import { sourceEntry, sourceSchema } from '../knowledge/schema.js';
import { ContentValidationError, problemsFromZod } from '../knowledge/validationError.js';

export const LEVY_COUNTING_RULES_FILE = 'data/levy/counting-rules.json';

/** The counting rules the levy answer explains when a message used them. */
export const COUNTING_RULE_IDS = ['shortPartTime', 'disabledShortPartTime', 'trainees', 'traineeDouble', 'monthly', 'equalised', 'minijob'] as const;
export type CountingRuleId = (typeof COUNTING_RULE_IDS)[number];

const ruleSchema = lazySchema(() => z.strictObject({
  id: z.enum(COUNTING_RULE_IDS),
  paragraph: z.string().regex(/^§ \d+/u),
  legalBasis: z.url({ protocol: /^https$/ }),
  sources: z.array(sourceSchema).min(1),
}));
const fileSchema = lazySchema(() => z.strictObject({ about: z.string().optional(), rules: z.array(ruleSchema) })
  .refine((f) => COUNTING_RULE_IDS.every((id) => f.rules.filter((r) => r.id === id).length === 1), { message: `needs each of ${COUNTING_RULE_IDS.join(', ')} exactly once`, path: ['rules'] }));

/** One counting rule: the paragraph it rests on, its law text and the newest date a source shows. */
export interface CountingRule {
  paragraph: string;
  legalBasis: string;
  sources: string[];
  newestSourceDate: string | undefined;
}

/** The counting rules by id (plain data, kept in the content snapshot). */
export type LevyCountingRules = Record<CountingRuleId, CountingRule>;

/** Loads and validates `data/levy/counting-rules.json` below `root`. */
export function loadLevyCountingRules(root: string): LevyCountingRules {
  const read = readJson(join(root, LEVY_COUNTING_RULES_FILE), LEVY_COUNTING_RULES_FILE, '-');
  if ('problem' in read) throw new ContentValidationError([read.problem]);
  const parsed = fileSchema.safeParse(read.value);
  if (!parsed.success) throw new ContentValidationError(problemsFromZod(LEVY_COUNTING_RULES_FILE, '-', parsed.error));
  const entries = parsed.data.rules.map((r) => {
    const sources = r.sources.map(sourceEntry);
    return [r.id, { paragraph: r.paragraph, legalBasis: r.legalBasis, sources: sources.map((s) => s.url), newestSourceDate: newestDate(sources.map((s) => s.sourceDate)) }] as const;
  });
  return Object.fromEntries(entries) as LevyCountingRules;
}
