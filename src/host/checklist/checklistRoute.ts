import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { CHECKLIST_PATH } from '../../cards/checklistLink.js';
import { checklistQuery, parseChecklistQuery } from '../../core/checklist/link.js';
import type { Content } from '../../core/content.js';
import type { AnswerLanguage, Localizer } from '../../i18n.js';
import { sendPage } from '../staticRoutes.js';
import { CHECKLIST_ASSETS, checklistErrorPage, checklistPage } from './checklistPage.js';

/** What the checklist route is built from. */
export interface ChecklistRouteDeps {
  root: string;
  content: Content;
  localizer: Localizer;
  /** `PUBLIC_URL` without a trailing slash, or '' (then the forwarded link is completed in the browser). */
  publicUrl: string;
  embedOrigins: readonly string[];
}

/** The raw query string of a request, exactly as sent (restify's parsed query would merge repeated names). */
const rawQuery = (req: Request): string => {
  const url = req.url ?? '';
  const at = url.indexOf('?');
  return at === -1 ? '' : url.slice(at + 1);
};

/**
 * Registers `GET /checkliste` and its stylesheet and script. The page is built from the link alone (topic ids,
 * district key, language, version): no storage, no secret, so a link works on every instance and after restarts.
 * A link that cannot be read gets a 400 page in its language, never a 500.
 */
export function registerChecklistRoutes(server: Server, deps: ChecklistRouteDeps): void {
  const vocabulary = {
    languages: deps.localizer.languages,
    topicIds: new Set(deps.content.knowledge.topics.map((t) => t.id)),
    districtKeys: new Set(deps.content.regions.districtsByKey.keys()),
  };
  const assets = new Map([
    [CHECKLIST_ASSETS.css, { body: readFileSync(join(deps.root, 'public', 'checklist.css')), type: 'text/css; charset=utf-8' }],
    [CHECKLIST_ASSETS.js, { body: readFileSync(join(deps.root, 'public', 'checklist.js')), type: 'application/javascript; charset=utf-8' }],
  ]);
  for (const [path, asset] of assets) {
    server.get(path, async (_req: Request, res: Response) => {
      res.setHeader('Content-Type', asset.type);
      res.setHeader('Cache-Control', 'public, max-age=3600');
      res.writeHead(200);
      res.end(asset.body);
    });
  }

  server.get(CHECKLIST_PATH, async (req: Request, res: Response) => {
    const nonce = randomBytes(16).toString('base64');
    const query = rawQuery(req);
    const parsed = parseChecklistQuery(query, vocabulary);
    if (!parsed.ok) {
      const language = (parsed.language ?? deps.localizer.languages[0]!) as AnswerLanguage;
      sendPage(res, checklistErrorPage(deps.localizer.translatorFor(language), language), nonce, deps.embedOrigins, 400);
      return;
    }
    const t = deps.localizer.translatorFor(parsed.request.language as AnswerLanguage);
    const shareUrl = `${deps.publicUrl}${CHECKLIST_PATH}?${checklistQuery(parsed.request)}`;
    sendPage(res, checklistPage({ request: parsed.request, content: deps.content, t, shareUrl }), nonce, deps.embedOrigins);
  });
}
