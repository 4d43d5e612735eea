import { describe, expect, it } from 'vitest';
import { AnalysedMessage, analysed } from '../../../src/core/text/analysedMessage.js';

describe('AnalysedMessage: what is read off a message once per turn', () => {
  it('runs each reader once and shares its result', () => {
    const message = new AnalysedMessage('Wir haben 85 Arbeitsplätze');
    let runs = 0;
    const words = (m: AnalysedMessage) => { runs++; return m.text.split(' '); };
    const first = message.get(words);
    expect(message.get(words)).toBe(first);
    expect(runs).toBe(1);
    expect(first).toEqual(['Wir', 'haben', '85', 'Arbeitsplätze']);
  });

  it('keeps the results of different readers apart, also a reader whose result is undefined', () => {
    const message = new AnalysedMessage('Hallo');
    let undefinedRuns = 0;
    const nothing = () => { undefinedRuns++; return undefined; };
    expect(message.get((m) => m.text.length)).toBe(5);
    expect(message.get(nothing)).toBeUndefined();
    expect(message.get(nothing)).toBeUndefined();
    expect(undefinedRuns).toBe(1);
  });

  it.each([
    ['８４ Mitarbeiter', '84 Mitarbeiter'],
    ['Schwer\u00ADbehindert', 'Schwerbehindert'],
  ])('a raw text is normalised first: %s', (raw, text) => {
    expect(analysed(raw).text).toBe(text);
  });

  it('takes a turn\'s analysis as it is', () => {
    const message = new AnalysedMessage('Hallo');
    expect(analysed(message)).toBe(message);
  });
});
