import { describe, expect, it } from 'vitest';
import { quantile, windowFigures, type TimedResponse } from '../../src/bench/loadRuns.js';

const answer = (sentAt: number, answeredAt: number, status = 200): TimedResponse => ({ sentAt, answeredAt, status });

describe('windowFigures (the measured window of one load run)', () => {
  it('takes latencies only from requests sent in the window, throughput from answers completed in it', () => {
    const responses = [
      answer(0, 1_900), // a connection's first request, waiting before the window: completes in it, its latency does not count
      answer(100, 400), // before the window
      answer(1_000, 1_010),
      answer(1_010, 1_030),
      answer(1_030, 1_060, 503),
      answer(1_900, 2_100), // completes after the window
    ];
    const figures = windowFigures(4, responses, 1_000, 2_000, 0);
    expect(figures.durationSeconds).toBe(1);
    expect(figures.ok).toBe(3);
    expect(figures.turnsPerSecond).toBe(3);
    expect(figures.non2xx).toBe(1);
    expect(figures.p50Ms).toBe(20);
    expect(figures.p99Ms).toBe(30);
  });

  it('gives zeros for an empty window', () => {
    expect(windowFigures(1, [], 0, 0, 2)).toMatchObject({ ok: 0, turnsPerSecond: 0, p50Ms: 0, p99Ms: 0, errors: 2 });
  });
});

describe('quantile', () => {
  it('is the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(values, 0.5)).toBe(50);
    expect(quantile(values, 0.99)).toBe(99);
    expect(quantile(values, 1)).toBe(100);
    expect(quantile([7], 0.99)).toBe(7);
  });
});
