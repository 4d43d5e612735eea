import { describe, expect, it } from 'vitest';
import { tooManyRequests } from '../../src/host/httpErrors.js';

describe('tooManyRequests (the one 429 both the web chat and /api/messages send)', () => {
  it.each([1, 45])('refuses with 429, a fixed text and Retry-After %i', (seconds) => {
    expect(tooManyRequests(seconds)).toEqual({ status: 429, error: 'too many requests, please wait a moment', headers: { 'Retry-After': String(seconds) } });
  });
});
