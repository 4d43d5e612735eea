import { describe, expect, it } from 'vitest';
import { loadContent, understandFor } from '../../../src/core/content.js';
import { repoRoot } from './fixture.js';

// with the real content: the verb of a language request ("schreib", "reply") once counted as topic evidence and turned
// the request into a knowledge answer (a writing desk is an aid at the workplace)
const understand = understandFor(loadContent(repoRoot));

describe('a request for another language or plain German', () => {
  it.each([
    ['Schreib mir das bitte in Leichter Sprache', 'de-x-simple'],
    ['Kannst du in einfacher Sprache schreiben?', 'de-x-simple'],
    ['Schreib bitte einfacher', 'de-x-simple'],
    ['I do not speak German well. Can you reply in English?', 'en'],
    ['Could you write in German again?', 'de'],
  ])('"%s" asks for answers in %s', (q, language) => {
    expect(understand(q)).toMatchObject({ intent: 'language', language });
  });

  it('still answers the question when the request comes with one', () => {
    const u = understand('Erklär mir bitte in einfacher Sprache, was ein BEM ist');
    expect(u.intent).toBe('knowledge');
    expect(u.topics[0]?.id).toBe('bem');
  });
});
