import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botText } from '../browser/support/chatPage.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

/** The conversation the page's script tag carries (data-conversation), decoded. */
function pageConversation(html: string): { conversationId: string; activities: { text?: string }[] } | undefined {
  const attribute = /data-conversation="([^"]*)"/.exec(html)?.[1] ?? '';
  const json = attribute.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return json ? JSON.parse(json) : undefined;
}

const welcomeStart = botText('de', 'welcome.text').slice(0, 40);

describe('the chat page shows the first message without a script', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer(); });
  afterAll(async () => { await server.close(); });

  it('renders the welcome and the first suggestions as HTML, with an input and a send button', async () => {
    const html = await (await fetch(server.baseUrl + '/')).text();
    expect(html).toContain(`<p>${welcomeStart}`);
    for (const key of ['programmes', 'findContact', 'simpleLanguage']) {
      const label = botText('de', `actions.${key}`);
      expect(html).toContain(`data-value="${label}">${label}</button>`);
    }
    expect(html).toContain(`role="group" aria-label="${botText('de', 'chatPage:suggestions')}"`);
    expect(html).toContain(`aria-label="${botText('de', 'chatPage:inputLabel')}"`);
    expect(html).toMatch(/<script nonce="[^"]+">\S/);
  });

  it('hands Web Chat the conversation it started: the next message continues it, without a second welcome', async () => {
    const conversation = pageConversation(await (await fetch(server.baseUrl + '/')).text());
    expect(conversation?.conversationId).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(conversation?.activities[0]?.text).toContain(welcomeStart);
    const reply = await server.post(`/api/webchat/conversations/${conversation!.conversationId}/activities`, { type: 'message', text: 'Hilfe', locale: 'de-DE' });
    expect(reply.status).toBe(200);
    expect(reply.body.activities.length).toBeGreaterThan(0);
    expect(JSON.stringify(reply.body.activities)).not.toContain(welcomeStart);
  });

  it('starts a new conversation for every page view', async () => {
    const [first, second] = await Promise.all([fetch(server.baseUrl + '/'), fetch(server.baseUrl + '/')].map(async (r) => pageConversation(await (await r).text())));
    expect(first?.conversationId).not.toBe(second?.conversationId);
  });
});

describe('a client over its conversation limit', () => {
  it('still gets the page, without a conversation: the page then starts one itself', async () => {
    const server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '1' });
    try {
      const first = await (await fetch(server.baseUrl + '/')).text();
      const second = await fetch(server.baseUrl + '/');
      expect(pageConversation(first)).toBeDefined();
      expect(second.status).toBe(200);
      const html = await second.text();
      expect(pageConversation(html)).toBeUndefined();
      expect(html).not.toContain(welcomeStart);
      expect(html).toContain('id="chat-static-input"');
    } finally {
      await server.close();
    }
  });
});
