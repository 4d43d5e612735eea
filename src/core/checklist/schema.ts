import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';

const id = lazySchema(() => z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case kebab-case id'));
const httpsUrl = lazySchema(() => z.url({ protocol: /^https?$/ }));

/** Where a checklist fact comes from: the page, and the date printed on it or the day its stored copy was read. */
export const checklistSourceSchema = lazySchema(() => z.strictObject({
  url: httpsUrl,
  date: z.iso.date(),
  dateKind: z.enum(['published', 'read']),
}));

/** A deadline rule; its wording lives in `locales/<lng>/checklist.json` (`deadlines.<id>`). */
export const deadlineRuleSchema = lazySchema(() => z.strictObject({
  /** True for a rule from a law or the programme's own rules, false for a recommendation. */
  binding: z.boolean(),
  /** Limits the rule to one Landschaftsverband; without it the rule applies everywhere. */
  area: z.enum(['LVR', 'LWL']).optional(),
  legalBasis: z.strictObject({ label: z.string().min(3), url: httpsUrl }).optional(),
  source: checklistSourceSchema,
}));

/** Something to have ready; its wording lives in `documents.<id>` of the locale. */
export const documentSchema = lazySchema(() => z.strictObject({ source: checklistSourceSchema }));

/** `data/checklist.json`: rules and documents by id, and which of them belong to a topic. */
export const checklistFileSchema = lazySchema(() => z.strictObject({
  about: z.string().optional(),
  deadlines: z.record(id, deadlineRuleSchema),
  documents: z.record(id, documentSchema),
  topics: z.record(id, z.strictObject({ deadlines: z.array(id), documents: z.array(id) })),
}));

export type ChecklistSource = z.infer<typeof checklistSourceSchema>;
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;
export type ChecklistFile = z.infer<typeof checklistFileSchema>;
