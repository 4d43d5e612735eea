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

/** Runs autocannon and resolves with its result. */
export function runAutocannon(options: Options): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon({ timeout: TIMEOUT_SECONDS, headers: JSON_HEADERS, method: 'POST', ...options }, (error, result) => (error ? reject(error) : resolve(result)));
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

/** Drives already started conversations for `durationSeconds`, one connection per conversation (so the number of conversations is the concurrency). */
export async function measureConversations(baseUrl: string, conversationIds: readonly string[], questions: readonly MixQuestion[], durationSeconds: number): Promise<LoadFigures> {
  const connections = conversationIds.length;
  let next = 0;
  const result = await runAutocannon({
    url: baseUrl,
    connections,
    duration: durationSeconds,
    setupClient: (client) => {
      const index = next++ % connections;
      // Spread the connections over the mix so that they are not all in the same dialog at once.
      client.setRequests(conversationRequests(conversationIds[index]!, questions, index * 7));
    },
  });
  return toFigures(connections, result);
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
