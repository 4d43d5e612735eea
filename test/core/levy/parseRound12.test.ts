import { describe, expect, it } from 'vitest';
import { findMonthRanges, inCalendarYear, parseLevyQuestion, readLevyQuestion } from '../../../src/core/levy/index.js';
import { percentTokenIndices } from '../../../src/core/text/tokenize.js';

describe('levy figures, round 12', () => {
  it.each([
    // gleichgestellte "davon" are among the disabled people counted, not added to them
    ['Wir haben 150 Arbeitsplätze, 5 Schwerbehinderte, 2 davon gleichgestellt.', { workplaces: 150, employed: 5 }],
    // named beside them, they are added as before
    ['Wir haben 150 Arbeitsplätze, 5 Schwerbehinderte und 2 Gleichgestellte.', { workplaces: 150, employed: 7 }],
    // "sinds", "es waren": the head count from 20 on; a small count alone may be the disabled people
    ['Oh, mit dem Partyservice sinds 45.', { workplaces: 45 }],
    ['Korrektur: es waren 61.', { workplaces: 61 }],
    ['Es sind 3.', {}],
    // a "without" that ends its clause is nobody disabled
    ['Und 2023, ganz ohne?', { employed: 0, year: 2023 }],
    // an exact workplace count after an approximate one replaces it; an exact part does not
    ['Gut 200 Leute, genau 188 Arbeitsplätze, 4 schwerbehindert.', { workplaces: 188, employed: 4 }],
    ['Gut 200 Leute, genau 20 davon in Teilzeit.', { workplaces: 200, approximate: true }],
  ])('%s', (text, expected) => {
    expect(parseLevyQuestion(text)).toEqual(expected);
  });

  it('says how many gleichgestellte a "davon" part names', () => {
    expect(readLevyQuestion('90 Stellen, davon 4 schwerbehindert, einer davon gleichgestellt').equalised).toBe(1);
  });

  it('reads a year named relative to today and makes it a calendar year', () => {
    expect(parseLevyQuestion('und mit denselben Zahlen für dieses Jahr?')).toEqual({ yearFromNow: 0 });
    expect(parseLevyQuestion('Was hätten wir im Vorjahr gezahlt?')).toEqual({ yearFromNow: -1 });
    expect(parseLevyQuestion('and next year?')).toEqual({ yearFromNow: 1 });
    // a year in digits wins
    expect(parseLevyQuestion('letztes Jahr, also 2024')).toEqual({ year: 2024 });
    expect(inCalendarYear({ workplaces: 50, yearFromNow: -1 }, '2026-12-07')).toEqual({ workplaces: 50, year: 2025 });
  });

  it('reads "kam erst im April dazu" as there from April, but not a late payment', () => {
    expect(findMonthRanges('der vierte kam erst im april dazu').map(({ from, to }) => ({ from, to }))).toEqual([{ from: 4, to: 12 }]);
    expect(findMonthRanges('sie wurde erst im märz eingestellt').map(({ from, to }) => ({ from, to }))).toEqual([{ from: 3, to: 12 }]);
    expect(findMonthRanges('was passiert, wenn wir erst im juni überweisen?')).toEqual([]);
  });

  it('finds numbers written in per cent, also both of a range', () => {
    expect([...percentTokenIndices('etwa 30-40% Leute mit Behinderung, 45 MA')]).toEqual([1, 2]);
    expect([...percentTokenIndices('mit 25 % Schwerbehinderten bei 60 Beschäftigten')]).toEqual([1]);
    expect(percentTokenIndices('60 Beschäftigte').size).toBe(0);
  });
});
