import { describe, expect, it } from 'vitest';
import { literalAutomaton } from '../../../src/core/conversation/literalAutomaton.js';

/** Every text over `alphabet` up to `length` characters. */
const textsOver = (alphabet: string, length: number): string[] =>
  length === 0 ? [''] : textsOver(alphabet, length - 1).flatMap((t) => (t.length === length - 1 ? [t, ...[...alphabet].map((c) => t + c)] : [t]));

describe('literalAutomaton: which literals a text holds, in one pass', () => {
  it.each([
    [['he', 'she', 'his', 'hers']],
    [['a', 'ab', 'bab', 'bc', 'bca', 'c', 'caa']],
    [['aa', 'aaa', 'b', 'ab']],
    [['ß', 'üb', 'öß', ' b']],
  ])('finds %j exactly where includes does', (literals) => {
    const automaton = literalAutomaton(literals);
    const alphabet = [...new Set(literals.join('') + 'x')].join('');
    for (const text of textsOver(alphabet, 5)) {
      const found = automaton.occurring(text);
      expect(new Set(found).size, text).toBe(found.length);
      expect(found.sort((a, b) => a - b), text).toEqual(literals.flatMap((l, i) => (text.includes(l) ? [i] : [])));
    }
  });

  it('finds nothing without literals, and astral characters as their code units', () => {
    expect(literalAutomaton([]).occurring('abc')).toEqual([]);
    expect(literalAutomaton(['😀', 'a😀']).occurring('xa😀').sort()).toEqual([0, 1]);
  });
});
