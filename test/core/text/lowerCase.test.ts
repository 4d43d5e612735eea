import { describe, expect, it } from 'vitest';

/** Every code point (surrogate halves left out), in strings of `size` so that case rules that look at neighbours apply too. */
function codePointStrings(size: number): string[] {
  const strings: string[] = [];
  let chunk: number[] = [];
  for (let c = 0; c <= 0x10ffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    chunk.push(c);
    if (chunk.length === size) {
      strings.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  return [...strings, String.fromCodePoint(...chunk)];
}

// The hot paths (foldText, the levy tokens, the command matcher) lower-case with toLowerCase: German has no case rules
// of its own, so it gives what toLocaleLowerCase('de') gave, without looking the locale up on every call.
describe('toLowerCase and toLocaleLowerCase("de")', () => {
  it('lower-case every code point alike', () => {
    const differing = codePointStrings(1).filter((s) => s.toLowerCase() !== s.toLocaleLowerCase('de'));
    expect(differing).toEqual([]);
  });

  it.each([
    ['runs of code points', codePointStrings(64)],
    ['final and inner sigma, dotted I, umlauts and ß', ['ΟΔΟΣ', 'ΟΔΟΣ ΟΔΟΣ.', 'ΣΑ', 'Σ', 'AΣ\u0301b', 'İstanbul', 'I\u0307', 'STRAẞE', 'ÄÖÜ Grüße', 'Wir haben 85 Arbeitsplätze']],
  ])('lower-case %s alike', (_, strings) => {
    for (const s of strings) expect(s.toLowerCase()).toBe(s.toLocaleLowerCase('de'));
  });

  it('differ where a language has rules of its own (the test can fail)', () => {
    expect('I'.toLocaleLowerCase('tr')).not.toBe('I'.toLowerCase());
  });
});
