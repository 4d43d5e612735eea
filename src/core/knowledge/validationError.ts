import type { z } from 'zod';

/** One problem in a content file, addressed the way an operator looks for it. */
export interface ContentProblem {
  file: string;
  item: string;
  field: string;
  problem: string;
}

/** Formats a problem as `file › item id › field: problem`. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file} › ${p.item} › ${p.field || '(root)'}: ${p.problem}`;
}

/** Thrown when content in `data/` or `locales/` is broken; the message lists every problem, one per line. */
export class ContentValidationError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentValidationError';
  }
}

/** Turns zod issues into problems of one file and item. */
export function problemsFromZod(file: string, item: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({ file, item, field: issue.path.join('.'), problem: issue.message }));
}
