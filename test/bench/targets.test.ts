import { describe, expect, it } from 'vitest';
import type { LoadFigures } from '../../src/bench/loadRuns.js';
import { compareWithEcho, conversationsVerdicts, soakVerdicts, startUpToFloorVerdict, startUpVerdict } from '../../src/bench/targets.js';

const figures = (turnsPerSecond: number, p99Ms: number, failed = 0): LoadFigures => ({
  connections: 10, durationSeconds: 10, ok: turnsPerSecond * 10, turnsPerSecond, p50Ms: 1, p99Ms, non2xx: failed, errors: 0,
});

describe('compareWithEcho', () => {
  it.each([
    ['equal to echo', 1000, 20, [true, true, true]],
    ['exactly 70 % and 1.5 ×', 700, 30, [true, true, true]],
    ['just under 70 %', 699, 20, [false, true, true]],
    ['p99 just over 1.5 ×', 1000, 31, [true, false, true]],
  ])('%s', (_label, botTurns, botP99, passes) => {
    const verdicts = compareWithEcho(figures(botTurns, botP99), figures(1000, 20));
    expect(verdicts.map((v) => v.pass)).toEqual(passes);
  });

  it.each([
    ['exactly 80 % of the dialog floor', 800, true],
    ['just under 80 % of the dialog floor', 799, false],
  ])('%s', (_label, botTurns, pass) => {
    expect(compareWithEcho(figures(botTurns, 20), figures(1000, 20), 'floor')[0]!.pass).toBe(pass);
  });

  it('fails when the bot answered any request with an error status', () => {
    expect(compareWithEcho(figures(1000, 20, 1), figures(1000, 20))[2]!.pass).toBe(false);
  });

  it('treats an echo p99 under a millisecond as 1 ms', () => {
    expect(compareWithEcho(figures(1000, 1), figures(1000, 0))[1]!.pass).toBe(true);
  });
});

describe('single targets', () => {
  it.each([[1250, 1000, true], [1251, 1000, false]])('start-up of %i ms against a dialog floor of %i ms passes: %s', (bot, floor, pass) => {
    expect(startUpToFloorVerdict(bot, floor).pass).toBe(pass);
  });

  it.each([[1499, true], [1500, false]])('start-up of %i ms passes: %s', (ms, pass) => {
    expect(startUpVerdict('dist', ms).pass).toBe(pass);
  });

  it.each([[149.9, 0, [true, true]], [150, 0, [false, true]], [100, 3, [true, false]]])('RSS %f MB with %i failures', (rss, failed, passes) => {
    expect(conversationsVerdicts(10_000, rss, failed).map((v) => v.pass)).toEqual(passes);
  });
});

describe('soakVerdicts', () => {
  const samples = (rss: number[]) => rss.map((rssMb, i) => ({ turns: (i + 1) * 10_000, rssMb }));

  it.each([
    ['flat after the baseline', [300, 200, 210, 205], true],
    ['exactly +10 % over the sample at 20,000 turns', [100, 200, 210, 220], true],
    ['growing beyond +10 %', [100, 200, 215, 221], false],
  ])('%s', (_label, rss, pass) => {
    expect(soakVerdicts(40_000, 0, samples(rss))[1]!.pass).toBe(pass);
  });

  it('fails on any failed turn', () => {
    expect(soakVerdicts(40_000, 1, samples([100, 100]))[0]!.pass).toBe(false);
  });

  it('compares with the first sample when the soak is shorter than the baseline', () => {
    expect(soakVerdicts(10_000, 0, samples([100]))[1]!.pass).toBe(true);
  });
});
