import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { Translator } from '../i18n.js';
import { firstTurnHtml } from './firstTurnHtml.js';
import { loadBuiltAssets, sendAsset, type Asset } from './pageAssets.js';
import { PageTemplate } from './pageTemplate.js';
import type { PageConversation, StartPageConversation } from './webchat/pageConversation.js';

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
  /** Starts the conversation a chat page view shows at once; absent for a Teams-only deployment (`WEBCHAT_ENABLED=false`): no chat page and no Web Chat bundle. */
  startConversation?: StartPageConversation;
  /** The rate-limit key of a request's client (honours `TRUST_PROXY`). */
  clientKey: (req: Request) => string;
}

/** The stylesheet under its old, unhashed name, for pages that link it so (cached for an hour, not for ever). */
const UNHASHED_STYLESHEET = 'chat.css';

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
  const built = loadBuiltAssets(deps.root);
  const files = built.manifest.files;
  const stylesheet = built.assets.get(files['chat.css']!)!;
  const assets = new Map<string, Asset>([[files['chat.css']!, stylesheet], [UNHASHED_STYLESHEET, { ...stylesheet, cacheControl: 'public, max-age=3600' }]]);
  const pageStrings = JSON.stringify(deps.pageStrings);
  const pageText = (nonce: string, conversation?: PageConversation) => (key: string) => {
    if (key === 'nonce') return nonce;
    if (key === 'pageStrings') return pageStrings;
    if (key === 'conversation') return conversation ? JSON.stringify(conversation) : '';
    if (key.startsWith('asset.')) return files[key.slice('asset.'.length)] ?? '';
    return deps.t(key, { minutes: deps.stateTtlMinutes });
  };

  const { startConversation } = deps;
  if (startConversation) {
    for (const name of ['chat.js', 'licences.txt']) assets.set(files[name]!, built.assets.get(files[name]!)!);
    const chatPage = new PageTemplate(join(publicDir, 'index.html'));
    const bootScript = built.assets.get(files['boot.js']!)!.body.toString('utf8');
    const locale = deps.t('page.webChatLocale');
    server.get('/', async (req: Request, res: Response) => {
      const nonce = randomBytes(16).toString('base64');
      // The server starts the conversation and shows its welcome as HTML: the first message needs no script.
      const conversation = await startConversation(deps.clientKey(req), locale);
      const firstTurn = conversation ? firstTurnHtml(conversation.activities, { suggestions: deps.t('chatPage:suggestions') }) : '';
      sendPage(res, chatPage.render(pageText(nonce, conversation), { firstTurn, bootScript }), nonce, deps.embedOrigins);
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
