import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../src/core/content.js';
import { PROJECT_ROOT } from '../../src/paths.js';

const { understand } = loadUnderstand(PROJECT_ROOT);

// asking for an answer language with a verb of answering or writing is a language request, not a topic question
describe('language requests with "antworten", "reply", "schreiben"', () => {
  it.each([
    ['Kannst du bitte wieder auf Deutsch antworten?', 'de'],
    ['Antworte bitte auf Deutsch', 'de'],
    ['Können Sie bitte auf Englisch antworten?', 'en'],
    ['Please reply in German', 'de'],
    ['Schreiben Sie auf Deutsch', 'de'],
  ])('%s → %s', (text, language) => {
    const u = understand(text);
    expect(u.intent).toBe('language');
    expect(u.language).toBe(language);
  });

  it('answers a question that also asks for a language', () => {
    expect(understand('Wie hoch ist die Ausgleichsabgabe? Bitte auf Deutsch antworten.').topics[0]?.id).toBe('ausgleichsabgabe');
  });
});
