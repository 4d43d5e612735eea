import { z } from 'zod';
import { lazySchema } from '../../core/schema/lazySchema.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../jsonDepth.js';

/**
 * What a web chat client may send: a message with text and/or a card submit value, and its locale.
 * @remarks Everything else (ids, serviceUrl, channelId, from, deliveryMode) is set by the server and ignored here.
 */
export const incomingActivitySchema = lazySchema(() => z.object({
  type: z.literal('message').optional().default('message'),
  text: z.string().max(100_000).optional(),
  value: z.record(z.string(), z.unknown()).optional(),
  locale: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$/).optional(),
  channelData: z.object({ clientActivityID: z.string().max(100).optional() }).loose().optional(),
}).loose().refine((activity) => !nestsDeeperThan(activity), { message: `nested deeper than ${MAX_JSON_DEPTH} levels` }));

export type IncomingActivity = z.infer<typeof incomingActivitySchema>;
