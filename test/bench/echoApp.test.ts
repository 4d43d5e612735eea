import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEchoApp, type EchoApp } from '../../src/bench/echo/echoApp.js';
import { churnConversations, conversationRequests, measureConversations } from '../../src/bench/loadRuns.js';
import { QUESTION_MIX } from '../../src/bench/questionMix.js';
import { activitiesPath, messageBody, startConversation, startConversations } from '../../src/bench/webChatClient.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/host/logger.js';

describe('echo bot of the load benchmark', () => {
  let app: EchoApp;
  let baseUrl: string;
  beforeAll(async () => {
    app = createEchoApp(loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_CONVERSATION_PER_MINUTE: '0' }), createLogger('silent'));
    baseUrl = `http://127.0.0.1:${(await app.listen(0, '127.0.0.1')).port}`;
  });
  afterAll(() => app.close());

  it('greets and echoes through the web chat endpoints', async () => {
    const { conversationId, activities } = await startConversation(baseUrl);
    expect(activities).toHaveLength(1);
    const response = await fetch(baseUrl + activitiesPath(conversationId), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: messageBody('Wer hilft in Bielefeld?') });
    const body = (await response.json()) as { activities: { text: string }[] };
    expect(response.status).toBe(200);
    expect(body.activities.map((a) => a.text)).toEqual(['Wer hilft in Bielefeld?']);
  });

  it('drives started conversations, one connection each, without failures', async () => {
    const ids = await startConversations(baseUrl, 2);
    const figures = await measureConversations(baseUrl, ids, QUESTION_MIX, 1);
    expect(figures.ok).toBeGreaterThan(10);
    expect(figures.non2xx + figures.errors).toBe(0);
  });

  it('starts new conversations while churning and answers every request', async () => {
    const figures = await churnConversations(baseUrl, QUESTION_MIX, 2, 30, 2);
    expect(figures.ok).toBe(30);
    expect(figures.non2xx + figures.errors).toBe(0);
  });
});

describe('dialog floor of the load benchmark', () => {
  it('echoes every message through its DialogSet, turn after turn in one conversation', async () => {
    const app = createEchoApp(loadConfig({ LOG_LEVEL: 'silent' }), createLogger('silent'), true);
    try {
      const baseUrl = `http://127.0.0.1:${(await app.listen(0, '127.0.0.1')).port}`;
      const { conversationId } = await startConversation(baseUrl);
      for (const text of ['Hallo', 'Budget für Arbeit', '50667']) {
        const response = await fetch(baseUrl + activitiesPath(conversationId), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: messageBody(text) });
        expect(((await response.json()) as { activities: { text: string }[] }).activities.map((a) => a.text)).toEqual([text]);
      }
    } finally {
      await app.close();
    }
  });
});

describe('question mix', () => {
  it('has about 40 distinct messages of every kind', () => {
    const texts = QUESTION_MIX.map((q) => q.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.length).toBeGreaterThanOrEqual(35);
    expect(new Set(QUESTION_MIX.map((q) => q.kind))).toEqual(new Set(['topic', 'contact', 'levy', 'smalltalk', 'out-of-scope', 'garbage']));
  });

  it('sends each connection through the whole mix from its own starting point', () => {
    const requests = conversationRequests('c'.repeat(32), QUESTION_MIX, 3);
    expect(requests).toHaveLength(QUESTION_MIX.length);
    expect(JSON.parse(requests[0]!.body!).text).toBe(QUESTION_MIX[3]!.text);
    expect(requests.every((r) => r.path === activitiesPath('c'.repeat(32)))).toBe(true);
  });
});
