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

  it('returns an empty string for non-strings', () => {
    expect(sanitizeMessage(undefined)).toBe('');
    expect(sanitizeMessage(42)).toBe('');
  });
});
