import { describe, expect, it } from 'vitest';
import { addDays, dayForQuestion, isValidOn, lastDayOf, newestDate, oldestDate, validityOn } from '../../../src/core/knowledge/dates.js';

describe('source dates as precise as their source', () => {
  it.each([
    ['2025', '2025-12-31'],
    ['2024-02', '2024-02-29'],
    ['2025-02', '2025-02-28'],
    ['2025-10-27', '2025-10-27'],
  ])('%s stands for days up to %s', (date, last) => {
    expect(lastDayOf(date)).toBe(last);
  });

  it.each([
    [['2025-10-27', '2025-12', '2024'], '2025-12'],
    [['2025', '2025-12-31'], '2025'],
    [['2025-12-01', '2025-11'], '2025-12-01'],
    [[undefined, '2019-03-01', undefined], '2019-03-01'],
  ] as const)('the newest of %j is %s', (dates, newest) => {
    expect(newestDate(dates)).toBe(newest);
  });

  it.each([
    [['2025-10-27', '2025-12', '2024'], '2024'],
    [['2025-07-01', '2025-07'], '2025-07'],
    [['2025-01-01', '2024-12'], '2024-12'],
    [[undefined, '2019-03-01', undefined], '2019-03-01'],
  ] as const)('the oldest of %j is %s', (dates, oldest) => {
    expect(oldestDate(dates)).toBe(oldest);
  });

  it('has no newest or oldest date without a dated source', () => {
    expect(newestDate([undefined, undefined])).toBeUndefined();
    expect(oldestDate([undefined, undefined])).toBeUndefined();
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-06', 90)).toBe('2027-03-06');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('validity periods', () => {
  const period = { validFrom: '2026-07-01', validUntil: '2027-07-31' };

  it.each([
    ['2026-06-30', 'notYet'],
    ['2026-07-01', 'valid'],
    ['2027-07-31', 'valid'],
    ['2027-08-01', 'ended'],
  ] as const)('on %s the period is %s', (today, state) => {
    expect(validityOn(period, today)).toBe(state);
    expect(isValidOn(period, today)).toBe(state === 'valid');
  });

  it('holds every day without bounds', () => {
    expect(validityOn({}, '1999-01-01')).toBe('valid');
  });
});

describe('dayForQuestion', () => {
  const today = '2026-12-06';
  it.each([
    ['Wie hoch war die Ausgleichsabgabe für 2024?', { day: '2024-12-31', year: 2024 }],
    ['Was gilt im Jahr 2027?', { day: '2027-01-01', year: 2027 }],
    ['Levy rates for 2025', { day: '2025-12-31', year: 2025 }],
    ['Ausgleichsabgabe für 2026', { day: today }],
    ['Seit 2019 arbeitet bei uns ein schwerbehinderter Kollege', { day: today }],
    ['Wir haben 2024 Mitarbeiter', { day: today }],
    ['Was ist das Budget für Arbeit?', { day: today }],
  ])('%s', (text, expected) => {
    expect(dayForQuestion(text, today)).toEqual(expected);
  });
});
