import { performance } from 'node:perf_hooks';
import { SERVER_BUNDLE } from '../paths.js';
import { startChildServer, type BenchServerKind, type ChildServer, type Runtime } from './childServer.js';
import { churnConversations, measureConversations, type LoadFigures } from './loadRuns.js';
import { QUESTION_MIX } from './questionMix.js';
import { combineRounds, mb, sumFigures, type ConversationsFigures, type LoadReport } from './report.js';
import type { RssSample } from './targets.js';
import { startConversations } from './webChatClient.js';

/** What every phase needs: where the project is, how to run it, the servers' environment and a progress line. */
export interface PhaseContext {
  root: string;
  runtime: Runtime;
  env: Record<string, string>;
  /** Extra node options for the server processes (e.g. V8 heap flags). */
  nodeArgs: readonly string[];
  /** What the bot is compared with: the echo bot, or the dialog floor (the echo through a DialogSet). */
  baseline: Exclude<BenchServerKind, 'bot'>;
  progress(line: string): void;
}

/** Connections of the memory and soak phases. */
const CHURN_CONNECTIONS = 20;
/** Messages per conversation in the soak, so conversations keep coming and the state store stays full. */
const SOAK_MESSAGES_PER_CONVERSATION = 5;
const SOAK_SAMPLE_EVERY = 10_000;

/** Runs `work` against a fresh server process and stops it afterwards; server-side errors count as failures. */
async function withServer<T>(ctx: PhaseContext, kind: BenchServerKind, work: (server: ChildServer) => Promise<T>): Promise<T> {
  const server = await startChildServer(ctx.root, kind, ctx.runtime, ctx.env, ctx.nodeArgs);
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}

const withServerErrors = (figures: LoadFigures, serverErrors: number): LoadFigures => ({ ...figures, errors: figures.errors + serverErrors });

/**
 * Baseline (echo bot or dialog floor) and bot at each concurrency, in `rounds` alternating measurements (baseline,
 * bot, baseline, bot, …) on fresh conversations, so that load from elsewhere on the machine hits both alike.
 * The rows keep the baseline's figures under `echo`.
 */
export async function throughputPhase(ctx: PhaseContext, concurrencies: readonly number[], rounds: number, durationSeconds: number, warmupSeconds: number): Promise<LoadReport['throughput']> {
  return withServer(ctx, ctx.baseline, (echoServer) =>
    withServer(ctx, 'bot', async (botServer) => {
      const rows: LoadReport['throughput'] = [];
      for (const connections of concurrencies) {
        const measure = async (server: ChildServer, round: number) => {
          ctx.progress(`${server.kind}: ${connections} conversations, round ${round}/${rounds}, ${warmupSeconds} s warm-up + ${durationSeconds} s`);
          const errorsBefore = server.errorLines();
          const ids = await startConversations(server.baseUrl, connections);
          let cpuBefore = server.cpuMs();
          const figures = await measureConversations(server.baseUrl, ids, QUESTION_MIX, durationSeconds, { warmupSeconds, onWindowStart: () => (cpuBefore = server.cpuMs()) });
          return { ...withServerErrors(figures, server.errorLines() - errorsBefore), serverCpuMs: server.cpuMs() - cpuBefore };
        };
        const echoRounds: LoadFigures[] = [];
        const botRounds: LoadFigures[] = [];
        for (let round = 1; round <= rounds; round++) {
          echoRounds.push(await measure(echoServer, round));
          botRounds.push(await measure(botServer, round));
        }
        rows.push({ connections, echo: combineRounds(echoRounds), bot: combineRounds(botRounds), rounds: { echo: echoRounds, bot: botRounds } });
      }
      return rows;
    }),
  );
}

/** `count` conversations with one message each against a fresh server; its RSS before and after. */
function conversationsOn(ctx: PhaseContext, kind: BenchServerKind, count: number): Promise<ConversationsFigures> {
  return withServer(ctx, kind, async (server) => {
    const rssIdleMb = mb(server.rss());
    ctx.progress(`${kind}: ${count} conversations with one message each`);
    const load = await churnConversations(server.baseUrl, QUESTION_MIX, CHURN_CONNECTIONS, 2 * count, 1);
    return { rssIdleMb, rssAfterMb: mb(server.rss()), load: withServerErrors(load, server.errorLines()), errorSamples: server.errorSamples() };
  });
}

/** The memory phase: the bot, and the echo bot as the stack's own share. */
export async function conversationsPhase(ctx: PhaseContext, count: number): Promise<NonNullable<LoadReport['conversations']>> {
  return { count, bot: await conversationsOn(ctx, 'bot', count), echo: await conversationsOn(ctx, 'echo', count) };
}

/** `turns` requests (conversation starts included) against a fresh bot, RSS sampled every 10,000. */
export function soakPhase(ctx: PhaseContext, turns: number): Promise<NonNullable<LoadReport['soak']>> {
  return withServer(ctx, 'bot', async (server) => {
    const samples: RssSample[] = [];
    const chunks: LoadFigures[] = [];
    for (let done = 0; done < turns; ) {
      const amount = Math.min(SOAK_SAMPLE_EVERY, turns - done);
      chunks.push(await churnConversations(server.baseUrl, QUESTION_MIX, CHURN_CONNECTIONS, amount, SOAK_MESSAGES_PER_CONVERSATION));
      done += amount;
      samples.push({ turns: done, rssMb: mb(server.rss()) });
      ctx.progress(`soak: ${done} turns, RSS ${samples[samples.length - 1]!.rssMb} MB`);
    }
    const load = withServerErrors(sumFigures(chunks), server.errorLines());
    return { turns, failed: load.non2xx + load.errors, samples, load, errorSamples: server.errorSamples() };
  });
}

/** The start-up label of the baseline, run the servers' way. */
export const baselineStartUpLabel = (ctx: PhaseContext): string => `${ctx.baseline === 'floor' ? 'dialog floor' : 'echo bot'}, ${ctx.runtime === 'tsx' ? 'tsx' : 'dist'}`;

/**
 * Milliseconds from spawning the bot until its first welcome (wall clock, and CPU the process used), `runs` times
 * per runtime, and the baseline's the servers' way, in the same run for comparison: in alternating turns, so that
 * load from elsewhere on the machine hits both alike.
 */
export async function startUpPhase(ctx: PhaseContext, runtimes: readonly Runtime[], runs: number): Promise<LoadReport['startUp']> {
  const result: LoadReport['startUp'] = {};
  const plan: [string, BenchServerKind, Runtime][] = [
    ...runtimes.map((runtime): [string, BenchServerKind, Runtime] => [runtime === 'tsx' ? 'node --import tsx src/main.ts' : `node ${SERVER_BUNDLE}`, 'bot', runtime]),
    [baselineStartUpLabel(ctx), ctx.baseline, ctx.runtime],
  ];
  for (let i = 0; i < runs; i++) {
    for (const [label, kind, runtime] of i % 2 === 0 ? plan : [...plan].reverse()) {
      const measured = (result[label] ??= { wallMs: [], cpuMs: [] });
      const spawnedAt = performance.now();
      const server = await startChildServer(ctx.root, kind, runtime, ctx.env, ctx.nodeArgs);
      measured.wallMs.push(performance.now() - spawnedAt);
      measured.cpuMs.push(server.cpuMs());
      await server.stop();
    }
  }
  for (const [label, measured] of Object.entries(result)) ctx.progress(`start-up (${label}): ${measured.wallMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  return result;
}
