import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger.js';
import { conversationBusy, sendError, sendRefusal, tooManyRequests } from '../httpErrors.js';
import type { WebChatConversations } from './conversations.js';
import type { OriginPolicy } from './originPolicy.js';
import type { RateLimiter } from '../rateLimiter.js';
import { unavailableCause } from '../unavailable.js';
import { incomingActivitySchema } from './incomingActivity.js';
import type { WebChatChannel } from './webChatChannel.js';

/** What the web chat endpoints are built from. */
export interface WebChatRouteDeps {
  conversations: WebChatConversations;
  channel: WebChatChannel;
  origins: OriginPolicy;
  limits: { perClient: RateLimiter; perConversation: RateLimiter };
  /** The key a request's client is limited by (see clientAddress.ts). */
  clientKey: (req: Request) => string;
  logger: Logger;
}

/** Answers 429 with Retry-After when a limiter refuses `key`; returns false then. */
function withinLimit(limiter: RateLimiter, key: string, res: Response): boolean {
  const decision = limiter.take(key);
  if (decision.allowed) return true;
  sendRefusal(res, tooManyRequests(decision.retryAfterSeconds));
  return false;
}

/**
 * Runs a handler; a dependency past its deadline (503) or a conversation busy on another instance (429) is
 * answered with `Retry-After`, anything else goes on to restify's error handling.
 */
const refusingWhenUnavailable = (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
  try {
    await handler(req, res);
  } catch (error) {
    const unavailable = unavailableCause(error);
    if (!unavailable || res.headersSent) throw error;
    if (unavailable.status === 429) return sendRefusal(res, conversationBusy(unavailable.retryAfterSeconds));
    sendError(res, 503, 'temporarily unavailable, please try again', { 'Retry-After': String(unavailable.retryAfterSeconds) });
  }
};

const isObject = (body: unknown): body is Record<string, unknown> => typeof body === 'object' && body !== null && !Array.isArray(body);

/**
 * Registers the web chat channel:
 * `POST /api/webchat/conversations` → 201 `{ conversationId, activities }` (the welcome) and
 * `POST /api/webchat/conversations/:id/activities` → 200 `{ activities }` (all replies of the turn).
 */
export function registerWebChatRoutes(server: Server, deps: WebChatRouteDeps): void {
  deps.origins.registerPreflight(server, ['/api/webchat/conversations', '/api/webchat/conversations/:id/activities']);

  server.post('/api/webchat/conversations', refusingWhenUnavailable(async (req, res) => {
    if (!deps.origins.check(req, res) || !withinLimit(deps.limits.perClient, deps.clientKey(req), res)) return;
    const body: unknown = req.body ?? {};
    const locale = isObject(body) ? incomingActivitySchema.shape.locale.safeParse(body.locale) : undefined;
    if (!isObject(body) || !locale?.success) return sendError(res, 400, 'expected a JSON object, optionally with a valid "locale"');
    const conversation = await deps.conversations.create();
    const activities = await deps.channel.start(conversation, locale.data);
    res.status(201);
    res.json({ conversationId: conversation.conversationId, activities });
  }));

  server.post('/api/webchat/conversations/:id/activities', refusingWhenUnavailable(async (req, res) => {
    if (!deps.origins.check(req, res) || !withinLimit(deps.limits.perClient, deps.clientKey(req), res)) return;
    const conversation = await deps.conversations.find(String(req.params?.id ?? ''));
    if (!conversation) return sendError(res, 404, 'unknown or expired conversation');
    if (!withinLimit(deps.limits.perConversation, conversation.conversationId, res)) return;
    const parsed = incomingActivitySchema.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, 'expected {"type":"message","text":"…"} or {"type":"message","value":{…}}');
    const activities = await deps.channel.send(conversation, parsed.data);
    res.status(200);
    res.json({ activities });
  }));
}
