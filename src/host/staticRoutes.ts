import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import type { Translator } from '../i18n.js';
import { PageTemplate } from './pageTemplate.js';

/** What the page routes are built from. */
export interface StaticRouteDeps {
  root: string;
  t: Translator;
  /** The page's strings (`page.*`) in every answer language, for the page to follow the user's language choice. */
  pageStrings: Record<string, unknown>;
  stateTtlMinutes: number;
  /** Other origins that may show the page in a frame (CSP frame-ancestors). */
  embedOrigins: readonly string[];
  /** Readiness of the instance; a `status` other than `ok` makes `/healthz` answer 503. */
  health: () => Promise<{ status: string } & Record<string, unknown>>;
  /** False for a Teams-only deployment (`WEBCHAT_ENABLED=false`): no chat page and no Web Chat bundle. */
  webchat: boolean;
}

interface Asset {
  body: Buffer;
  gzipped: Buffer;
  type: string;
}

/** The Web Chat bundle shipped in node_modules; served by this server, never from a CDN. */
function webChatBundlePath(): string {
  const require = createRequire(import.meta.url);
  // The package exports only its entry point (lib/index.js); the UMD bundle sits beside it in dist/.
  return join(dirname(dirname(require.resolve('botframework-webchat'))), 'dist', 'webchat.js');
}

function loadAsset(path: string, type: string): Asset {
  const body = readFileSync(path);
  return { body, gzipped: gzipSync(body), type };
}

function sendAsset(req: Request, res: Response, asset: Asset): void {
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.setHeader('Content-Type', asset.type);
  res.setHeader('Cache-Control', 'public, max-age=3600');
  res.setHeader('Vary', 'Accept-Encoding');
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.writeHead(200);
  res.end(gzip ? asset.gzipped : asset.body);
}

/** SHA-256 of the empty string: react-scroll-to-bottom (inside Web Chat) creates an empty, nonce-less style element and fills it through CSSOM. */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/** Content-Security-Policy of the pages: nothing from another host; Web Chat's styles carry the page's nonce. */
export function contentSecurityPolicy(nonce: string, embedOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}' ${EMPTY_STYLE_HASH}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    ["frame-ancestors 'self'", ...embedOrigins].join(' '),
  ].join('; ');
}

/** Sends an HTML page with the pages' CSP and frame rules, never cached. */
export function sendPage(res: Response, html: string, nonce: string, embedOrigins: readonly string[], status = 200): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce, embedOrigins));
  // For browsers without CSP frame-ancestors; it cannot express an allow-list, so it is left out when one is set.
  if (embedOrigins.length === 0) res.setHeader('X-Frame-Options', 'SAMEORIGIN');
  res.writeHead(status);
  res.end(html);
}

/** Registers the chat page (with the web chat on), the privacy and terms pages, their assets and the health check. */
export function registerStaticRoutes(server: Server, deps: StaticRouteDeps): void {
  const publicDir = join(deps.root, 'public');
  const privacyPage = new PageTemplate(join(publicDir, 'datenschutz.html'));
  const termsPage = new PageTemplate(join(publicDir, 'nutzungsbedingungen.html'));
  const assets = new Map<string, Asset>([['chat.css', loadAsset(join(publicDir, 'chat.css'), 'text/css; charset=utf-8')]]);
  if (deps.webchat) {
    assets.set('webchat.js', loadAsset(webChatBundlePath(), 'application/javascript; charset=utf-8'));
    assets.set('chat.js', loadAsset(join(publicDir, 'chat.js'), 'application/javascript; charset=utf-8'));
  }
  const pageStrings = JSON.stringify(deps.pageStrings);
  const pageText = (nonce: string) => (key: string) => {
    if (key === 'nonce') return nonce;
    if (key === 'pageStrings') return pageStrings;
    return deps.t(key, { minutes: deps.stateTtlMinutes });
  };

  if (deps.webchat) {
    const chatPage = new PageTemplate(join(publicDir, 'index.html'));
    server.get('/', async (_req: Request, res: Response) => {
      const nonce = randomBytes(16).toString('base64');
      sendPage(res, chatPage.render(pageText(nonce)), nonce, deps.embedOrigins);
    });
  }
  server.get('/datenschutz', async (_req: Request, res: Response) => {
    const nonce = randomBytes(16).toString('base64');
    sendPage(res, privacyPage.render(pageText(nonce)), nonce, deps.embedOrigins);
  });
  server.get('/nutzungsbedingungen', async (_req: Request, res: Response) => {
    const nonce = randomBytes(16).toString('base64');
    sendPage(res, termsPage.render(pageText(nonce)), nonce, deps.embedOrigins);
  });
  server.get('/static/:file', async (req: Request, res: Response) => {
    const asset = assets.get(String(req.params?.file ?? ''));
    if (!asset) {
      res.status(404);
      res.json({ error: 'not found' });
      return;
    }
    sendAsset(req, res, asset);
  });
  // Readiness: 503 while the storage does not answer, so that a load balancer drains this instance.
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    const health = await deps.health();
    if (health.status !== 'ok') {
      res.setHeader('Retry-After', '5');
      res.status(503);
    }
    res.json(health);
  });
  // Liveness: the process answers; no dependency is asked (restarting would not bring Redis back).
  server.get('/livez', async (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });
}
