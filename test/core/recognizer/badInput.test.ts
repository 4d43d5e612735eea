import { describe, expect, it } from 'vitest';
import { fixtureRecognizer } from './fixture.js';

const recognizer = fixtureRecognizer();

const signature = [
  'Sehr geehrte Damen und Herren,',
  'wir möchten wissen, ob wir Ausgleichsabgabe zahlen müssen.',
  '',
  'Mit freundlichen Grüßen',
  'Max Mustermann',
  'Geschäftsführer | Mustermann Metallbau GmbH',
  'Tel. +49 211 000000 | max@example.org | www.example.org',
].join('\n');

describe('recognizer: bad input never throws', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '   \n\t  '],
    ['only emoji', '🙂🙈🎉👍'],
    ['only punctuation', '?!?!...;;'],
    ['5,000 characters', 'Blablabla '.repeat(500)],
    ['HTML without words of the domain', '<div class="x"><img src=x onerror=alert(1)><br/></div>'],
    ['random garbage', 'xq7#@! zzkqw ÿÿÿ 0x00ff \u0000 \uFFFF'],
    ['SQL injection', "'; DROP TABLE users; --"],
    ['very long word', 'a'.repeat(5000)],
    ['numbers only', '123 456 7890'],
  ])('%s → out-of-scope or dont-know', (_name, text) => {
    const r = recognizer.recognize(text);
    expect(['out-of-scope', 'knowledge']).toContain(r.intent);
    expect(r.decision).toBe('dont-know');
    expect(r.topics).toEqual([]);
  });

  it('survives non-string input from a careless caller', () => {
    expect(() => recognizer.recognize(undefined as unknown as string)).not.toThrow();
    expect(recognizer.recognize(null as unknown as string).decision).toBe('dont-know');
  });

  it('finds the question in a pasted e-mail with signature', () => {
    expect(recognizer.recognize(signature).topics[0]?.id).toBe('ausgleichsabgabe');
  });

  it('finds the question inside markup', () => {
    expect(recognizer.recognize('<p>Wie hoch ist die <b>Ausgleichsabgabe</b>?</p>').topics[0]?.id).toBe('ausgleichsabgabe');
  });

  // Its speed is a benchmark figure (`npm run bench`, worst case), not a timed test.
  it('answers a question hidden in the first part of a 5,000-character message', () => {
    const long = `Ausgleichsabgabe Höhe ${'und so weiter '.repeat(400)}`;
    expect(recognizer.recognize(long).topics[0]?.id).toBe('ausgleichsabgabe');
  });
});
