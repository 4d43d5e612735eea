import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

/** A made-up health detail: the counters must never carry any part of a message. */
const HEALTH_DETAIL = 'Frau Musterfrau hat Epilepsie';

const metricValue = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('usage counters (USAGE_COUNTERS=true)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ USAGE_COUNTERS: 'true', LOG_LEVEL: 'warn' });
  });
  afterAll(() => server?.close());

  it('count turns by intent, answers by topic, ask-backs and unanswered questions — and nothing of the text', async () => {
    const { body } = await server.post('/api/webchat/conversations', {});
    const path = `/api/webchat/conversations/${body.conversationId}/activities`;
    for (const text of ['Was ist das Budget für Arbeit?', 'Was ist das Budget für Arbeit?', `${HEALTH_DETAIL}. Wie wird das Wetter morgen?`, 'Hilfe', 'Kannst du mir eine Pizza bestellen?']) {
      expect((await server.post(path, { type: 'message', text })).status).toBe(200);
    }
    expect((await server.post(path, { type: 'message', value: { topic: 'eingliederungszuschuss' } })).status).toBe(200);

    const response = await fetch(`${server.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(metricValue(text, 'inklusionslotse_topic_answers_total{topic="budget-fuer-arbeit"}')).toBe(2);
    expect(metricValue(text, 'inklusionslotse_topic_answers_total{topic="eingliederungszuschuss"}')).toBe(1);
    expect(metricValue(text, 'inklusionslotse_turns_total{intent="knowledge"}')).toBe(2);
    expect(metricValue(text, 'inklusionslotse_turns_total{intent="command:help"}')).toBe(1);
    expect(metricValue(text, 'inklusionslotse_turns_total{intent="out-of-scope"}')).toBe(2);
    expect(metricValue(text, 'inklusionslotse_turns_total{intent="card:topic"}')).toBe(1);
    expect(metricValue(text, 'inklusionslotse_ask_backs_total')).toBe(0);
    expect(metricValue(text, 'inklusionslotse_unanswered_total')).toBeGreaterThanOrEqual(1);
    // The conversation start (welcome) is no message turn and is not counted.
    const turns = text.split('\n').filter((l) => l.startsWith('inklusionslotse_turns_total{')).reduce((sum, l) => sum + Number(l.split(' ')[1]), 0);
    expect(turns).toBe(6);
    expect(text).not.toMatch(/Musterfrau|Epilepsie|Wetter/);
    expect(text).not.toContain(body.conversationId);
  });
});

describe('usage counters off (the default)', () => {
  it('has no /metrics', async () => {
    const server = await startTestServer({ LOG_LEVEL: 'warn' });
    try {
      expect((await fetch(`${server.baseUrl}/metrics`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
