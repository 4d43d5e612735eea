import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/host/logger.js';
import { BoundedMemoryStorage } from '../../src/host/storage/boundedMemoryStorage.js';

/** A made-up health detail that must never reach a log line or outlive the state's expiry. */
const HEALTH_DETAIL = 'Herr Beispielmann hat Multiple Sklerose';

describe('privacy by default', () => {
  it('never logs message text or card input, logs one line per turn, and forgets the conversation after expiry', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    let now = Date.now();
    const storage = new BoundedMemoryStorage({ ttlMs: 30 * 60_000, maxEntries: 1_000, now: () => now });
    const app = createApp(loadConfig({ LOG_LEVEL: 'trace' }), { logger: createLogger('trace', sink), storage });
    const { port } = await app.listen(0, '127.0.0.1');
    const post = (path: string, body: unknown) =>
      fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    try {
      const { conversationId } = await (await post('/api/webchat/conversations', {})).json() as { conversationId: string };
      const path = `/api/webchat/conversations/${conversationId}/activities`;
      expect((await post(path, { type: 'message', text: `${HEALTH_DETAIL}. Welche Hilfen gibt es für den Arbeitsplatz?` })).status).toBe(200);
      expect((await post(path, { type: 'message', value: { note: HEALTH_DETAIL, command: 'help' } })).status).toBe(200);
      expect((await post(path, { type: 'message', text: `Ansprechstelle in Lippstadt, ${HEALTH_DETAIL}` })).status).toBe(200);

      const log = lines.join('');
      expect(log).not.toContain('Beispielmann');
      expect(log).not.toContain('Sklerose');
      const turns = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'turn');
      expect(turns).toHaveLength(4);
      expect(turns[1]).toMatchObject({ channel: 'webchat', type: 'message', status: 'ok' });
      expect(typeof turns[1]!.latencyMs).toBe('number');
      expect(turns.slice(1).every((t) => typeof t.intent === 'string')).toBe(true);
      expect(JSON.stringify(turns)).not.toContain(conversationId);

      expect(JSON.stringify(await storage.read([`webchat-registry/conversations/${conversationId}`]))).not.toBe('{}');
      now += 30 * 60_000 + 1;
      expect(storage.size).toBe(0);
      expect((await post(path, { type: 'message', text: 'Hilfe' })).status).toBe(404);
    } finally {
      await app.close();
    }
  });
});
