import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/app.js';
import { loadContent } from '../../src/core/content.js';
import { createLocalizer } from '../../src/i18n.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

const t = createLocalizer(PROJECT_ROOT, loadContent(PROJECT_ROOT).knowledge, LANGUAGES).translatorFor('de');

const FLOOD_TURNS = 6_000;
const MAX_CONVERSATIONS = 200;
const LIVE_CONVERSATIONS = 40;
const LEVY_QUESTION = 'Wie hoch ist unsere Ausgleichsabgabe?';

/** An unauthenticated Bot Framework turn on /api/messages, answered in the response. */
const messagesTurn = (conversationId: string, text: string) => ({
  type: 'message', text, deliveryMode: 'expectReplies', channelId: 'directline', serviceUrl: 'https://flood.example/',
  conversation: { id: conversationId }, from: { id: `user-${conversationId}` }, recipient: { id: 'bot' },
});

/** Runs `count` tasks with at most `parallel` at a time. */
async function inParallel(count: number, parallel: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: parallel }, async () => {
    while (next < count) await task(next++);
  }));
}

// The adversarial review's flood: 6,000 turns on /api/messages used to evict every live web chat conversation.
describe(`a flood of ${FLOOD_TURNS} unauthenticated turns (rate limits off, ${MAX_CONVERSATIONS} conversations per partition)`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_CONVERSATION_PER_MINUTE: '0', STATE_MAX_CONVERSATIONS: String(MAX_CONVERSATIONS), LOG_LEVEL: 'warn' });
  });
  afterAll(async () => { await server.close(); });

  const say = async (conversationId: string, text: string) => {
    const reply = await server.post(`/api/webchat/conversations/${conversationId}/activities`, { type: 'message', text });
    return reply;
  };

  it('leaves every live web chat conversation answering 200 with its dialog state, while it evicts its own kind', async () => {
    const live: string[] = [];
    for (let i = 0; i < LIVE_CONVERSATIONS; i += 1) {
      const created = await server.post('/api/webchat/conversations', { locale: 'de-DE' });
      expect(created.status).toBe(201);
      live.push(created.body.conversationId as string);
    }
    // Half of them wait in the levy calculator for the number of workplaces.
    const inLevy = live.filter((_id, i) => i % 2 === 0);
    for (const id of inLevy) expect((await say(id, LEVY_QUESTION)).body.activities[0].text).toBe(t('levy.ask.workplaces'));
    // A control on /api/messages, in the same dialog step: the flood must be big enough to evict it.
    const control = await server.post('/api/messages', messagesTurn('flood-control', LEVY_QUESTION));
    expect(control.body.activities[0].text).toBe(t('levy.ask.workplaces'));

    const statuses = new Map<number, number>();
    await inParallel(FLOOD_TURNS, 16, async (i) => {
      const reply = await server.post('/api/messages', messagesTurn(`flood-${i}`, 'Hallo'));
      statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
    });
    expect(Object.fromEntries(statuses)).toEqual({ 200: FLOOD_TURNS });

    const afterFlood = await server.post('/api/messages', messagesTurn('flood-control', '120'));
    expect(afterFlood.body.activities[0].text).not.toBe(t('levy.ask.employed', { workplaces: 120 }));

    let answering = 0;
    for (const id of live) {
      const reply = await say(id, inLevy.includes(id) ? '120' : 'Hilfe');
      expect(reply.status).toBe(200);
      if (inLevy.includes(id)) expect(reply.body.activities[0].text).toBe(t('levy.ask.employed', { workplaces: 120 }));
      answering += 1;
    }
    expect(answering).toBe(LIVE_CONVERSATIONS);
  }, 300_000);
});
