import type { Request, Response, Server } from 'restify';
import { sendError } from '../httpErrors.js';

/**
 * Which web pages may call the web chat endpoints: this server's own pages always; other origins only when
 * listed in `EMBED_ORIGINS`. Requests without an Origin header (curl, server-to-server) are not browser
 * cross-site requests and pass.
 */
export class OriginPolicy {
  private readonly allowed: ReadonlySet<string>;

  constructor(embedOrigins: readonly string[]) {
    this.allowed = new Set(embedOrigins);
  }

  /** True when the request comes from no browser origin, from this server's own host, or from a listed origin. */
  permits(req: Request): boolean {
    const origin = req.headers.origin;
    if (!origin) return true;
    if (this.allowed.has(origin.toLowerCase())) return true;
    try {
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  }

  /** Adds the CORS headers for a listed cross-origin caller. */
  addCorsHeaders(req: Request, res: Response): void {
    const origin = req.headers.origin;
    if (origin && this.allowed.has(origin.toLowerCase())) {
      res.header('Access-Control-Allow-Origin', origin);
      res.header('Access-Control-Allow-Methods', 'POST, OPTIONS');
      res.header('Access-Control-Allow-Headers', 'Content-Type');
      res.header('Access-Control-Max-Age', '600');
    }
    res.header('Vary', 'Origin');
  }

  /** Refuses (403) a request from an origin that is not allowed; returns false when it did. */
  check(req: Request, res: Response): boolean {
    if (!this.permits(req)) {
      sendError(res, 403, 'this origin may not use the web chat');
      return false;
    }
    this.addCorsHeaders(req, res);
    return true;
  }

  /** Answers CORS preflight requests for the web chat endpoints. */
  registerPreflight(server: Server, paths: string[]): void {
    for (const path of paths) {
      server.opts(path, async (req: Request, res: Response) => {
        if (!this.check(req, res)) return;
        res.status(204);
        res.end();
      });
    }
  }
}
