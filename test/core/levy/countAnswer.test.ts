import { describe, expect, it } from 'vitest';
import { parseCountAnswer } from '../../../src/core/levy/index.js';

describe('parseCountAnswer: an article is a count only alone or before a person word', () => {
  it.each([
    ['eine', 1],
    ['Einen.', 1],
    ['keiner', 0],
    ['keinen einzigen', 0],
    ['nur eine Kollegin', 1],
    ['Einer ist gleichgestellt', 1],
    ['one of them', 1],
    ['none', 0],
    ['so um die 90', 90],
    ['zweihundert', 200],
  ])('%s → %s', (text, count) => {
    expect(parseCountAnswer(text)).toBe(count);
  });

  it.each([
    'Lassen wir das. Was ist eigentlich ein Budget für Arbeit?',
    'Gibt es dafür eine Förderung?',
    'Ich habe eine Frage zur Kündigung',
    'What is an EAA?',
  ])('%s → no count', (text) => {
    expect(parseCountAnswer(text)).toBeUndefined();
  });
});
