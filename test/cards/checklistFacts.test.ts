import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../src/cards/checklistFacts.js';

describe('firstSentence (the one line that says what a programme is)', () => {
  it.each([
    ['Ein Satz. Noch einer.', 'Ein Satz.'],
    ['Hilfe z. B. für Rampen. Danach mehr.', 'Hilfe z. B. für Rampen.'],
    ['Nach § 90 Abs. 4 SGB III sinkt er. Danach mehr.', 'Nach § 90 Abs. 4 SGB III sinkt er.'],
    ['Bis zu 70 %. 24 Monate lang.', 'Bis zu 70 %.'],
    ['Only one sentence without an end', 'Only one sentence without an end'],
    ['Is it paid? Yes, by the Agentur. More later.', 'Is it paid? Yes, by the Agentur.'],
  ])('%j → %j', (text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });
});
