import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackSpellings } from '../helpers/serviceUrlSpellings.js';
import { tooManyRequests } from '../../src/host/httpErrors.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

const activity = (overrides: Record<string, unknown> = {}) => ({
  type: 'message',
  id: 'a1',
  text: 'Hilfe',
  channelId: 'emulator',
  serviceUrl: 'http://127.0.0.1:9',
  conversation: { id: 'conv-1' },
  from: { id: 'user-1' },
  recipient: { id: 'bot-1' },
  ...overrides,
});

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A syntactically valid JWT whose issuer is not a Bot Framework issuer. */
const foreignToken = [base64url({ alg: 'RS256', typ: 'JWT', kid: 'k1' }), base64url({ iss: 'https://evil.example', aud: '00000000-0000-0000-0000-000000000001', exp: Math.floor(Date.now() / 1000) + 600 }), 'c2lnbmF0dXJl'].join('.');

/** A stand-in for a local service (an Emulator's connector, or an admin port): records every request it receives. */
async function startRecorder(): Promise<{ port: number; received: Array<{ url: string; body: any }>; close(): Promise<void> }> {
  const received: Array<{ url: string; body: any }> = [];
  const recorder = createServer((req: IncomingMessage, res) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => {
      let body: unknown = data;
      try { body = JSON.parse(data || '{}'); } catch { /* kept as text */ }
      received.push({ url: req.url ?? '', body });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `r${received.length}` }));
    });
  });
  // Dual-stack: reachable as 127.0.0.1, ::1, 127.0.0.2 and ::ffff:127.0.0.1 alike.
  await new Promise<void>((resolve) => recorder.listen(0, '::', resolve));
  return { port: (recorder.address() as AddressInfo).port, received, close: () => new Promise((resolve) => recorder.close(() => resolve())) };
}

describe('POST /api/messages without MicrosoftAppId (default: answers only in the response)', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer(); });
  afterAll(async () => { await server.close(); });

  it('answers expectReplies turns in the response body', async () => {
    const reply = await server.post('/api/messages', activity({ deliveryMode: 'expectReplies', serviceUrl: 'https://anywhere.example' }));
    expect(reply.status).toBe(200);
    expect(reply.body.activities[0].text).toContain('So können Sie mich nutzen');
  });

  it('refuses every spelling of a loopback service URL, even from this machine, and sends nothing there', async () => {
    const recorder = await startRecorder();
    try {
      const spellings = loopbackSpellings(recorder.port);
      for (const [index, [serviceUrl]] of spellings.entries()) {
        const reply = await server.post('/api/messages', activity({ serviceUrl, conversation: { id: `ssrf-${index}` } }));
        expect(reply.status, serviceUrl).toBe(403);
      }
      expect(recorder.received).toEqual([]);
    } finally {
      await recorder.close();
    }
  });

  it('refuses a non-loopback service URL so the bot cannot be used as an open relay', async () => {
    const reply = await server.post('/api/messages', activity({ serviceUrl: 'https://evil.example/' }));
    expect(reply.status).toBe(403);
  });

  it.each(['webchat', 'WebChat', 'webchat-registry', 'webchat/x'])('refuses the channel id %j of the own web chat (its state has its own budget)', async (channelId) => {
    const reply = await server.post('/api/messages', activity({ deliveryMode: 'expectReplies', channelId }));
    expect(reply.status).toBe(403);
  });

  it.each([
    ['an array', '[]'],
    ['broken JSON', '{"type":'],
    ['an activity of the wrong shape', { deliveryMode: 'expectReplies', type: 42 }],
  ])('answers %s with 400', async (_label, body) => {
    const reply = await server.post('/api/messages', body);
    expect(reply.status).toBe(400);
  });
});

describe('POST /api/messages without MicrosoftAppId, EMULATOR_REPLIES=true (local development)', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer({ EMULATOR_REPLIES: 'true' }); });
  afterAll(async () => { await server.close(); });

  it('sends the replies of an Emulator turn (loopback service URL) to that connector, by the Bot Framework REST API', async () => {
    const connector = await startRecorder();
    try {
      const reply = await server.post('/api/messages', activity({ serviceUrl: `http://127.0.0.1:${connector.port}` }));
      expect(reply.status).toBe(200);
      const messages = connector.received.filter((r) => r.body.type === 'message');
      expect(messages.length).toBeGreaterThan(0);
      expect(messages[0]!.url).toBe('/v3/conversations/conv-1/activities/a1');
      expect(messages[0]!.body.text).toContain('So können Sie mich nutzen');
      expect(messages[0]!.body.replyToId).toBe('a1');
    } finally {
      await connector.close();
    }
  });

  it('posts only to the spellings the rule accepts; the others get 403 and nothing arrives for them', async () => {
    const recorder = await startRecorder();
    try {
      for (const [index, [serviceUrl, accepted]] of loopbackSpellings(recorder.port).entries()) {
        const reply = await server.post('/api/messages', activity({ serviceUrl, conversation: { id: `spelling-${index}` } }));
        expect(reply.status, serviceUrl).toBe(accepted ? 200 : 403);
        const arrived = recorder.received.some((r) => r.url.includes(`/v3/conversations/spelling-${index}/`));
        expect(arrived, serviceUrl).toBe(accepted);
      }
    } finally {
      await recorder.close();
    }
  });

  it('refuses a loopback request that came through a reverse proxy (X-Forwarded-For) and sends nothing', async () => {
    const recorder = await startRecorder();
    try {
      const reply = await server.post('/api/messages', activity({ serviceUrl: `http://127.0.0.1:${recorder.port}` }), { 'X-Forwarded-For': '203.0.113.7' });
      expect(reply.status).toBe(403);
      expect(recorder.received).toEqual([]);
    } finally {
      await recorder.close();
    }
  });
});

describe('POST /api/messages without MicrosoftAppId is rate-limited like the web chat', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '5', RATE_LIMIT_CONVERSATION_PER_MINUTE: '3' }); });
  afterAll(async () => { await server.close(); });

  it('answers 429 with Retry-After per conversation, then per client', async () => {
    const turnIn = (conversation: string) => server.post('/api/messages', activity({ deliveryMode: 'expectReplies', conversation: { id: conversation } }));
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await turnIn('limited')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await turnIn('other')).status).toBe(200);
    const refused = await turnIn('third');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.body).toEqual({ error: tooManyRequests(1).error });
  });
});

describe('POST /api/messages with MicrosoftAppId', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppType: 'MultiTenant',
    });
  });
  afterAll(async () => { await server.close(); });

  it('answers a request without a token with 401', async () => {
    const reply = await server.post('/api/messages', activity());
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({ error: 'unauthorized' });
  });

  it('answers a token from a foreign issuer with 401', async () => {
    const reply = await server.post('/api/messages', activity(), { Authorization: `Bearer ${foreignToken}` });
    expect(reply.status).toBe(401);
  });

  it('does not accept expectReplies without a token either', async () => {
    const reply = await server.post('/api/messages', activity({ deliveryMode: 'expectReplies' }));
    expect(reply.status).toBe(401);
  });
});
