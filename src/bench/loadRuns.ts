import { performance } from 'node:perf_hooks';
import autocannon, { type Client, type Instance, type Options, type RequestContext, type RequestSpec, type Result } from 'autocannon';
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
  /** Requests that failed (connection error or timeout) before the measured window, while the connections were being accepted; not in `errors`. */
  warmupErrors?: number;
  /** CPU time the server process used during the run (user + system), when measured. */
  serverCpuMs?: number;
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };
/** Latency above this is a timeout, counted as an error. */
const TIMEOUT_SECONDS = 10;

/** Runs autocannon and resolves with its result; `onResponse` hears every answer (connection, status, latency in ms), `onStart` gets the instance (to stop it). */
export function runAutocannon(options: Options, onResponse?: (client: Client, status: number, responseTimeMs: number) => void, onStart?: (instance: Instance) => void, onError?: () => void): Promise<Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ timeout: TIMEOUT_SECONDS, headers: JSON_HEADERS, method: 'POST', ...options }, (error, result) => (error ? reject(error) : resolve(result)));
    if (onResponse) instance.on('response', (client, status, _bytes, responseTimeMs) => onResponse(client, status, responseTimeMs));
    if (onError) instance.on('reqError', () => onError());
    onStart?.(instance);
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

/** A latency for the report: 0.1 ms like the quantiles (a median of two rounds would print 14.850000000000001). */
export const formatLatency = (ms: number): string => ms.toFixed(1);

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
  /** Seconds on the same connections before the measured window (not counted); the window starts no earlier than every connection's first answer. */
  warmupSeconds?: number;
  /** Called when the measured window starts (e.g. to read the server's CPU time). */
  onWindowStart?: () => void;
}

/** How long the warm-up may wait for every connection's first answer before the run fails. */
const FIRST_ANSWERS_TIMEOUT_MS = 120_000;

/**
 * Drives already started conversations, one connection per conversation (so the number of conversations is the
 * concurrency), and measures `durationSeconds` once the warm-up is over and every connection has had its first
 * answer. Warm-up and measurement run on the same connections: Node.js (libuv ≥ 1.45) accepts one new connection per
 * event-loop iteration, so against a saturated server fresh connections wait one loop iteration each to be accepted
 * (seconds for the last of 50); a measurement starting on fresh connections counted that wait as the latency of
 * their first turns, and ran with fewer busy connections than it named until all were accepted.
 */
export async function measureConversations(baseUrl: string, conversationIds: readonly string[], questions: readonly MixQuestion[], durationSeconds: number, options: MeasureOptions = {}): Promise<LoadFigures> {
  const connections = conversationIds.length;
  const warmupMs = (options.warmupSeconds ?? 0) * 1000;
  let next = 0;
  const responses: TimedResponse[] = [];
  const answered = new Set<unknown>();
  let warmedUp = warmupMs === 0;
  let windowStart: number | undefined;
  let windowEnd = Infinity;
  let instance: Instance | undefined;
  let stopTimer: NodeJS.Timeout | undefined;
  let warmupErrors = 0;
  let windowErrors = 0;
  const openWindow = () => {
    if (windowStart !== undefined || answered.size < connections || !warmedUp) return;
    windowStart = performance.now();
    options.onWindowStart?.();
    stopTimer = setTimeout(() => {
      windowEnd = performance.now();
      instance?.stop();
    }, durationSeconds * 1000);
  };
  const warmupTimer = setTimeout(() => {
    warmedUp = true;
    openWindow();
  }, warmupMs);
  try {
    await runAutocannon(
      {
        url: baseUrl,
        connections,
        // stopped once the window is over; this only bounds a server that never answers every connection
        duration: (warmupMs + FIRST_ANSWERS_TIMEOUT_MS) / 1000 + durationSeconds,
        setupClient: (client) => {
          const index = next++ % connections;
          // Spread the connections over the mix so that they are not all in the same dialog at once.
          client.setRequests(conversationRequests(conversationIds[index]!, questions, index * 7));
        },
      },
      (client, status, responseTimeMs) => {
        const answeredAt = performance.now();
        responses.push({ sentAt: answeredAt - responseTimeMs, answeredAt, status });
        if (windowStart === undefined && !answered.has(client)) {
          answered.add(client);
          openWindow();
        }
      },
      (started) => (instance = started),
      () => {
        if (windowStart === undefined) warmupErrors++;
        else if (performance.now() <= windowEnd) windowErrors++;
      },
    );
    if (windowStart === undefined) throw new Error(`not every one of ${connections} connections was answered within ${FIRST_ANSWERS_TIMEOUT_MS / 1000} s`);
    return { ...windowFigures(connections, responses, windowStart, Math.min(windowEnd, performance.now()), windowErrors), warmupErrors };
  } finally {
    clearTimeout(warmupTimer);
    clearTimeout(stopTimer);
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
