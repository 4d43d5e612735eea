import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('POST /api/messages without MicrosoftAppId (local development)', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer(); });
  afterAll(async () => { await server.close(); });

  it('answers expectReplies turns in the response body', async () => {
    const reply = await server.post('/api/messages', activity({ deliveryMode: 'expectReplies', serviceUrl: 'https://anywhere.example' }));
    expect(reply.status).toBe(200);
    expect(reply.body.activities[0].text).toContain('So können Sie mich nutzen');
  });

  it('sends the replies of an Emulator turn (loopback service URL) to that connector, by the Bot Framework REST API', async () => {
    // A stand-in for the Emulator's connector: records what the bot posts to it.
    const received: { url: string; body: any }[] = [];
    const connector = createServer((req: IncomingMessage, res) => {
      let data = '';
      req.on('data', (chunk) => (data += chunk));
      req.on('end', () => {
        received.push({ url: req.url ?? '', body: JSON.parse(data || '{}') });
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ id: `r${received.length}` }));
      });
    });
    await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = connector.address() as AddressInfo;
      const reply = await server.post('/api/messages', activity({ serviceUrl: `http://127.0.0.1:${port}` }));
      expect(reply.status).toBe(200);
      const messages = received.filter((r) => r.body.type === 'message');
      expect(messages.length).toBeGreaterThan(0);
      expect(messages[0]!.url).toBe('/v3/conversations/conv-1/activities/a1');
      expect(messages[0]!.body.text).toContain('So können Sie mich nutzen');
      expect(messages[0]!.body.replyToId).toBe('a1');
    } finally {
      await new Promise((resolve) => connector.close(resolve));
    }
  });

  it('refuses a non-loopback service URL so the bot cannot be used as an open relay', async () => {
    const reply = await server.post('/api/messages', activity({ serviceUrl: 'https://evil.example/' }));
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
