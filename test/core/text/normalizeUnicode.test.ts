import { describe, expect, it } from 'vitest';
import { normalizeUnicode } from '../../../src/core/text/normalizeUnicode.js';

describe('normalizeUnicode', () => {
  it.each([
    ['full-width digits become ASCII', '８４ Mitarbeiter', '84 Mitarbeiter'],
    ['zero-width space inside a word', 'Ausgleichs\u200Babgabe', 'Ausgleichsabgabe'],
    ['zero-width joiner and non-joiner', 'E\u200CA\u200DA', 'EAA'],
    ['word joiner and byte-order mark', '\uFEFFSie\u2060gen', 'Siegen'],
    ['soft hyphen', 'Schwer\u00ADbehinderte', 'Schwerbehinderte'],
    ['non-breaking space becomes a space', '57392\u00A0Schmallenberg', '57392 Schmallenberg'],
    ['decomposed umlaut is composed', 'Ko\u0308ln', 'Köln'],
    ['ligature is split', 'Zuschuss ﬁnden', 'Zuschuss finden'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeUnicode(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normalizeUnicode('８４\u200B MA');
    expect(normalizeUnicode(once)).toBe(once);
  });
});
