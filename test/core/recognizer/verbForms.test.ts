import { describe, expect, it } from 'vitest';
import { verbNounBases } from '../../../src/core/recognizer/verbForms.js';

describe('verbNounBases', () => {
  it.each([
    ['vermittelt', ['vermittel', 'vermittl']],
    ['angepassten', ['anpass']],
    ['gefordert', ['forder', 'fordr']],
    ['unterstutzt', ['unterstutz']],
    ['begleitet', ['begleit']],
    ['eingestellt', ['einstell']],
    ['gekundigt', ['kundig']],
    ['hat', []],
    ['geht', []],
    ['arbeiten', []],
  ])('%s → %j', (folded, bases) => {
    expect(verbNounBases(folded)).toEqual(bases);
  });
});
