import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/app.js';
import { checklistUrl } from '../../src/cards/checklistLink.js';
import { MAX_CHECKLIST_TOPICS } from '../../src/core/checklist/link.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

type Activity = Record<string, any>;

/** Every Action.OpenUrl of a card, wherever it sits. */
function openUrls(node: unknown): Array<{ title: string; url: string }> {
  if (Array.isArray(node)) return node.flatMap(openUrls);
  if (!node || typeof node !== 'object') return [];
  const own = (node as Activity).type === 'Action.OpenUrl' ? [node as { title: string; url: string }] : [];
  return [...own, ...Object.values(node).flatMap(openUrls)];
}

const chunks = <T>(list: T[], size: number): T[][] => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
const decode = (html: string) => html.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

describe('checklist page', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer(); });
  afterAll(async () => { await server.close(); });

  const get = async (path: string) => {
    const response = await fetch(server.baseUrl + path);
    return { status: response.status, html: await response.text(), headers: response.headers };
  };

  it.each(LANGUAGES)('renders every topic the finder can recommend, with its deadline rules, in %s', async (language) => {
    const { content, localizer } = server.app;
    const t = localizer.translatorFor(language);
    const finderTopics = [...new Set(content.finder.rules.map((r) => r.topic))];
    for (const group of chunks(finderTopics, MAX_CHECKLIST_TOPICS)) {
      const { status, html } = await get(checklistUrl('', group, undefined, language));
      expect(status).toBe(200);
      const text = decode(html);
      for (const id of group) {
        expect(text).toContain(content.knowledge.byId.get(id)!.texts[language]!.title);
        for (const rule of content.checklist.byTopic.get(id)!.deadlines) expect(text).toContain(t(`checklist:deadlines.${rule.id}`));
      }
    }
  });

  it('shows the district, its contact points with tel: links and only the rules of its Landschaftsverband', async () => {
    const t = server.app.localizer.translatorFor('de');
    const { status, html } = await get(checklistUrl('', ['praemien-lvr-lwl', 'eingliederungszuschuss'], '05974', 'de'));
    expect(status).toBe(200);
    expect(html).toContain('Region: Kreis Soest');
    expect(decode(html)).toContain(t('checklist:deadlines.lwl-three-months'));
    expect(decode(html)).not.toContain(t('checklist:deadlines.lvr-before-hiring'));
    expect(html).toMatch(/href="tel:\+49\d+"/);
    expect(html).toContain('<strong class="deadline">');
  });

  it('sends the chat page CSP: nothing from another host, no inline script', async () => {
    const { headers, html } = await get(checklistUrl('', ['bem'], undefined, 'en'));
    const csp = headers.get('content-security-policy') ?? '';
    const chatCsp = (await fetch(server.baseUrl + '/')).headers.get('content-security-policy') ?? '';
    expect(csp.replace(/'nonce-[^']+'/g, '')).toBe(chatCsp.replace(/'nonce-[^']+'/g, ''));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc="\/checkliste\/)/);
    expect(html).not.toMatch(/\sstyle=|<style/);
    expect(html).toContain('<html lang="en">');
    for (const path of ['/checkliste/checklist.css', '/checkliste/checklist.js']) expect((await fetch(server.baseUrl + path)).status).toBe(200);
  });

  it.each([
    ['no query', '/checkliste', 'de'],
    ['an unknown topic', '/checkliste?v=1&lang=en&t=geheim', 'en'],
    ['a tampered version', '/checkliste?v=2&lang=de-x-simple&t=bem', 'de-x-simple'],
    ['a bad language', '/checkliste?v=1&lang=fr&t=bem', 'de'],
    ['a repeated parameter', '/checkliste?v=1&lang=en&t=bem&t=bem', 'en'],
    ['a repeated topic', '/checkliste?v=1&lang=en&t=bem,bem', 'en'],
    ['an unknown district', '/checkliste?v=1&lang=de&t=bem&d=00000', 'de'],
    ['message text smuggled in', '/checkliste?v=1&lang=de&t=bem&q=Frau%20Anna%20Beispiel%20ist%20krank', 'de'],
    ['a broken escape', '/checkliste?v=1&lang=de&t=%E0%A4%A', 'de'],
    ['a script in a topic', '/checkliste?v=1&lang=de&t=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'de'],
    ['too many topics', `/checkliste?v=1&lang=de&t=${Array(MAX_CHECKLIST_TOPICS + 1).fill('bem').join(',')}`, 'de'],
    ['a huge query', `/checkliste?v=1&lang=de&t=${'x'.repeat(5_000)}`, 'de'],
  ])('answers %s with a friendly 400 page in the right language', async (_name, path, language) => {
    const { status, html, headers } = await get(path);
    expect(status).toBe(400);
    expect(headers.get('content-type')).toContain('text/html');
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(decode(html)).toContain(`<h1>${server.app.localizer.translatorFor(language as never)('checklist:error.title')}</h1>`);
    expect(html).not.toMatch(/Anna|<script>alert/);
  });

  it('links from a topic card carry ids, district, language and version only — never the message text', async () => {
    const created = await server.post('/api/webchat/conversations', { locale: 'de-DE' });
    const question = 'Ich bin Anna Beispiel und möchte den Eingliederungszuschuss verstehen';
    const reply = await server.post(`/api/webchat/conversations/${created.body.conversationId}/activities`, { type: 'message', text: question, locale: 'de-DE' });
    const link = openUrls(reply.body.activities).find((a) => a.title === 'Als Checkliste');
    expect(link, 'an "Als Checkliste" button').toBeDefined();
    const url = new URL(link!.url, server.baseUrl);
    expect(url.pathname).toBe('/checkliste');
    expect([...url.searchParams.keys()].sort()).toEqual(expect.arrayContaining(['lang', 't', 'v']));
    for (const key of url.searchParams.keys()) expect(['v', 'lang', 't', 'd']).toContain(key);
    expect(url.searchParams.get('t')).toBe('eingliederungszuschuss');
    const { status, html } = await get(url.pathname + url.search);
    expect(status).toBe(200);
    expect(html).not.toMatch(/Anna|Beispiel|verstehen/);
  });
});
