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
    // round 11: the asker's own reading or German is a reason for plain language, not a learning disability
    ['Bitte alles in einfachen Worten, ich kann nicht so gut lesen.', 'de-x-simple'],
    ['Mein Deutsch ist nicht so gut, bitte einfacher.', 'de-x-simple'],
  ])('"%s" asks for answers in %s', (q, language) => {
    expect(understand(q)).toMatchObject({ intent: 'language', language });
  });

  it('an employee who cannot read well is still a question about training', () => {
    expect(understand('Unser Auszubildender kann nicht gut lesen. Welche Hilfe gibt es?').intent).toBe('knowledge');
  });

  it.each(['Wie funktioniert das hier? Ich kenne mich nicht aus.', 'I am new here, how do I use this?'])('"%s" asks for help with the chat', (q) => {
    expect(understand(q).intent).toBe('help');
  });

  it('still answers the question when the request comes with one', () => {
    const u = understand('Erklär mir bitte in einfacher Sprache, was ein BEM ist');
    expect(u.intent).toBe('knowledge');
    expect(u.topics[0]?.id).toBe('bem');
  });
});
