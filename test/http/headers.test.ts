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
  ['a Bot Framework turn', 200, (s) => fetch(`${s.baseUrl}/api/messages`, json({ type: 'message', text: 'Hilfe', deliveryMode: 'expectReplies', channelId: 'emulator', conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' } }))],
  ['a refused Bot Framework turn', 403, (s) => fetch(`${s.baseUrl}/api/messages`, json({ type: 'message', text: 'Hilfe', serviceUrl: 'http://127.0.0.1:9/', channelId: 'emulator', conversation: { id: 'c' } }))],
];

// page.test.ts checks the CSP and frame headers of the page; these headers belong on every answer.
describe('security headers', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer(); });
  afterAll(async () => { await server.close(); });

  it.each(responses)('%s carries the security headers and no Server header', async (_label, status, request) => {
    const response = await request(server);
    await response.arrayBuffer();
    expect(response.status).toBe(status);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('permissions-policy')).toMatch(/(^|, )camera=\(\)(,|$)/);
    expect(response.headers.get('permissions-policy')).toMatch(/(^|, )microphone=\(\)(,|$)/);
    expect(response.headers.get('permissions-policy')).toMatch(/(^|, )geolocation=\(\)(,|$)/);
    // restify names the application in Server unless its name is empty.
    expect(response.headers.get('server')).toBeNull();
  });
});
