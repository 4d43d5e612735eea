import { describe, expect, it } from 'vitest';
import { saysOnlyOne } from '../../../src/core/levy/statedCounts.js';

// one sentence for each form of ONLY_ONE (statedCounts.ts), in the cases users write; saysOnlyOne scans for "einzige" or
// "only" first, so a form that lacked both words would fail here
describe('saysOnlyOne: every form of "the only disabled one"', () => {
  it.each([
    'Wir haben 85 Mitarbeiter und er ist der einzige.',
    'Sie ist bei uns unsere einzige Schwerbehinderte',
    'SIE IST DIE EINZIGE',
    'er ist unser einziger',
    'die einzigen schwerbehinderten Kollegen',
    'Der einzige Schwer-Behinderte ist im Lager',
    'We have 85 staff and she is the only one.',
    'He is our only severely disabled employee',
    'THE ONLY SEVERELY DISABLED person',
  ])('%s', (text) => {
    expect(saysOnlyOne(text)).toBe(true);
  });

  it.each([
    'Wir haben 85 Mitarbeiter, er ist der einzige Azubi',
    'she is the only apprentice',
    'Wir haben 85 Mitarbeiter und zwei Schwerbehinderte',
    'one of them is disabled',
  ])('not: %s', (text) => {
    expect(saysOnlyOne(text)).toBe(false);
  });
});
