import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Another website (another origin: its own port) that embeds the chat page in an iframe. */
export interface ParentSite {
  origin: string;
  /** The URL of a page that frames `chatUrl`. */
  pageFraming(chatUrl: string): string;
  close(): Promise<void>;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Starts the parent site on a free loopback port; `GET /?chat=<url>` answers with the embedding snippet from the README. */
export async function startParentSite(): Promise<ParentSite> {
  const server: Server = createServer((req, res) => {
    const chatUrl = new URL(req.url ?? '/', 'http://parent.invalid').searchParams.get('chat') ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Kammer</title><link rel="icon" href="data:,"></head>
<body><h1>Eine Kammer-Website</h1>
<iframe src="${escapeAttribute(chatUrl)}" title="Inklusionslotse NRW – Chat für Arbeitgeber"
  sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox"
  style="width: 100%; max-width: 40rem; height: 40rem; border: 1px solid #767676;"></iframe>
</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    pageFraming: (chatUrl) => `${origin}/?chat=${encodeURIComponent(chatUrl)}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
