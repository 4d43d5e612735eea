import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadProviders } from './providers.js';
import { topicDataSchema, topicDataSchemaFor, topicTextSchema, type Provider, type TopicData, type TopicText } from './schema.js';
import { readJson } from './readJson.js';
import { ContentValidationError, problemsFromZod, type ContentProblem } from './validationError.js';

/** A topic with its facts and its texts in every language. */
export interface Topic extends TopicData {
  texts: Record<string, TopicText>;
}

/** The validated knowledge base. */
export interface KnowledgeBase {
  topics: Topic[];
  byId: ReadonlyMap<string, Topic>;
  /** The provider vocabulary (`data/providers.json`) that `providers` of each topic names by id. */
  providers: ReadonlyMap<string, Provider>;
}

const jsonFiles = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];

/**
 * Loads and validates `data/providers.json`, `data/topics/*.json` and `locales/<lng>/topics/*.json` below `root`.
 * @remarks Collects every problem before throwing, so one run shows an editor all that is wrong.
 */
export function loadKnowledgeBase(root: string, languages: readonly string[]): KnowledgeBase {
  const problems: ContentProblem[] = [];
  const topics: Topic[] = [];
  const dataDir = join(root, 'data', 'topics');
  const vocabulary = loadProviders(root, problems);
  // Without a usable vocabulary its own problem is reported; checking ids against nothing would only add noise.
  const dataSchema = vocabulary ? topicDataSchemaFor(vocabulary.ids) : topicDataSchema;

  for (const fileName of jsonFiles(dataDir)) {
    const file = `data/topics/${fileName}`;
    const expectedId = basename(fileName, '.json');
    const read = readJson(join(dataDir, fileName), file, expectedId);
    if ('problem' in read) { problems.push(read.problem); continue; }
    const parsed = dataSchema.safeParse(read.value);
    if (!parsed.success) { problems.push(...problemsFromZod(file, expectedId, parsed.error)); continue; }
    if (parsed.data.id !== expectedId) {
      problems.push({ file, item: parsed.data.id, field: 'id', problem: `must equal the file name "${expectedId}"` });
      continue;
    }
    topics.push({ ...parsed.data, texts: {} });
  }

  for (const lng of languages) {
    for (const topic of topics) {
      const file = `locales/${lng}/topics/${topic.id}.json`;
      const read = readJson(join(root, file), file, topic.id);
      if ('problem' in read) { problems.push({ ...read.problem, problem: `missing or unreadable: ${read.problem.problem}` }); continue; }
      const parsed = topicTextSchema.safeParse(read.value);
      if (!parsed.success) { problems.push(...problemsFromZod(file, topic.id, parsed.error)); continue; }
      problems.push(...crossCheckTexts(file, topic, parsed.data));
      topic.texts[lng] = parsed.data;
    }
  }

  const byId = new Map(topics.map((t) => [t.id, t]));
  for (const topic of topics) {
    for (const related of topic.related) {
      if (!byId.has(related)) problems.push({ file: `data/topics/${topic.id}.json`, item: topic.id, field: 'related', problem: `unknown topic id "${related}"` });
    }
  }
  if (topics.length === 0 && problems.length === 0) {
    problems.push({ file: 'data/topics', item: '-', field: '', problem: 'no topics found' });
  }
  if (problems.length > 0) throw new ContentValidationError(problems);
  return { topics, byId, providers: vocabulary?.byId ?? new Map() };
}

/** Every amount, link and dated change in the data needs its text in each language. */
function crossCheckTexts(file: string, topic: TopicData, text: TopicText): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const amount of topic.amounts) {
    if (!text.amounts[amount.id]) problems.push({ file, item: topic.id, field: `amounts.${amount.id}`, problem: 'label missing' });
  }
  for (const link of topic.links) {
    if (!text.links[link.id]) problems.push({ file, item: topic.id, field: `links.${link.id}`, problem: 'label missing' });
  }
  for (const change of topic.changes) {
    if (!text.changes[change.id]) problems.push({ file, item: topic.id, field: `changes.${change.id}`, problem: 'text missing' });
  }
  return problems;
}
