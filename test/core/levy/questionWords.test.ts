import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asksAboutDuty, asksForCalculation, LEVY_QUESTION_WORDS_FILE, loadLevyQuestionWords } from '../../../src/core/levy/index.js';
import { ContentValidationError } from '../../../src/core/knowledge/validationError.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const words = loadLevyQuestionWords(PROJECT_ROOT);

describe('levy question words (data/levy/question-words.json)', () => {
  it.each([
    ['Was müssen wir zahlen? 80 Stellen, 3 besetzt', true],
    ['Wie hoch sind die Kosten bei 45 MA?', true],
    ['Bitte berechnen: 84 Arbeitsplätze, einer besetzt', true],
    ['Welche Pflichten haben wir mit 26 Angestellten?', true],
    ['How much levy do we owe with 120 staff?', true],
    ['What is our obligation with 30 employees?', true],
    ['Wir wollen jemanden einstellen, wir haben 45 Beschäftigte', false],
    ['We hire a blind developer, 30 staff', false],
  ])('%s → %s', (text, expected) => {
    expect(asksForCalculation(words, text)).toBe(expected);
  });

  it.each([
    ['Wir sind 30 Leute, keiner mit Schwerbehinderung. Welche Verpflichtungen haben wir?', true],
    ['Sind wir mit 23 Angestellten beschäftigungspflichtig?', true],
    ['What are our obligations with 45 staff and nobody disabled?', true],
    ['Welche Pflichten haben wir, und was zahlen wir bei 50 Stellen?', false],
    ['Was kostet ein unbesetzter Pflichtplatz bei 70 Stellen?', false],
    ['Wie viel müssen wir mit 48 Leuten überweisen?', false],
    ['Die Anzahl unserer Pflichtplätze bei 90 Stellen?', true],
  ])('duty, not payment: %s → %s', (text, expected) => {
    expect(asksAboutDuty(words, text)).toBe(expected);
  });

  it('rejects a file without cues', () => {
    const root = mkdtempSync(join(tmpdir(), 'levy-words-'));
    mkdirSync(join(root, 'data/levy'), { recursive: true });
    writeFileSync(join(root, LEVY_QUESTION_WORDS_FILE), JSON.stringify({ calculationCues: [] }));
    expect(() => loadLevyQuestionWords(root)).toThrow(ContentValidationError);
  });
});
