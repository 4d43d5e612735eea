import { formatLatency, type LoadFigures } from './loadRuns.js';

/** The targets of issue 8; throughput and latency as ratios to the echo bot measured in the same run. */
export const TARGETS = {
  minThroughputRatio: 0.7,
  /** Issue 17: against the dialog floor, at least 0.8 × its throughput and a start-up within 1.25 × its own. */
  minThroughputRatioToFloor: 0.8,
  maxStartUpRatioToFloor: 1.25,
  maxP99Ratio: 1.5,
  maxStartUpMs: 1500,
  maxRssAfterConversationsMb: 150,
  /** The last soak sample may exceed the one taken at `soakBaselineTurns` by this fraction at most. */
  maxSoakGrowth: 0.1,
  soakBaselineTurns: 20_000,
} as const;

/** One target and whether the run met it. */
export interface Verdict {
  target: string;
  measured: string;
  pass: boolean;
}

/** An RSS sample of the soak. */
export interface RssSample {
  turns: number;
  rssMb: number;
}

const percent = (x: number): string => `${(100 * x).toFixed(0)} %`;

/** The throughput and p99 verdicts of the bot against the baseline (echo bot or dialog floor) at one concurrency. */
export function compareWithEcho(bot: LoadFigures, echo: LoadFigures, baseline: 'echo' | 'floor' = 'echo'): Verdict[] {
  const minRatio = baseline === 'floor' ? TARGETS.minThroughputRatioToFloor : TARGETS.minThroughputRatio;
  const throughputRatio = echo.turnsPerSecond > 0 ? bot.turnsPerSecond / echo.turnsPerSecond : 0;
  // A p99 of 0 ms (all answers under a millisecond) is counted as 1 ms so the ratio stays finite.
  const p99Ratio = bot.p99Ms / Math.max(1, echo.p99Ms);
  const failed = bot.non2xx + bot.errors;
  return [
    { target: `turns/s at ${bot.connections} conversations ≥ ${percent(minRatio)} of ${baseline}`, measured: `${percent(throughputRatio)} (${bot.turnsPerSecond.toFixed(0)} vs ${echo.turnsPerSecond.toFixed(0)})`, pass: throughputRatio >= minRatio },
    { target: `p99 at ${bot.connections} conversations ≤ ${TARGETS.maxP99Ratio} × ${baseline}`, measured: `${p99Ratio.toFixed(2)} × (${formatLatency(bot.p99Ms)} ms vs ${formatLatency(echo.p99Ms)} ms)`, pass: p99Ratio <= TARGETS.maxP99Ratio },
    { target: `no failed requests at ${bot.connections} conversations`, measured: `${failed}`, pass: failed === 0 },
  ];
}

/** Start-up to the first answer. */
export function startUpVerdict(label: string, ms: number): Verdict {
  return { target: `start-up to first answer (${label}) < ${TARGETS.maxStartUpMs} ms`, measured: `${ms.toFixed(0)} ms`, pass: ms < TARGETS.maxStartUpMs };
}

/** Start-up of the bot within 1.25 × the dialog floor's, measured in the same run. */
export function startUpToFloorVerdict(botMs: number, floorMs: number): Verdict {
  const ratio = botMs / Math.max(1, floorMs);
  return { target: `start-up ≤ ${TARGETS.maxStartUpRatioToFloor} × the dialog floor's`, measured: `${ratio.toFixed(2)} × (${botMs.toFixed(0)} ms vs ${floorMs.toFixed(0)} ms)`, pass: ratio <= TARGETS.maxStartUpRatioToFloor };
}

/** Memory after many conversations, and that none of their requests failed. */
export function conversationsVerdicts(conversations: number, rssMb: number, failed: number): Verdict[] {
  return [
    { target: `RSS after ${conversations} conversations < ${TARGETS.maxRssAfterConversationsMb} MB`, measured: `${rssMb.toFixed(1)} MB`, pass: rssMb < TARGETS.maxRssAfterConversationsMb },
    { target: `no failed requests in ${conversations} conversations`, measured: `${failed}`, pass: failed === 0 },
  ];
}

/** The soak: no failure, and the last RSS sample within the allowed growth over the baseline sample. */
export function soakVerdicts(turns: number, failed: number, samples: readonly RssSample[]): Verdict[] {
  const baseline = samples.find((s) => s.turns >= TARGETS.soakBaselineTurns) ?? samples[0];
  const last = samples[samples.length - 1];
  const growth = baseline && last ? last.rssMb / baseline.rssMb - 1 : Number.NaN;
  return [
    { target: `soak of ${turns} turns without failure`, measured: `${failed} failed`, pass: failed === 0 },
    {
      target: `soak memory flat (last ≤ +${percent(TARGETS.maxSoakGrowth)} over the sample at ${baseline?.turns ?? '?'} turns)`,
      measured: baseline && last ? `${baseline.rssMb.toFixed(1)} → ${last.rssMb.toFixed(1)} MB (${growth >= 0 ? '+' : ''}${(100 * growth).toFixed(1)} %)` : 'no samples',
      // Rounded to 0.1 %, so that exactly +10 % is not lost to floating point.
      pass: Math.round(growth * 1000) <= TARGETS.maxSoakGrowth * 1000,
    },
  ];
}
