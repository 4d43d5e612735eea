import { join } from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';
import { readJson } from './readJson.js';
import { providerSchema, type Provider } from './schema.js';
import { problemsFromZod, type ContentProblem } from './validationError.js';

/** The provider vocabulary that `providers` of every topic refers to. */
export const PROVIDERS_FILE = 'data/providers.json';

const providersFileSchema = lazySchema(() => z.strictObject({
  meta: z.record(z.string(), z.string()).optional(),
  providers: z.array(z.unknown()).min(1, 'needs at least one provider'),
}));

/** The valid providers by id, and every id the file declares (also of entries with problems). */
export interface ProviderVocabulary {
  byId: ReadonlyMap<string, Provider>;
  ids: ReadonlySet<string>;
}

/**
 * Loads and validates `data/providers.json` below `root`, naming each problem by the entry's id.
 * @remarks Returns undefined when the file as a whole is unusable; its problem is then in `problems`. The ids of
 * broken entries stay in `ids`, so that topics naming them are not reported a second time.
 */
export function loadProviders(root: string, problems: ContentProblem[]): ProviderVocabulary | undefined {
  const read = readJson(join(root, PROVIDERS_FILE), PROVIDERS_FILE, '-');
  if ('problem' in read) {
    problems.push({ ...read.problem, problem: `missing or unreadable: ${read.problem.problem}` });
    return undefined;
  }
  const file = providersFileSchema.safeParse(read.value);
  if (!file.success) {
    problems.push(...problemsFromZod(PROVIDERS_FILE, '-', file.error));
    return undefined;
  }
  const byId = new Map<string, Provider>();
  const ids = new Set<string>();
  file.data.providers.forEach((entry, index) => {
    const declared = (entry as { id?: unknown } | null)?.id;
    const item = typeof declared === 'string' ? declared : `#${index + 1}`;
    if (ids.has(item)) problems.push({ file: PROVIDERS_FILE, item, field: 'id', problem: 'is used by more than one provider' });
    ids.add(item);
    const parsed = providerSchema.safeParse(entry);
    if (!parsed.success) problems.push(...problemsFromZod(PROVIDERS_FILE, item, parsed.error));
    else byId.set(parsed.data.id, parsed.data);
  });
  for (const provider of byId.values()) {
    if (provider.partOf !== undefined && (!ids.has(provider.partOf) || provider.partOf === provider.id)) {
      problems.push({ file: PROVIDERS_FILE, item: provider.id, field: 'partOf', problem: `names no other provider ("${provider.partOf}")` });
    }
  }
  return { byId, ids };
}
