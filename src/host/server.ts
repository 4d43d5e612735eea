import type { AddressInfo } from 'node:net';
import './restifyCompat.js';
import restify, { type Server } from 'restify';
import { limitConnectionsPerClient } from './connectionLimit.js';
import { sendError } from './httpErrors.js';
import type { Logger } from './logger.js';

/** Public messages for the error statuses restify itself produces; nothing from the error object leaks. */
const PUBLIC_ERRORS: Record<number, string> = {
  400: 'bad request',
  404: 'not found',
  405: 'method not allowed',
  406: 'not acceptable',
  413: 'request body too large',
  415: 'unsupported media type',
};

/** Options of the HTTP server. */
export interface ServerOptions {
  maxBodyBytes: number;
  logger: Logger;
  /** Time a client has to send a whole request (headers and body); slower ones get 408 and are disconnected. */
  requestTimeoutMs?: number;
  /** Open connections per client address (IPv6: per /64); 0 or absent: no cap. */
  maxConnectionsPerClient?: number;
}

/** Security headers on every answer (the pages add their CSP). */
const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};

/** Applies the request deadline: Node checks open requests every `interval` and answers those too slow with 408. */
function applyRequestTimeout(server: Server, timeoutMs: number): void {
  const http = server.server;
  http.requestTimeout = timeoutMs;
  http.headersTimeout = timeoutMs;
  // Read when the server starts listening (default 30 s, far coarser than the deadline).
  (http as { connectionsCheckingInterval?: number }).connectionsCheckingInterval = Math.max(100, Math.min(1_000, Math.floor(timeoutMs / 4)));
}

/**
 * Creates the restify server with body limits, security headers and error answers that never carry internals:
 * an unexpected failure becomes 503 with a fixed text, never a 500 with a stack trace.
 */
export function createServer(options: ServerOptions): Server {
  // restify's own logger would print whole request and response objects (and with them message text): silenced.
  // An empty name: restify then sends no Server header, which would name the application.
  const server = restify.createServer({ name: '', handleUncaughtExceptions: false, log: options.logger.child({ component: 'restify' }, { level: 'silent' }) as never });
  // `pre` runs before routing and body parsing, so the answers restify itself gives (400, 404, 405, 413) carry them too.
  server.pre((_req, res, next) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    next();
  });
  applyRequestTimeout(server, options.requestTimeoutMs ?? 10_000);
  limitConnectionsPerClient(server.server, options.maxConnectionsPerClient ?? 0);
  // Only plain JSON bodies: restify 11 lets a broken gzip body crash the process (node-restify#1975) and a valid one
  // slip past the size limit; multipart uploads would land in the temp folder. No endpoint needs either.
  server.pre((req, res, next) => {
    const encoding = req.headers['content-encoding'];
    const multipart = /^multipart\//i.test(req.headers['content-type'] ?? '');
    if (encoding !== undefined || multipart) {
      sendError(res, 415, PUBLIC_ERRORS[415]!);
      return next(false);
    }
    return next();
  });
  server.use(restify.plugins.bodyParser({ maxBodySize: options.maxBodyBytes, mapParams: false, mapFiles: false }));
  server.on('restifyError', (req: restify.Request, _res: restify.Response, err: Error & { statusCode?: number; toJSON?: () => unknown }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) {
      options.logger.error({ route: req.getRoute?.()?.path, errName: err.name }, 'request failed');
      err.statusCode = 503;
      err.toJSON = () => ({ error: 'temporarily unavailable' });
    } else {
      err.toJSON = () => ({ error: PUBLIC_ERRORS[status] ?? 'request refused' });
    }
    return callback();
  });
  return server;
}

/** How often a closing server looks for connections that have become idle. */
const IDLE_CHECK_MS = 50;

/** Starting and stopping a server as promises. */
export interface Listening {
  /** Starts listening; resolves with the bound address (port 0 picks a free port). */
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** Stops accepting connections, lets the requests in flight finish and resolves when every connection is closed. */
  close(): Promise<void>;
}

/** `listen` and `close` of a restify server as promises. */
export function listening(server: Server): Listening {
  return {
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve(server.address() as AddressInfo));
      }),
    close: () =>
      new Promise((resolve) => {
        // close() waits for every open connection; a keep-alive connection that was busy when it was called would
        // otherwise linger until its timeout. Each becomes idle after its last answer and is closed then.
        const closeIdle = setInterval(() => server.server.closeIdleConnections(), IDLE_CHECK_MS);
        server.close(() => {
          clearInterval(closeIdle);
          resolve();
        });
      }),
  };
}
