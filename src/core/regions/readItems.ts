import { join } from 'node:path';
import type { z } from 'zod';
import { readJson } from '../knowledge/readJson.js';
import { problemsFromZod, type ContentProblem } from '../knowledge/validationError.js';

/** The items of one list in a data file that passed their schema, and the problems of those that did not. */
export interface ReadItems<T> {
  items: T[];
  /** The whole parsed file, for its other fields (meta, unconfirmed …). */
  raw: Record<string, unknown>;
}

/**
 * Reads `file` below `root` and validates each element of its list `listField` (or the file itself when it
 * is an array) with `schema`, naming each problem by the element's id.
 * @remarks Items are validated one by one so that one broken entry does not hide the others.
 */
export function readItems<S extends z.ZodType>(
  root: string,
  file: string,
  listField: string | null,
  schema: S,
  idOf: (item: Record<string, unknown>, index: number) => string,
  problems: ContentProblem[],
): ReadItems<z.infer<S>> {
  const read = readJson(join(root, file), file, '-');
  if ('problem' in read) {
    problems.push(read.problem);
    return { items: [], raw: {} };
  }
  const raw = (listField === null ? {} : read.value) as Record<string, unknown>;
  const list = listField === null ? read.value : raw[listField];
  if (!Array.isArray(list)) {
    problems.push({ file, item: '-', field: listField ?? '', problem: 'must be a list' });
    return { items: [], raw };
  }
  const items: z.infer<S>[] = [];
  list.forEach((element: unknown, index) => {
    const record = (element !== null && typeof element === 'object' ? element : {}) as Record<string, unknown>;
    const itemId = idOf(record, index);
    const parsed = schema.safeParse(element);
    if (parsed.success) items.push(parsed.data);
    else problems.push(...problemsFromZod(file, itemId, parsed.error));
  });
  return { items, raw };
}

/** The id of an element for error messages: its first string field among `fields`, else its position. */
export const idFrom = (...fields: string[]) => (item: Record<string, unknown>, index: number): string => {
  for (const field of fields) if (typeof item[field] === 'string') return item[field];
  return `#${index + 1}`;
};
