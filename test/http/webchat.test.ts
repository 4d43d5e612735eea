import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tooManyRequests } from '../../src/host/httpErrors.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

describe('web chat channel', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer({ MAX_MESSAGE_LENGTH: '500' }); });
  afterAll(async () => { await server.close(); });

  const startConversation = async () => {
    const created = await server.post('/api/webchat/conversations', { locale: 'de-DE' });
    expect(created.status).toBe(201);
    return created.body as { conversationId: string; activities: Array<Record<string, any>> };
  };
  const say = (id: string, body: unknown) => server.post(`/api/webchat/conversations/${id}/activities`, body);

  it('issues an unguessable conversation id and greets with suggested actions', async () => {
    const first = await startConversation();
    const second = await startConversation();
    expect(first.conversationId).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(first.conversationId).not.toBe(second.conversationId);
    expect(first.activities).toHaveLength(1);
    expect(first.activities[0]!.text).toContain('Inklusionslotse NRW');
    expect(first.activities[0]!.suggestedActions.actions.map((a: any) => a.title)).toEqual(['Förderprogramme', 'Ansprechstelle finden', 'Einfache Sprache']);
  });

  it('answers "Hilfe" with the help text', async () => {
    const { conversationId } = await startConversation();
    const reply = await say(conversationId, { type: 'message', text: 'Hilfe', locale: 'de-DE' });
    expect(reply.status).toBe(200);
    expect(reply.body.activities[0].text).toContain('So können Sie mich nutzen');
  });

  it('ignores ids, service URL and channel sent by the client', async () => {
    const { conversationId } = await startConversation();
    const reply = await say(conversationId, {
      type: 'message', text: 'Hilfe', serviceUrl: 'https://evil.example/', channelId: 'msteams',
      conversation: { id: 'someone-else' }, from: { id: 'admin' }, deliveryMode: 'normal',
    });
    expect(reply.status).toBe(200);
    const activity = reply.body.activities[0];
    expect(activity.serviceUrl).toBe('https://webchat.invalid/');
    expect(activity.channelId).toBe('webchat');
    expect(activity.conversation.id).toBe(conversationId);
    expect(activity.recipient.id).not.toBe('admin');
  });

  it.each([
    ['an unknown conversation', 'A'.repeat(32), { text: 'Hallo' }, 404],
    ['a malformed conversation id', '..%2F..%2Fetc', { text: 'Hallo' }, 404],
  ])('answers %s with 404', async (_label, id, body, status) => {
    expect((await say(id, body)).status).toBe(status);
  });

  it.each([
    ['broken JSON', '{"type":"message","text":'],
    ['an array', '[1,2,3]'],
    ['another activity type', { type: 'event', name: 'x' }],
    ['text that is not a string', { type: 'message', text: 42 }],
    ['a value that is not an object', { type: 'message', value: 'x' }],
    ['an invalid locale', { type: 'message', text: 'Hallo', locale: '<script>' }],
  ])('answers %s with 400', async (_label, body) => {
    const { conversationId } = await startConversation();
    const reply = await say(conversationId, body);
    expect(reply.status).toBe(400);
    expect(JSON.stringify(reply.body)).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('answers a body over the size limit with 413', async () => {
    const { conversationId } = await startConversation();
    const reply = await say(conversationId, { type: 'message', text: 'x'.repeat(200_000) });
    expect(reply.status).toBe(413);
  });

  it('answers an over-long message kindly and keeps the conversation usable', async () => {
    const { conversationId } = await startConversation();
    const long = await say(conversationId, { type: 'message', text: 'Frage '.repeat(200) });
    expect(long.status).toBe(200);
    expect(long.body.activities[0].text).toContain('500 Zeichen');
    const next = await say(conversationId, { type: 'message', text: 'Hilfe' });
    expect(next.body.activities[0].text).toContain('So können Sie mich nutzen');
  });

  it.each([
    ['empty text', { type: 'message', text: '   ' }],
    ['only emoji', { type: 'message', text: '🙂🙂🙂' }],
    ['markup', { type: 'message', text: '<script>alert(1)</script><b>Hallo</b>' }],
  ])('answers %s with a friendly message', async (_label, body) => {
    const { conversationId } = await startConversation();
    const reply = await say(conversationId, body);
    expect(reply.status).toBe(200);
    expect(reply.body.activities.length).toBeGreaterThan(0);
    expect(reply.body.activities[0].text).not.toContain('<script>');
  });

  it('refuses a conversation start with a broken body', async () => {
    expect((await server.post('/api/webchat/conversations', '{oops')).status).toBe(400);
    expect((await server.post('/api/webchat/conversations', { locale: 42 })).status).toBe(400);
  });
});

