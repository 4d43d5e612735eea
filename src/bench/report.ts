import { cpus } from 'node:os';
import { formatLatency, type LoadFigures } from './loadRuns.js';
import type { RssSample, Verdict } from './targets.js';

/** Memory of one server before and after many short conversations. */
export interface ConversationsFigures {
  rssIdleMb: number;
  rssAfterMb: number;
  load: LoadFigures;
  errorSamples: readonly string[];
}

/** Everything one `npm run bench:load` run measured. */
export interface LoadReport {
  date: string;
  machine: { cores: number; cpu: string; node: string };
  runtime: string;
  /** What the throughput rows' `echo` figures are: the echo bot or the dialog floor (the echo through a DialogSet). */
  baseline: 'echo' | 'floor';
  throughput: { connections: number; echo: LoadFigures; bot: LoadFigures; rounds: { echo: LoadFigures[]; bot: LoadFigures[] } }[];
  /** Per way of running the bot: wall-clock and CPU milliseconds from spawn to the first welcome, per run. */
  startUp: Record<string, { wallMs: number[]; cpuMs: number[] }>;
  conversations?: { count: number; bot: ConversationsFigures; echo: ConversationsFigures };
  soak?: { turns: number; failed: number; samples: RssSample[]; load: LoadFigures; errorSamples: readonly string[] };
  verdicts: Verdict[];
}

/** Node version, core count and CPU model of this machine. */
export const describeMachine = (): LoadReport['machine'] => ({ cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version });

/** Megabytes from bytes. */
export const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** The middle value. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Server CPU milliseconds per answered turn. */
export const cpuPerTurn = (f: LoadFigures): number => (f.ok > 0 ? (f.serverCpuMs ?? 0) / f.ok : 0);

const row = (cells: (string | number)[], widths: number[]): string => cells.map((c, i) => String(c).padStart(widths[i]!)).join('  ');

/** The report as text: throughput table, start-up, memory, soak and the verdicts. */
export function formatReport(report: LoadReport): string {
  const lines: string[] = [];
  const { machine } = report;
  lines.push(`bench:load ${report.date}  node ${machine.node}, ${machine.cores} cores (${machine.cpu}); ${report.runtime}`, '');
  const widths = [6, 12, 9, 8, 8, 7, 7, 16];
  lines.push(`baseline: ${report.baseline === 'floor' ? 'floor = the echo through a DialogSet (dialog floor)' : 'echo = echo bot'}`);
  lines.push(row(['server', 'concurrency', 'turns/s', 'p50 ms', 'p99 ms', 'non2xx', 'errors', 'server CPU/turn'], widths));
  for (const { echo, bot } of report.throughput) {
    for (const [name, f] of [[report.baseline, echo], ['bot', bot]] as const) {
      lines.push(row([name, f.connections, f.turnsPerSecond.toFixed(0), formatLatency(f.p50Ms), formatLatency(f.p99Ms), f.non2xx, f.errors, `${cpuPerTurn(f).toFixed(2)} ms`], widths));
    }
  }
  for (const { echo, bot } of report.throughput) {
    for (const [name, f] of [[report.baseline, echo], ['bot', bot]] as const) {
      if ((f.warmupErrors ?? 0) > 0) lines.push(`  ${name} at ${f.connections} conversations: ${f.warmupErrors} requests failed in the warm-up (timeouts of connections waiting to be accepted)`);
    }
  }
  for (const [label, { wallMs, cpuMs }] of Object.entries(report.startUp)) {
    lines.push('', `start-up to first answer (${label}): median ${median(wallMs).toFixed(0)} ms, CPU ${median(cpuMs).toFixed(0)} ms  (runs: ${wallMs.map((r) => r.toFixed(0)).join(', ')} ms)`);
  }
  const { conversations, soak } = report;
  if (conversations) {
    lines.push('', `${conversations.count} conversations (one message each), RSS idle → after:`);
    for (const [name, c] of [['bot', conversations.bot], ['echo', conversations.echo]] as const) {
      lines.push(`  ${name.padEnd(4)}  ${c.rssIdleMb} MB → ${c.rssAfterMb} MB   (${c.load.turnsPerSecond.toFixed(0)} requests/s, p99 ${formatLatency(c.load.p99Ms)} ms, ${c.load.non2xx + c.load.errors} failed)`);
    }
  }
  if (soak) {
    lines.push('', `soak: ${soak.turns} turns, ${soak.failed} failed, ${soak.load.turnsPerSecond.toFixed(0)} turns/s, p99 ${formatLatency(soak.load.p99Ms)} ms`);
    lines.push(`  RSS: ${soak.samples.map((s) => `${s.turns / 1000}k ${s.rssMb}`).join(' · ')} MB`);
  }
  const errorSamples = [...(conversations?.bot.errorSamples ?? []), ...(conversations?.echo.errorSamples ?? []), ...(soak?.errorSamples ?? [])];
  if (errorSamples.length > 0) lines.push('', 'server errors (first lines):', ...errorSamples.map((l) => `  ${l}`));
  lines.push('', 'targets');
  for (const v of report.verdicts) lines.push(`  ${v.pass ? 'PASS' : 'FAIL'}  ${v.target}: ${v.measured}`);
  return lines.join('\n');
}

/** Adds up the figures of consecutive runs (the soak runs in chunks); latencies are the worst chunk's. */
export function sumFigures(runs: readonly LoadFigures[]): LoadFigures {
  const durationSeconds = runs.reduce((s, r) => s + r.durationSeconds, 0);
  const ok = runs.reduce((s, r) => s + r.ok, 0);
  return {
    connections: runs[0]?.connections ?? 0,
    durationSeconds,
    ok,
    turnsPerSecond: durationSeconds > 0 ? ok / durationSeconds : 0,
    p50Ms: Math.max(0, ...runs.map((r) => r.p50Ms)),
    p99Ms: Math.max(0, ...runs.map((r) => r.p99Ms)),
    non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
    errors: runs.reduce((s, r) => s + r.errors, 0),
    warmupErrors: runs.reduce((s, r) => s + (r.warmupErrors ?? 0), 0),
    serverCpuMs: runs.reduce((s, r) => s + (r.serverCpuMs ?? 0), 0),
  };
}

/** Alternating rounds of one server as one figure: turns/s over the summed time, median p50 and p99, summed failures. */
export function combineRounds(rounds: readonly LoadFigures[]): LoadFigures {
  return { ...sumFigures(rounds), p50Ms: median(rounds.map((r) => r.p50Ms)), p99Ms: median(rounds.map((r) => r.p99Ms)) };
}
