import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';

/** The key under which the answers carry the Landschaftsverband of the employer's district. */
export const REGION_KEY = 'region';
export const REGIONS = ['LVR', 'LWL'] as const;

const id = lazySchema(() => z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case kebab-case id'));
const phrase = lazySchema(() => z.string().trim().min(2).max(60));

/** One answer of a step; its button label lives in `locales/<lng>/finder.json` (`steps.<step>.options.<id>`). */
export const finderOptionSchema = lazySchema(() => z
  .strictObject({
    id,
    /** Words that fill this answer from any free text, also before the step is asked (see `about`). */
    keywords: z.array(phrase).default([]),
    /** Whole replies that count as this answer only while its step is asked ("weiß nicht"). */
    replies: z.array(phrase).default([]),
    /** When keywords of several answers occur, the one with the highest precedence wins. */
    precedence: z.number().int().min(0).default(0),
    /** A number step: the inclusive range a number in the text falls into. */
    min: z.number().int().nonnegative().optional(),
    max: z.number().int().nonnegative().optional(),
  })
  .refine((o) => o.min === undefined || o.max === undefined || o.max >= o.min, { message: 'max must not be below min', path: ['max'] }));

/** One question of the finder, asked in the order of the file. */
export const finderStepSchema = lazySchema(() => z.strictObject({
  id,
  options: z.array(finderOptionSchema).min(2),
  /** For a number step: the nouns a number must stand before to count ("12 Leute", "30 employees"). */
  numberNouns: z.array(phrase).default([]),
}));

/** One rule: when every listed step has one of the listed answers, the topic is recommended for the reason. */
export const finderRuleSchema = lazySchema(() => z.strictObject({
  id,
  topic: id,
  when: z.record(z.string(), z.array(z.string().min(1)).min(1)),
  /** Key below `reasons.` in `locales/<lng>/finder.json`. */
  reason: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'must be a camelCase key'),
  /** Higher first; for the same topic the rule with the highest priority gives the reason. */
  priority: z.number().int().min(0).max(1000),
}));

/** Commands of the bot a result may offer as a button (the levy calculator after questions about the quota). */
export const FOLLOW_UP_COMMANDS = ['levy', 'findContact'] as const;

/** A button offered with the result when its condition holds. */
export const finderFollowUpSchema = lazySchema(() => z.strictObject({
  command: z.enum(FOLLOW_UP_COMMANDS),
  when: z.record(z.string(), z.array(z.string().min(1)).min(1)),
}));

/** `data/finder/rules.json`. */
export const finderFileSchema = lazySchema(() => z.strictObject({
  about: z.string().optional(),
  asOf: z.iso.date(),
  maxResults: z.number().int().min(1).max(10),
  steps: z.array(finderStepSchema).min(1),
  /** Whole replies that skip the place question. */
  placeSkipReplies: z.array(phrase).min(1),
  rules: z.array(finderRuleSchema).min(1),
  followUps: z.array(finderFollowUpSchema).default([]),
}));

export type FinderOption = z.infer<typeof finderOptionSchema>;
export type FinderStep = z.infer<typeof finderStepSchema>;
export type FinderRule = z.infer<typeof finderRuleSchema>;
export type FinderFile = z.infer<typeof finderFileSchema>;
export type FollowUpCommand = (typeof FOLLOW_UP_COMMANDS)[number];

/** The validated rules, with every keyword and reply folded for matching (see `normalizeForMatching`). */
export type FinderRules = FinderFile;

/** What is known so far: step id → option id, and `region` → LVR or LWL once the place is known. */
export type FinderAnswers = Readonly<Record<string, string | undefined>>;

/** One recommended programme: the topic and the translation key of the reason it fits. */
export interface Recommendation {
  topicId: string;
  /** Full i18next key, e.g. `finder:reasons.egzHire`. */
  reasonKey: string;
  ruleId: string;
}

/** What the rules are checked against: the topic ids of the knowledge base and `finder.json` of each language. */
export interface FinderRulesContext {
  topicIds: ReadonlySet<string>;
  /** The parsed `locales/<lng>/finder.json` by language. */
  texts: Readonly<Record<string, unknown>>;
}
