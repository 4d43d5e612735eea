import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

/** A request against the server, by what it asks for. */
type Request = (server: TestServer) => Promise<Response>;

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

const startConversation = async (server: TestServer): Promise<string> => {
  const created = await server.post('/api/webchat/conversations', { locale: 'de-DE' });
  expect(created.status).toBe(201);
  return created.body.conversationId as string;
};

/** Pages and API answers, each with the status it must have: the headers count only on the answer meant. */
const responses: Array<[string, number, Request]> = [
  ['the chat page', 200, (s) => fetch(`${s.baseUrl}/`)],
  ['the privacy page', 200, (s) => fetch(`${s.baseUrl}/datenschutz`)],
  ['an asset', 200, (s) => fetch(`${s.baseUrl}/static/chat.css`)],
  ['the health check', 200, (s) => fetch(`${s.baseUrl}/healthz`)],
  ['a new web chat conversation', 201, (s) => fetch(`${s.baseUrl}/api/webchat/conversations`, json({ locale: 'de-DE' }))],
  ['a web chat turn', 200, async (s) => fetch(`${s.baseUrl}/api/webchat/conversations/${await startConversation(s)}/activities`, json({ type: 'message', text: 'Hilfe' }))],
  ['an unknown conversation', 404, (s) => fetch(`${s.baseUrl}/api/webchat/conversations/${'A'.repeat(32)}/activities`, json({ type: 'message', text: 'Hallo' }))],
  ['an activity the endpoint refuses', 400, async (s) => fetch(`${s.baseUrl}/api/webchat/conversations/${await startConversation(s)}/activities`, json({ type: 'event' }))],
  // Answers restify gives itself, before any route runs:
  ['broken JSON', 400, async (s) => fetch(`${s.baseUrl}/api/webchat/conversations/${await startConversation(s)}/activities`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text":' })],
  ['a body over the limit', 413, async (s) => fetch(`${s.baseUrl}/api/webchat/conversations/${await startConversation(s)}/activities`, json({ type: 'message', text: 'x'.repeat(200_000) }))],
  ['an unknown path', 404, (s) => fetch(`${s.baseUrl}/nowhere`)],
  ['a method the path does not allow', 405, (s) => fetch(`${s.baseUrl}/healthz`, { method: 'DELETE' })],
];

// page.test.ts checks the CSP and frame headers of the page; these two headers belong on every answer.
describe('security headers', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer(); });
  afterAll(async () => { await server.close(); });

  it.each(responses)('%s carries Referrer-Policy and X-Content-Type-Options', async (_label, status, request) => {
    const response = await request(server);
    await response.arrayBuffer();
    expect(response.status).toBe(status);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
