import { describe, expect, it } from 'vitest';
import { MAX_MATCHED_LENGTH, sanitizeMessage } from '../../../src/core/text/sanitize.js';

describe('sanitizeMessage', () => {
  it('removes markup, scripts, entities and links', () => {
    expect(sanitizeMessage('<p>Wie hoch&nbsp;ist die <b>Abgabe</b>?</p><script>alert(1)</script> https://example.org/x')).toBe('Wie hoch ist die Abgabe ?');
  });

  it('cuts a pasted signature and the quoted history', () => {
    const mail = 'Guten Tag,\nwir suchen Hilfe beim Umbau eines Arbeitsplatzes.\n\nMit freundlichen Grüßen\nErika Muster\nMuster GmbH, Tel. 0211 123456\nmuster@example.org';
    expect(sanitizeMessage(mail)).toBe('Guten Tag, wir suchen Hilfe beim Umbau eines Arbeitsplatzes.');
  });

  it('keeps the text when the signature marker stands at the very start', () => {
    expect(sanitizeMessage('MfG Zuschuss')).toBe('MfG Zuschuss');
  });

  it('truncates long text at a word boundary', () => {
    const long = 'Zuschuss '.repeat(600);
    const out = sanitizeMessage(long);
    expect(out.length).toBeLessThanOrEqual(MAX_MATCHED_LENGTH);
    expect(out.endsWith('Zuschuss')).toBe(true);
  });

  it('keeps the closing question and the opening sentence of a long message, the middle left out', () => {
    const middle = 'Die Fertigung läuft im Zweischichtbetrieb und wir haben viele Aufträge aus dem Ausland. '.repeat(8);
    const message = `Wir sind eine Schreinerei in Münster. ${middle}Eine neue Kollegin sitzt im Rollstuhl. Wer bezahlt den Umbau des Arbeitsplatzes?`;
    const out = sanitizeMessage(message);
    expect(message.length).toBeGreaterThan(MAX_MATCHED_LENGTH + 200);
    expect(out.length).toBeLessThanOrEqual(MAX_MATCHED_LENGTH);
    expect(out.startsWith('Wir sind eine Schreinerei in Münster.')).toBe(true);
    expect(out.endsWith('Eine neue Kollegin sitzt im Rollstuhl. Wer bezahlt den Umbau des Arbeitsplatzes?')).toBe(true);
  });

  it('keeps the start and the end of one overlong sentence, cut at words', () => {
    const message = `Wir ${'sehr '.repeat(200)}fragen: gibt es einen Zuschuss`;
    const out = sanitizeMessage(message);
    expect(out.length).toBeLessThanOrEqual(MAX_MATCHED_LENGTH);
    expect(out.startsWith('Wir sehr')).toBe(true);
    // the colon before 'gibt' ends a sentence (src/core/text/sentences.ts), so the closing question is kept whole
    expect(out.endsWith('gibt es einen Zuschuss')).toBe(true);
    expect(out).not.toMatch(/\bseh\b|\bse\b/);
  });

  it('shortens a long first sentence before a question and marks where it was cut', () => {
    const message = `Wir ${'haben viele Aufträge '.repeat(30)}und Kunden. Wer bezahlt den Umbau?`;
    const out = sanitizeMessage(message);
    expect(out.length).toBeLessThanOrEqual(MAX_MATCHED_LENGTH);
    expect(out).toMatch(/^Wir haben viele Aufträge .*; Wer bezahlt den Umbau\?$/);
  });

  it('returns an empty string for non-strings', () => {
    expect(sanitizeMessage(undefined)).toBe('');
    expect(sanitizeMessage(42)).toBe('');
  });
});
