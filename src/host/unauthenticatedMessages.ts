import { createHash } from 'node:crypto';
import type { Request } from 'restify';
import { emulatorRepliesAllowed } from './emulatorGuard.js';
import { tooManyRequests, type Refusal } from './httpErrors.js';
import type { RateLimiter } from './rateLimiter.js';

/** What guards `/api/messages` when no app id is configured. */
export interface UnauthenticatedGuardDeps {
  /** `EMULATOR_REPLIES`: also post replies to a Bot Framework Emulator on this machine. */
  emulatorReplies: boolean;
  limits: { perClient: RateLimiter; perConversation: RateLimiter };
  /** The key the request's client is limited by (see clientAddress.ts). */
  clientKey: (req: Request) => string;
}

/** The self-hosted web chat's state lives under these channel ids; an unauthenticated turn may not claim them. */
const isReservedChannel = (channelId: unknown): boolean => typeof channelId === 'string' && /^webchat/i.test(channelId);

/** Longest channel id and account/conversation id an unauthenticated turn may use: they become state keys. */
const MAX_ID_LENGTH = { channel: 64, id: 256 } as const;

/** True when an id that becomes part of a state key is longer than the Emulator or any client needs. */
function oversizedIds(activity: Record<string, unknown>): boolean {
  const ids = [activity.conversation, activity.from].map((a) => (a as { id?: unknown } | undefined)?.id);
  return String(activity.channelId ?? '').length > MAX_ID_LENGTH.channel || ids.some((id) => typeof id === 'string' && id.length > MAX_ID_LENGTH.id);
}

/** A short, fixed-length limiter key for a conversation named by the client (its ids can be up to the body limit long). */
const conversationKey = (channelId: unknown, conversationId: string): string =>
  `messages:${createHash('sha256').update(`${String(channelId)}\u0000${conversationId}`).digest('base64url').slice(0, 22)}`;

/**
 * Decides on a turn sent to `/api/messages` without authentication (no `MicrosoftAppId`): it is rate-limited per
 * client and per conversation like the web chat, may not use the web chat's channel id or ids longer than state
 * keys need, and is answered only in the response (`deliveryMode: expectReplies`) unless it comes from a local
 * Emulator (see emulatorGuard.ts). Returns the refusal, or undefined when the turn may run.
 */
export function refuseUnauthenticated(req: Request, activity: Record<string, unknown>, deps: UnauthenticatedGuardDeps): Refusal | undefined {
  const perClient = deps.limits.perClient.take(deps.clientKey(req));
  if (!perClient.allowed) return tooManyRequests(perClient.retryAfterSeconds);
  const conversation = activity.conversation as { id: string };
  const perConversation = deps.limits.perConversation.take(conversationKey(activity.channelId, conversation.id));
  if (!perConversation.allowed) return tooManyRequests(perConversation.retryAfterSeconds);
  if (oversizedIds(activity)) return { status: 400, error: 'channel id or account/conversation id too long' };
  if (isReservedChannel(activity.channelId)) return { status: 403, error: 'this channel id is reserved for the web chat of this server' };
  if (activity.deliveryMode === 'expectReplies') return undefined;
  const emulator = emulatorRepliesAllowed({ serviceUrl: activity.serviceUrl, socketAddress: req.socket?.remoteAddress, headers: req.headers }, deps.emulatorReplies);
  return emulator ? undefined : { status: 403, error: 'without MicrosoftAppId only deliveryMode "expectReplies" is accepted' };
}
