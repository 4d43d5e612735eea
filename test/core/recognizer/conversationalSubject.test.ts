import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { repoRoot } from './fixture.js';

// a greeting or a help word beside a question about a known subject outside the remit is that subject's question
const { understand } = loadUnderstand(repoRoot);

const CASES: [question: string, intent: string][] = [
  ['Moin! Wie hoch ist eigentlich die Umsatzsteuer auf Catering?', 'out-of-scope'],
  ['Hello, could you help me with the payroll for our cleaner?', 'out-of-scope'],
  ['Guten Morgen', 'greeting'],
  ['Hilfe', 'help'],
  ['Was kannst du alles?', 'help'],
];

describe('a greeting or help word with a question', () => {
  it.each(CASES)('%s → %s', (question, intent) => {
    expect(understand(question).intent).toBe(intent);
  });
});
