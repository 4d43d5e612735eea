import { readFileSync } from 'node:fs';
import type { ContentProblem } from './validationError.js';

/** Reads a JSON file, or reports why it cannot be read. */
export function readJson(path: string, file: string, item: string): { value: unknown } | { problem: ContentProblem } {
  try {
    return { value: JSON.parse(readFileSync(path, 'utf8')) as unknown };
  } catch (error) {
    const reason = error instanceof SyntaxError ? `invalid JSON (${error.message})` : 'cannot be read';
    return { problem: { file, item, field: '', problem: reason } };
  }
}
