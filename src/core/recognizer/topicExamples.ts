import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readJson } from '../knowledge/readJson.js';
import { ContentValidationError, problemsFromZod, type ContentProblem } from '../knowledge/validationError.js';
import { lazySchema } from '../schema/lazySchema.js';

/** The key of the class of questions outside the remit in `data/matching/topic-examples.json`. */
export const OUT_OF_SCOPE_CLASS = '_out-of-scope';

/** Where the example utterances live, relative to the repository root. */
export const TOPIC_EXAMPLES_FILE = 'data/matching/topic-examples.json';

const utterances = lazySchema(() => z.array(z.string().trim().min(2).max(500)));
/** The utterances of one class per language (Einfache Sprache as `de-simple`). */
const byLanguage = lazySchema(() => z.strictObject({ de: utterances.default([]), 'de-simple': utterances.default([]), en: utterances.default([]) }));

/** One example utterance: the topic (or {@link OUT_OF_SCOPE_CLASS}) it stands for, and its stemming language. */
export interface TopicExample {
  topic: string;
  language: 'de' | 'en';
  text: string;
}

/** Flattens the example classes into utterances (Einfache Sprache is German). */
export function flattenExamples(classes: readonly [string, { de: string[]; 'de-simple': string[]; en: string[] }][]): TopicExample[] {
  return classes.flatMap(([topic, texts]) => [
    ...texts.de.map((text) => ({ topic, language: 'de' as const, text })),
    ...texts['de-simple'].map((text) => ({ topic, language: 'de' as const, text })),
    ...texts.en.map((text) => ({ topic, language: 'en' as const, text })),
  ]);
}

/**
 * Loads `data/matching/topic-examples.json` below `root`; every class must be a known topic id or `_out-of-scope`.
 * A missing file means no examples (the recognizer then scores by keywords alone).
 */
export function loadTopicExamples(root: string, topicIds: ReadonlySet<string>): TopicExample[] {
  const path = join(root, TOPIC_EXAMPLES_FILE);
  if (!existsSync(path)) return [];
  const read = readJson(path, TOPIC_EXAMPLES_FILE, '-');
  if ('problem' in read) throw new ContentValidationError([read.problem]);
  if (typeof read.value !== 'object' || read.value === null || Array.isArray(read.value)) throw new ContentValidationError([{ file: TOPIC_EXAMPLES_FILE, item: '-', field: '', problem: 'must be an object of classes' }]);
  const problems: ContentProblem[] = [];
  const classes: [string, z.infer<typeof byLanguage>][] = [];
  // keys beginning with "_meta" are notes (provenance), not classes
  for (const [key, value] of Object.entries(read.value).filter(([k]) => !k.startsWith('_meta'))) {
    const parsed = byLanguage.safeParse(value);
    if (!parsed.success) problems.push(...problemsFromZod(TOPIC_EXAMPLES_FILE, key, parsed.error));
    else if (key !== OUT_OF_SCOPE_CLASS && !topicIds.has(key)) problems.push({ file: TOPIC_EXAMPLES_FILE, item: key, field: '-', problem: `unknown topic id "${key}"` });
    else classes.push([key, parsed.data]);
  }
  if (problems.length > 0) throw new ContentValidationError(problems);
  return flattenExamples(classes);
}
