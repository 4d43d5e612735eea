import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { lazySchema } from '../core/schema/lazySchema.js';
import { isRefusedToken } from './auth/tokenPrecheck.js';
import { conversationBusy, sendError, sendRefusal } from './httpErrors.js';
import { nestsDeeperThan } from './jsonDepth.js';
import type { Logger } from './logger.js';
import { refuseUnauthenticated, type UnauthenticatedGuardDeps } from './unauthenticatedMessages.js';
import { unavailableCause, type ServiceUnavailableError } from './unavailable.js';

/** What the Bot Framework endpoint is built from. */
export interface MessagesRouteDeps {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  /** True when `MicrosoftAppId` is set: every request needs a valid Bot Framework JWT. */
  authEnabled: boolean;
  /** Rate limits and the Emulator setting for requests without authentication (when `authEnabled` is false). */
  unauthenticated: UnauthenticatedGuardDeps;
  logger: Logger;
}

const account = lazySchema(() => z.object({ id: z.string() }).loose());

/**
 * The parts of an activity the bot relies on, checked before botbuilder sees it: with the wrong types botbuilder
 * would fail inside the turn (a 503, or the generic error reply) instead of refusing the request.
 */
const activityShape = lazySchema(() => z.object({
  type: z.string().min(1),
  serviceUrl: z.string().optional(),
  channelId: z.string().optional(),
  conversation: z.object({ id: z.string() }).loose(),
  from: account.optional(),
  recipient: account.optional(),
  text: z.string().optional(),
  entities: z.array(z.object({ type: z.string() }).loose()).optional(),
  membersAdded: z.array(account).optional(),
  membersRemoved: z.array(account).optional(),
}).loose());

/**
 * Registers `POST /api/messages`, the Bot Framework channel endpoint (Teams, Azure Bot Service, Emulator).
 * @remarks `CloudAdapter.process` answers 500 with the error message when it cannot validate a token (for instance
 * when the OpenID metadata cannot be fetched); such answers are turned into 503 without internals.
 */
export function registerMessagesRoute(server: Server, deps: MessagesRouteDeps): void {
  server.post('/api/messages', async (req: Request, res: Response) => {
    if (deps.authEnabled && isRefusedToken(req.headers.authorization, deps.logger)) return sendError(res, 401, 'unauthorized');
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return sendError(res, 400, 'expected a Bot Framework activity as JSON');
    if (nestsDeeperThan(body) || !activityShape.safeParse(body).success) return sendError(res, 400, 'invalid activity');
    const refusal = deps.authEnabled ? undefined : refuseUnauthenticated(req, body as Record<string, unknown>, deps.unauthenticated);
    if (refusal) return sendRefusal(res, refusal);
    const response = new GuardedResponse(res, deps.logger);
    // The adapter turns every failure into a bare 500; a busy conversation (429) or a dependency past its deadline
    // (503) is kept so that the answer can say so, with its Retry-After.
    const logic = (context: TurnContext) => deps.logic(context).catch((error: unknown) => {
      response.unavailable = unavailableCause(error);
      throw error;
    });
    try {
      await deps.adapter.process(req, response, logic);
    } catch (error) {
      // CloudAdapter validates the activity with zod before its own try block.
      deps.logger.warn({ err: { name: (error as Error).name } }, 'activity rejected');
      if (!response.sent) sendError(res, 400, 'invalid activity');
    }
  });
}

/** Passes the adapter's answer through, but never a 5xx with internals and never an auth error text. */
class GuardedResponse {
  sent = false;
  /** Why the turn could not run, when a dependency or another instance's turn stood in its way. */
  unavailable: ServiceUnavailableError | undefined;
  private statusCode = 200;

  constructor(private readonly res: Response, private readonly logger: Logger) {}

  get socket(): unknown { return this.res.socket; }
  header(name: string, value: unknown): void { this.res.header(name, value); }
  status(code: number): void { this.statusCode = code; }

  send(body?: unknown): void {
    this.sent = true;
    if (this.statusCode >= 500 && this.unavailable?.status === 429) return sendRefusal(this.res, conversationBusy(this.unavailable.retryAfterSeconds));
    if (this.statusCode >= 500) {
      this.logger.error({ status: this.statusCode }, 'bot framework request failed');
      return sendError(this.res, 503, 'the bot cannot handle this request right now', { 'Retry-After': '5' });
    }
    if (this.statusCode === 401) return sendError(this.res, 401, 'unauthorized');
    if (this.statusCode >= 400) return sendError(this.res, this.statusCode, 'bad request');
    this.res.status(this.statusCode);
    if (body === undefined) this.res.end();
    else this.res.json(body);
  }

  end(): void {
    if (!this.sent) this.send();
  }
}
