import { describe, expect, it } from 'vitest';
import { abbreviationPattern, prepareText, splitSentences, wordsOf } from '../../../src/core/language/index.js';

describe('splitSentences', () => {
  it.each([
    ['Sie zahlen bis 31. März.', ['Sie zahlen bis 31. März.']],
    ['Zahlen Sie bis 31.3. an das Amt.', ['Zahlen Sie bis 31.3. an das Amt.']],
    ['Bis 31.03.2026 zahlen. Dann ist es gut.', ['Bis 31.03.2026 zahlen.', 'Dann ist es gut.']],
    ['Das gilt ab 1.000 Euro. Dann zahlen Sie 2.820 Euro.', ['Das gilt ab 1.000 Euro.', 'Dann zahlen Sie 2.820 Euro.']],
    ['Das gilt bei 30 oder 40. Sie stellen den Antrag.', ['Das gilt bei 30 oder 40.', 'Sie stellen den Antrag.']],
    ['Das gilt am 1. und 2. Januar.', ['Das gilt am 1. und 2. Januar.']],
    ['Seit 2025 gilt das. Sie zahlen mehr.', ['Seit 2025 gilt das.', 'Sie zahlen mehr.']],
    ['Die Regel gilt seit 2025. Sie zahlen mehr.', ['Die Regel gilt seit 2025.', 'Sie zahlen mehr.']],
    ['Wichtig: Sie zahlen selbst.', ['Wichtig:', 'Sie zahlen selbst.']],
    ['Um 10:30 Uhr beginnt es.', ['Um 10:30 Uhr beginnt es.']],
    ['Hilfe finden', ['Hilfe finden']],
    ['Erste Zeile\nZweite Zeile', ['Erste Zeile', 'Zweite Zeile']],
    ['So geht es:\n\n- Punkt eins\n- Punkt zwei', ['So geht es:', '- Punkt eins', '- Punkt zwei']],
    ['1. Schritt: Antrag stellen.', ['1. Schritt:', 'Antrag stellen.']],
    ['Wirklich?! Ja.', ['Wirklich?!', 'Ja.']],
    ['Er sagt: „Gut.“ Dann geht er.', ['Er sagt:', '„Gut.“', 'Dann geht er.']],
    ['Sie fragen (im Amt.) Dann geht es.', ['Sie fragen (im Amt.)', 'Dann geht es.']],
    ['', []],
    [' - ', []],
  ])('%j', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('does not split at masked abbreviations', () => {
    expect(splitSentences('Sie bekommen z. B. Geld. Das ist gut.', [abbreviationPattern('z. B.')])).toEqual(['Sie bekommen z. B. Geld.', 'Das ist gut.']);
    expect(splitSentences('Sie bekommen z. B. Geld. Das ist gut.')).toEqual(['Sie bekommen z.', 'B.', 'Geld.', 'Das ist gut.']);
  });
});

describe('wordsOf and prepareText', () => {
  it.each([
    ['Die Arbeit-Geber zahlen.', ['Die', 'Arbeit-Geber', 'zahlen']],
    ['Sie und/oder er', ['Sie', 'und', 'oder', 'er']],
    ['„Hallo“, sagt sie – laut.', ['Hallo', 'sagt', 'sie', 'laut']],
    ['Nach § 160 sind es 2.820 Euro.', ['Nach', '160', 'sind', 'es', '2.820', 'Euro']],
    ['**Wichtig**: Das Integrations·amt', ['Wichtig', 'Das', 'Integrations·amt']],
  ])('%j', (text, expected) => {
    expect(wordsOf(text)).toEqual(expected);
  });

  it('counts a placeholder as one short word and a link as one word', () => {
    expect(wordsOf(prepareText('Schreiben Sie höchstens {{max}} Zeichen.'))).toEqual(['Schreiben', 'Sie', 'höchstens', 'X', 'Zeichen']);
    expect(wordsOf(prepareText('Mehr unter https://www.gesetze-im-internet.de/sgb_9_2018/__160.html und [hier](https://bih.de/x).'))).toEqual(['Mehr', 'unter', 'Link', 'und', 'hier']);
  });
});
