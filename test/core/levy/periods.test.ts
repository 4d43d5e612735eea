import { describe, expect, it } from 'vitest';
import { findMonthRanges, statedEqualised } from '../../../src/core/levy/index.js';

const ranges = (text: string) => findMonthRanges(text.toLowerCase()).map(({ from, to }) => [from, to]);

describe('month ranges as people write them', () => {
  it.each([
    ['nur von Januar bis Juni', [[1, 6]]],
    ['Jan.–Juni', [[1, 6]]],
    ['vom 1. März bis Ende Mai', [[3, 5]]],
    ['seit Juli', [[7, 12]]],
    ['ab dem 1. April', [[4, 12]]],
    ['seit dem 1.10.', [[10, 12]]],
    ['bis Ende Juni', [[1, 6]]],
    ['nur im März', [[3, 3]]],
    ['für drei Monate', [[1, 3]]],
    ['seit 4 Monaten', [[1, 4]]],
    ['ein halbes Jahr', [[1, 6]]],
    ['die zweite Jahreshälfte', [[7, 12]]],
    ['das ganze Jahr', [[1, 12]]],
    ['from January to June', [[1, 6]]],
    ['since July', [[7, 12]]],
    ['between March and May', [[3, 5]]],
    ['for six months', [[1, 6]]],
    ['all year', [[1, 12]]],
  ])('%s → %j', (text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });

  it.each(['bis 31. März zahlen', 'die Hälfte der Mitarbeiter', 'von Juli bis März', 'ein paar Monate', 'we may hire someone'])('%s is no period', (text) => {
    expect(ranges(text)).toEqual([]);
  });
});

describe('gleichgestellte people an employer states about the own staff', () => {
  it.each([
    ['Eine Mitarbeiterin von uns ist gleichgestellt. Bekommt sie Zusatzurlaub?', 1],
    ['Zwei unserer Kollegen sind gleichgestellt, was heißt das für uns?', 2],
    ['Die Gleichstellung unseres Lageristen wurde bewilligt.', 1],
    ['Our warehouse clerk has equal status since March.', 1],
    ['Unsere Buchhalterin ist gleichgestellt – was bedeutet das für die Ausgleichsabgabe?', 1],
  ])('%s → %d', (text, expected) => {
    expect(statedEqualised(text)).toBe(expected);
  });

  it.each([
    'Zählt ein gleichgestellter Mitarbeiter für die Quote?',
    'Ist unser Lagerist gleichgestellt, wenn er GdB 30 hat?',
    'Unser Kollege ist nicht gleichgestellt.',
    'Was bedeutet gleichgestellt?',
  ])('%s states none', (text) => {
    expect(statedEqualised(text)).toBeUndefined();
  });
});
