import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/host/rateLimiter.js';

describe('RateLimiter', () => {
  it('allows the limit per minute and key, then refuses with the seconds to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 100, () => now);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(true);
    now = 15_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.take('b').allowed).toBe(true);
    now = 60_000;
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('is switched off by a limit of 0', () => {
    const limiter = new RateLimiter(0);
    for (let i = 0; i < 1_000; i++) expect(limiter.take('a').allowed).toBe(true);
  });

  it('keeps a bounded number of keys', () => {
    let now = 0;
    const limiter = new RateLimiter(1, 10, () => now);
    for (let i = 0; i < 1_000; i++) { now += 1; limiter.take(`k${i}`); }
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(10);
  });
});
