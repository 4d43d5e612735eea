import { join } from 'node:path';
import { readJson } from '../knowledge/readJson.js';
import { ContentValidationError, problemsFromZod, type ContentProblem } from '../knowledge/validationError.js';
import { checklistFileSchema, type ChecklistSource, type DeadlineRule } from './schema.js';

export const CHECKLIST_FILE = 'data/checklist.json';

/** A deadline rule with its id, as a topic's checklist lists it. */
export interface ChecklistDeadline extends DeadlineRule {
  id: string;
}

/** What the checklist holds for one topic. */
export interface TopicChecklist {
  deadlines: readonly ChecklistDeadline[];
  documents: readonly { id: string; source: ChecklistSource }[];
}

/** The validated checklist facts: per topic id, its deadlines and documents. */
export interface Checklist {
  byTopic: ReadonlyMap<string, TopicChecklist>;
}

/** What the file is checked against: the topic ids and each language's `checklist.json`. */
export interface ChecklistContext {
  topicIds: ReadonlySet<string>;
  texts: Readonly<Record<string, unknown>>;
}

const textAt = (texts: unknown, group: string, key: string): unknown =>
  (texts as Record<string, Record<string, unknown> | undefined> | undefined)?.[group]?.[key];

/**
 * Validates `data/checklist.json`: the schema, topic ids that exist, rule and document ids that exist, and a text
 * for every rule and document in every language. Throws ContentValidationError listing every problem.
 */
export function validateChecklist(value: unknown, context: ChecklistContext): Checklist {
  const parsed = checklistFileSchema.safeParse(value);
  if (!parsed.success) throw new ContentValidationError(problemsFromZod(CHECKLIST_FILE, '-', parsed.error));
  const file = parsed.data;
  const problems: ContentProblem[] = [];
  const problem = (item: string, field: string, text: string) => problems.push({ file: CHECKLIST_FILE, item, field, problem: text });
  const byTopic = new Map<string, TopicChecklist>();
  for (const [topicId, entry] of Object.entries(file.topics)) {
    if (!context.topicIds.has(topicId)) problem(topicId, 'topics', `unknown topic id "${topicId}" (no data/topics/${topicId}.json)`);
    entry.deadlines.forEach((ruleId, i) => { if (!file.deadlines[ruleId]) problem(topicId, `deadlines.${i}`, `unknown deadline rule "${ruleId}"`); });
    entry.documents.forEach((docId, i) => { if (!file.documents[docId]) problem(topicId, `documents.${i}`, `unknown document "${docId}"`); });
    byTopic.set(topicId, {
      deadlines: entry.deadlines.flatMap((ruleId) => (file.deadlines[ruleId] ? [{ id: ruleId, ...file.deadlines[ruleId] }] : [])),
      documents: entry.documents.flatMap((docId) => (file.documents[docId] ? [{ id: docId, ...file.documents[docId] }] : [])),
    });
  }
  for (const [lng, texts] of Object.entries(context.texts)) {
    for (const ruleId of Object.keys(file.deadlines)) {
      if (typeof textAt(texts, 'deadlines', ruleId) !== 'string') problem(ruleId, 'deadlines', `text missing in locales/${lng}/checklist.json`);
    }
    for (const docId of Object.keys(file.documents)) {
      if (typeof textAt(texts, 'documents', docId) !== 'string') problem(docId, 'documents', `text missing in locales/${lng}/checklist.json`);
    }
  }
  if (problems.length > 0) throw new ContentValidationError(problems);
  return { byTopic };
}

/** Loads and validates `data/checklist.json` below `root` against the topics and the languages' texts. */
export function loadChecklist(root: string, topicIds: ReadonlySet<string>, languages: readonly string[]): Checklist {
  const read = readJson(join(root, CHECKLIST_FILE), CHECKLIST_FILE, '-');
  if ('problem' in read) throw new ContentValidationError([read.problem]);
  const texts: Record<string, unknown> = {};
  for (const lng of languages) {
    const file = `locales/${lng}/checklist.json`;
    const text = readJson(join(root, file), file, '-');
    if ('problem' in text) throw new ContentValidationError([text.problem]);
    texts[lng] = text.value;
  }
  return validateChecklist(read.value, { topicIds, texts });
}
