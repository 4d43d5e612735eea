import { describe, expect, it } from 'vitest';
import { parseCountAnswer, parseLevyQuestion } from '../../../src/core/levy/index.js';

describe('levy figures, round 11', () => {
  it.each([
    ['Wir sind 30 Leute: vier Azubis und eine Reinigungskraft mit 8 Stunden, sonst Vollzeit.', { workplaces: 25, notCounted: { trainees: 4, shortPartTime: 1 } }],
    ['das sind 140 ohne Auszubildende, davon 5 schwerbehindert', { workplaces: 140, employed: 5 }],
    ['Mit den Aushilfen sind wir eigentlich 31 – fünf Minijobber mit je 6 Stunden.', { workplaces: 26, notCounted: { shortPartTime: 5 } }],
    ['Kann man Aufträge an eine Behindertenwerkstatt anrechnen?', {}],
  ])('%s', (text, expected) => {
    expect(parseLevyQuestion(text)).toEqual(expected);
  });

  it('reads no count from hours or a compound of "behindert"', () => {
    expect(parseCountAnswer('zählen die Aushilfen mit 10 Stunden mit?')).toBeUndefined();
    expect(parseCountAnswer('eine Behindertenwerkstatt')).toBeUndefined();
    // the card itself still names disabled people
    expect(parseLevyQuestion('Wir haben 45 Mitarbeiter, zwei mit Schwerbehindertenausweis.')).toEqual({ workplaces: 45, employed: 2 });
    expect(parseCountAnswer('so um die 70')).toBe(70);
    expect(parseCountAnswer('eine schwerbehinderte')).toBe(1);
  });
});
