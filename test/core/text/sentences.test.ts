import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text/sentences.js';

const CASES: [text: string, sentences: string[]][] = [
  ['Er hat einen GdB von 60. Können wir ihm kündigen?', ['Er hat einen GdB von 60.', 'Können wir ihm kündigen?']],
  ['Wir sind 19. Ich frage mich, ob wir zahlen.', ['Wir sind 19.', 'Ich frage mich, ob wir zahlen.']],
  ['We have 84 staff. How much do we pay?', ['We have 84 staff.', 'How much do we pay?']],
  ['Der 3. Mitarbeiter ist schwerbehindert.', ['Der 3. Mitarbeiter ist schwerbehindert.']],
  ['Am 1. Januar fängt sie an. Was nun?', ['Am 1. Januar fängt sie an.', 'Was nun?']],
  ['Wir haben ca. 80 MA, z. B. in der Halle.', ['Wir haben ca. 80 MA, z. B. in der Halle.']],
  ['Stadtverwaltung Warburg: Wir suchen die Ansprechstelle.', ['Stadtverwaltung Warburg:', 'Wir suchen die Ansprechstelle.']],
  ['Praxis, 9 Mitarbeiter: müssen wir zahlen?', ['Praxis, 9 Mitarbeiter:', 'müssen wir zahlen?']],
  ['Die Quote gilt: 5 % der Arbeitsplätze.', ['Die Quote gilt: 5 % der Arbeitsplätze.']],
];

describe('splitSentences', () => {
  it.each(CASES)('"%s"', (text, sentences) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(sentences);
  });
});