describe('web chat switched off', () => {
  it('offers neither the endpoints nor the chat page when WEBCHAT_ENABLED=false; privacy, terms and health stay', async () => {
    const server = await startTestServer({ WEBCHAT_ENABLED: 'false' });
    try {
      const created = await server.post('/api/webchat/conversations', {});
      expect(created.status).toBe(404);
      const status = async (path: string) => (await fetch(server.baseUrl + path)).status;
      expect(await status('/')).toBe(404);
      expect(await status('/static/webchat.js')).toBe(404);
      expect(await status('/static/chat.js')).toBe(404);
      expect(await status('/datenschutz')).toBe(200);
      expect(await status('/nutzungsbedingungen')).toBe(200);
      expect(await status('/static/chat.css')).toBe(200);
      expect(await status('/healthz')).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('embedding on other websites', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer({ EMBED_ORIGINS: 'https://www.kammer.example' }); });
  afterAll(async () => { await server.close(); });

  it('lets a listed origin frame the page and call the endpoints, with CORS headers', async () => {
    const page = await fetch(server.baseUrl + '/');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self' https://www.kammer.example");
    expect(page.headers.get('x-frame-options')).toBeNull();
    const created = await server.post('/api/webchat/conversations', {}, { Origin: 'https://www.kammer.example' });
    expect(created.status).toBe(201);
    expect(created.headers.get('access-control-allow-origin')).toBe('https://www.kammer.example');
    const preflight = await fetch(server.baseUrl + '/api/webchat/conversations', { method: 'OPTIONS', headers: { Origin: 'https://www.kammer.example', 'Access-Control-Request-Method': 'POST' } });
    expect(preflight.status).toBe(204);
  });

  it('refuses an origin that is not on the list', async () => {
    const created = await server.post('/api/webchat/conversations', {}, { Origin: 'https://evil.example' });
    expect(created.status).toBe(403);
    expect(created.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps framing to its own origin without a list', async () => {
    const plain = await startTestServer();
    try {
      const page = await fetch(plain.baseUrl + '/');
      expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'(;|$)/);
      expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect((await plain.post('/api/webchat/conversations', {}, { Origin: 'https://www.kammer.example' })).status).toBe(403);
    } finally {
      await plain.close();
    }
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After per conversation and per client address', async () => {
    const server = await startTestServer({ RATE_LIMIT_CONVERSATION_PER_MINUTE: '2', RATE_LIMIT_PER_MINUTE: '6' });
    try {
      const { conversationId } = (await server.post('/api/webchat/conversations', {})).body;
      const say = () => server.post(`/api/webchat/conversations/${conversationId}/activities`, { type: 'message', text: 'Hilfe' });
      expect((await say()).status).toBe(200);
      expect((await say()).status).toBe(200);
      const limited = await say();
      expect(limited.status).toBe(429);
      expect(limited.body).toEqual({ error: tooManyRequests(1).error });
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await server.post('/api/webchat/conversations', {})).status);
      expect(statuses).toContain(429);
    } finally {
      await server.close();
    }
  });
});
