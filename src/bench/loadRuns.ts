import { performance } from 'node:perf_hooks';
import autocannon, { type Options, type RequestContext, type RequestSpec, type Result } from 'autocannon';
import type { MixQuestion } from './questionMix.js';
import { activitiesPath, BENCH_LOCALE, CONVERSATIONS_PATH, messageBody } from './webChatClient.js';

/** What one load run measured. */
export interface LoadFigures {
  connections: number;
  durationSeconds: number;
  /** Responses with a 2xx status. */
  ok: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  /** Connection errors and timeouts (and, when measured by a phase, errors the server logged). */
  errors: number;
  /** CPU time the server process used during the run (user + system), when measured. */
  serverCpuMs?: number;
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };
/** Latency above this is a timeout, counted as an error. */
const TIMEOUT_SECONDS = 10;

/** Runs autocannon and resolves with its result; `onResponse` hears every answer (status, latency in ms). */
export function runAutocannon(options: Options, onResponse?: (status: number, responseTimeMs: number) => void): Promise<Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ timeout: TIMEOUT_SECONDS, headers: JSON_HEADERS, method: 'POST', ...options }, (error, result) => (error ? reject(error) : resolve(result)));
    if (onResponse) instance.on('response', (_client: unknown, status: number, _bytes: number, responseTimeMs: number) => onResponse(status, responseTimeMs));
  });
}

/** Reduces an autocannon result to the figures the benchmark reports. */
export function toFigures(connections: number, result: Result): LoadFigures {
  const ok = result['2xx'];
  return {
    connections,
    durationSeconds: result.duration,
    ok,
    turnsPerSecond: result.duration > 0 ? ok / result.duration : 0,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** The requests of one connection: the whole mix, starting at `offset`, into one conversation. */
export function conversationRequests(conversationId: string, questions: readonly MixQuestion[], offset: number): RequestSpec[] {
  const path = activitiesPath(conversationId);
  return questions.map((_, i) => ({ path, body: messageBody(questions[(offset + i) % questions.length]!.text) }));
}

/** The `q`-quantile of sorted values (nearest rank), rounded to 0.1 ms. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]! * 10) / 10;
}

/** One answered request: when it was sent and when its answer was complete (ms, `performance.now()`), and its status. */
export interface TimedResponse {
  sentAt: number;
  answeredAt: number;
  status: number;
}

/**
 * Figures of the responses of a measured window `[windowStart, windowEnd]`: turns/s from the answers completed in
 * it, latencies from the requests sent in it (so a request sent before the window, such as the first request of a
 * connection that waited to be accepted, does not count as a turn's latency).
 */
export function windowFigures(connections: number, responses: readonly TimedResponse[], windowStart: number, windowEnd: number, errors: number): LoadFigures {
  const completed = responses.filter((r) => r.answeredAt >= windowStart && r.answeredAt <= windowEnd);
  const ok = completed.filter((r) => r.status >= 200 && r.status < 300).length;
  const latencies = responses.filter((r) => r.sentAt >= windowStart && r.answeredAt <= windowEnd).map((r) => r.answeredAt - r.sentAt).sort((a, b) => a - b);
  const durationSeconds = Math.max(0, windowEnd - windowStart) / 1000;
  return {
    connections,
    durationSeconds,
    ok,
    turnsPerSecond: durationSeconds > 0 ? ok / durationSeconds : 0,
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    non2xx: completed.length - ok,
    errors,
  };
}

/** Options of {@link measureConversations}. */
export interface MeasureOptions {
  /** Seconds on the same connections before the measured window (not counted). */
  warmupSeconds?: number;
  /** Called when the measured window starts (e.g. to read the server's CPU time). */
  onWindowStart?: () => void;
}

/**
 * Drives already started conversations for `warmupSeconds + durationSeconds`, one connection per conversation (so the
 * number of conversations is the concurrency), and measures the last `durationSeconds`. Warm-up and measurement run
 * on the same connections: Node.js (libuv ≥ 1.45) accepts one new connection per event-loop iteration, so against a
 * saturated server fresh connections wait one loop iteration each to be accepted; a measurement on fresh connections
 * would count that wait (up to seconds at 50 connections) as the latency of their first turns.
 */
export async function measureConversations(baseUrl: string, conversationIds: readonly string[], questions: readonly MixQuestion[], durationSeconds: number, options: MeasureOptions = {}): Promise<LoadFigures> {
  const connections = conversationIds.length;
  const warmupSeconds = options.warmupSeconds ?? 0;
  let next = 0;
  const responses: TimedResponse[] = [];
  const startedAt = performance.now();
  const windowStart = startedAt + warmupSeconds * 1000;
  const windowTimer = setTimeout(() => options.onWindowStart?.(), warmupSeconds * 1000);
  try {
    const result = await runAutocannon(
      {
        url: baseUrl,
        connections,
        duration: warmupSeconds + durationSeconds,
        setupClient: (client) => {
          const index = next++ % connections;
          // Spread the connections over the mix so that they are not all in the same dialog at once.
          client.setRequests(conversationRequests(conversationIds[index]!, questions, index * 7));
        },
      },
      (status, responseTimeMs) => {
        const answeredAt = performance.now();
        responses.push({ sentAt: answeredAt - responseTimeMs, answeredAt, status });
      },
    );
    return windowFigures(connections, responses, windowStart, performance.now(), result.errors + result.timeouts);
  } finally {
    clearTimeout(windowTimer);
  }
}

/**
 * Conversations coming and going: every connection starts a conversation, sends `messagesPerConversation`
 * messages from the mix, starts the next one, and so on until `amount` requests (starts included) are answered.
 */
export async function churnConversations(baseUrl: string, questions: readonly MixQuestion[], connections: number, amount: number, messagesPerConversation: number): Promise<LoadFigures> {
  let asked = 0;
  const start: RequestSpec = {
    path: CONVERSATIONS_PATH,
    body: JSON.stringify({ locale: BENCH_LOCALE }),
    onResponse: (status: number, body: string, context: RequestContext) => {
      context.conversationId = status === 201 ? (JSON.parse(body) as { conversationId: string }).conversationId : undefined;
    },
  };
  const message: RequestSpec = {
    setupRequest: (request, context) => {
      if (typeof context.conversationId !== 'string') return undefined;
      const question = questions[asked++ % questions.length]!;
      return { ...request, path: activitiesPath(context.conversationId), body: messageBody(question.text) };
    },
  };
  const requests = [start, ...Array.from({ length: messagesPerConversation }, () => ({ ...message }))];
  return toFigures(connections, await runAutocannon({ url: baseUrl, connections, amount, requests }));
}
