import { join } from 'node:path';
import { z } from 'zod';
import { readJson } from '../knowledge/readJson.js';
import { ContentValidationError, problemsFromZod, type ContentProblem } from '../knowledge/validationError.js';

const phrase = z.string().trim().min(2).max(80);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case kebab-case id');

/** Phrases in each answer language; all of them are matched whatever the message's language. */
const phrasesByLanguage = z.strictObject({
  de: z.array(phrase).min(1),
  'de-x-simple': z.array(phrase).default([]),
  en: z.array(phrase).min(1),
});

const outOfScopeSubject = z.strictObject({
  id,
  terms: z.array(z.string().trim().min(2).max(40).regex(/^[^\s]+$/, 'must be one word (multi-word terms would give their common words a topic)')).min(1),
});

/** `data/intents.json`: the words that route a message to something other than a knowledge answer. */
export const intentFileSchema = z.strictObject({
  about: z.string().optional(),
  conversational: z.strictObject({
    greeting: phrasesByLanguage,
    help: phrasesByLanguage,
    privacy: phrasesByLanguage,
    sources: phrasesByLanguage,
  }),
  languageSwitch: z.strictObject({ 'de-x-simple': phrasesByLanguage, en: phrasesByLanguage, de: phrasesByLanguage }),
  findContact: z.strictObject({
    about: z.string().optional(),
    phrases: phrasesByLanguage,
    contactTopics: z.array(id).min(1),
    otherContactTopics: z.array(id),
    answerTopic: id,
    generalTopic: id,
  }),
  levyCalculator: z.strictObject({
    about: z.string().optional(),
    phrases: phrasesByLanguage,
    costTerms: phrasesByLanguage,
    workforceTerms: phrasesByLanguage,
    topics: z.array(id).min(1),
  }),
  programmeFinder: z.strictObject({ about: z.string().optional(), phrases: phrasesByLanguage }),
  domainMarkers: z.strictObject({ about: z.string().optional(), words: z.array(z.string().trim().min(2)).min(1) }),
  outOfScope: z.array(outOfScopeSubject).min(1),
});

/** `data/matching/stopwords.json`: function words per language. */
export const stopWordFileSchema = z.strictObject({
  source: z.string(),
  keptDomainWords: z.array(z.string()),
  de: z.array(z.string().min(2)).min(50),
  en: z.array(z.string().min(2)).min(50),
});

/** `data/matching/synonyms.json`: groups of words that mean the same (the first names the group) and fixed expressions. */
export const synonymFileSchema = z.strictObject({
  about: z.string().optional(),
  groups: z.array(z.array(z.string().trim().min(2).regex(/^[^\s]+$/, 'must be one word')).min(2)),
  expressions: z.array(z.tuple([z.string().trim().regex(/\S\s+\S/, 'must have several words'), z.string().trim().regex(/^[^\s]+$/, 'must be one word')])).default([]),
});

export type PhrasesByLanguage = z.infer<typeof phrasesByLanguage>;
export type OutOfScopeSubject = z.infer<typeof outOfScopeSubject>;

/** Everything the recognizer needs besides the topics. */
export interface IntentData extends z.infer<typeof intentFileSchema> {
  stopWords: z.infer<typeof stopWordFileSchema>;
  synonyms: z.infer<typeof synonymFileSchema>['groups'];
  expressions: z.infer<typeof synonymFileSchema>['expressions'];
}

function readValidated<T>(root: string, file: string, schema: z.ZodType<T>, problems: ContentProblem[]): T | undefined {
  const read = readJson(join(root, file), file, '-');
  if ('problem' in read) { problems.push(read.problem); return undefined; }
  const parsed = schema.safeParse(read.value);
  if (!parsed.success) { problems.push(...problemsFromZod(file, '-', parsed.error)); return undefined; }
  return parsed.data;
}

/** Loads and validates `data/intents.json`, `data/matching/stopwords.json` and `data/matching/synonyms.json` below `root`. */
export function loadIntents(root: string): IntentData {
  const problems: ContentProblem[] = [];
  const intents = readValidated(root, 'data/intents.json', intentFileSchema, problems);
  const stopWords = readValidated(root, 'data/matching/stopwords.json', stopWordFileSchema, problems);
  const synonyms = readValidated(root, 'data/matching/synonyms.json', synonymFileSchema, problems);
  if (!intents || !stopWords || !synonyms) throw new ContentValidationError(problems);
  const ids = intents.outOfScope.map((s) => s.id);
  const duplicate = ids.find((sid, i) => ids.indexOf(sid) !== i);
  if (duplicate) throw new ContentValidationError([{ file: 'data/intents.json', item: duplicate, field: 'outOfScope', problem: 'duplicate subject id' }]);
  return { ...intents, stopWords, synonyms: synonyms.groups, expressions: synonyms.expressions };
}
