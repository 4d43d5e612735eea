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
