import { describe, expect, it } from 'vitest';
import type { LoadFigures } from '../../src/bench/loadRuns.js';
import { combineRounds, cpuPerTurn, formatReport, median, type LoadReport } from '../../src/bench/report.js';

const run = (ok: number, durationSeconds: number, p99Ms: number, serverCpuMs: number): LoadFigures => ({
  connections: 10, durationSeconds, ok, turnsPerSecond: ok / durationSeconds, p50Ms: p99Ms / 2, p99Ms, non2xx: 1, errors: 0, serverCpuMs,
});

describe('bench report', () => {
  it.each([[[3, 1, 2], 2], [[4, 1, 3, 2], 2.5], [[7], 7]])('median of %j is %f', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('combines rounds: turns/s over the summed time, median latency, summed failures and CPU', () => {
    const combined = combineRounds([run(1000, 5, 10, 2000), run(500, 5, 30, 1000), run(1500, 5, 20, 3000)]);
    expect(combined.turnsPerSecond).toBe(200);
    expect(combined.p99Ms).toBe(20);
    expect(combined.non2xx).toBe(3);
    expect(cpuPerTurn(combined)).toBe(2);
  });

  it('prints latencies to 0.1 ms, also the median of two rounds', () => {
    const combined = combineRounds([run(1000, 5, 29.6, 2000), run(1000, 5, 29.8, 2000)]);
    const report: LoadReport = {
      baseline: 'floor', date: '2026-12-07', machine: { cores: 2, cpu: 'test', node: 'v20' }, runtime: 'test', startUp: {}, verdicts: [],
      throughput: [{ connections: 10, echo: combined, bot: combined, rounds: { echo: [], bot: [] } }],
    };
    const text = formatReport(report);
    expect(text).toContain(' 14.9  ');
    expect(text).toContain(' 29.7  ');
    expect(text).not.toMatch(/\d\.\d{2,} {2}/);
  });

  it('prints every verdict with PASS or FAIL', () => {
    const report: LoadReport = {
      baseline: 'echo',
      date: '2026-11-23', machine: { cores: 2, cpu: 'test', node: 'v20' }, runtime: 'bot: test', throughput: [], startUp: { dist: { wallMs: [900], cpuMs: [800] } },
      verdicts: [{ target: 'a', measured: '1', pass: true }, { target: 'b', measured: '2', pass: false }],
    };
    const text = formatReport(report);
    expect(text).toContain('PASS  a: 1');
    expect(text).toContain('FAIL  b: 2');
    expect(text).toContain('median 900 ms, CPU 800 ms');
  });
});
