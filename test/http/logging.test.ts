import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggableId, MAX_LOGGED_ID_LENGTH } from '../../src/bot/logFields.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

const LONG = 60 * 1024;
/** 60 KB with line breaks and a terminal escape in it, as a log-injection attempt would send. */
const hostile = ('\u001b[31mforged\n{"level":60}\r\u2028' + 'x'.repeat(LONG)).slice(0, LONG);

describe('loggableId', () => {
  it.each<[unknown, string | undefined]>([
    ['a1', 'a1'],
    ['msteams', 'msteams'],
    ['line\nbreak\r\u2028\u202e', 'line?break???'],
    ['x'.repeat(MAX_LOGGED_ID_LENGTH), 'x'.repeat(MAX_LOGGED_ID_LENGTH)],
    ['x'.repeat(MAX_LOGGED_ID_LENGTH + 1), `${'x'.repeat(MAX_LOGGED_ID_LENGTH - 1)}…`],
    [42, undefined],
    [{ id: 'a' }, undefined],
    [undefined, undefined],
  ])('%j → %j', (value, logged) => {
    expect(loggableId(value)).toBe(logged);
  });
});

describe('log lines of a request with 60 KB identifiers', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer({ LOG_LEVEL: 'debug' }); });
  afterAll(async () => { await server.close(); });

  const longActivity = (field: string) => ({
    type: 'message', id: 'a1', text: 'Hallo', channelId: 'emulator', deliveryMode: 'expectReplies', serviceUrl: 'https://x.example/',
    conversation: { id: 'long-ids' }, from: { id: 'user' }, recipient: { id: 'bot' }, [field]: hostile,
  });

  it.each(['id', 'type'])('stay short when the activity %s is 60 KB', async (field) => {
    server.logLines.length = 0;
    const reply = await server.post('/api/messages', longActivity(field));
    expect(reply.status).toBe(200);
    expect(server.logLines.length).toBeGreaterThan(0);
    for (const line of server.logLines) {
      expect(line.length).toBeLessThan(1_000);
      expect(line.trimEnd()).not.toMatch(/[\n\r\u2028]/);
      expect(line).not.toContain('\u001b');
    }
  });

  // It would become part of a state key: refused before the turn.
  it.each(['channelId', 'conversation', 'from'])('refuses a 60 KB %s with 400 and logs nothing of it', async (field) => {
    server.logLines.length = 0;
    const activity = longActivity(field);
    if (field !== 'channelId') activity[field] = { id: hostile };
    const reply = await server.post('/api/messages', activity);
    expect(reply.status).toBe(400);
    expect(server.logLines.join('')).not.toContain('forged');
  });
});
