import { describe, expect, it } from 'vitest';
import { CuePatterns, isPlainLowerCase } from '../../../src/core/conversation/lowerCasePatterns.js';
import { foldText } from '../../../src/core/conversation/index.js';
import { loadContent } from '../../../src/core/content.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const vocabulary = loadContent(PROJECT_ROOT).conversation;
const cues = [vocabulary.contact, vocabulary.followUp, vocabulary.dismiss, vocabulary.branch, vocabulary.definition, vocabulary.compare,
  ...vocabulary.facets.map((f) => f.cue), ...vocabulary.conditions.map((c) => c.cue), ...vocabulary.smallTalk.map((s) => s.cue),
  ...vocabulary.contactDetail.map((d) => d.cue), ...vocabulary.overviews.situations.map((s) => s.cue), vocabulary.overviews.funding, vocabulary.overviews.broad];
const texts = [
  'Wer zahlt das und wie lange?', 'Vergessen Sie das, danke!', 'Was kostet eine Arbeitsassistenz für Menschen mit Behinderung?',
  'Can you give me the phone number of the Inklusionsamt?', 'Wie läuft der Antrag? Frist?', 'thanks, bye', 'Wer ist zuständig für Köln?',
  'Was ist der Unterschied zwischen EGZ und BEM?', 'Danke ſchön, das ist ſuper', '5 µm und 20 % Zuſchuss', 'Überweiſung der Abgabe',
];

const patterns = new CuePatterns(cues);

describe('cue patterns without the i flag: the same matches on lower-cased text', () => {
  it.each(texts)('%s', (text) => {
    const folded = foldText(text);
    const prepared = patterns.read(folded);
    for (const cue of cues) {
      // a pattern ruled out by the literal scan matches nothing
      const fast = prepared.compiled(cue);
      expect([fast?.test.test(folded) ?? false, fast ? [...folded.matchAll(fast.global)].map((m) => [m.index, m[0]]) : []], cue.source.slice(0, 60))
        .toEqual([cue.test(folded), [...folded.matchAll(new RegExp(cue.source, 'giu'))].map((m) => [m.index, m[0]])]);
      expect(prepared.test(cue), cue.source.slice(0, 60)).toBe(cue.test(folded));
    }
  });

  it.each([
    ['danke', true],
    ['danke ſchön', false],
    ['5 µm', false],
    ['20 % und 500 €', true],
    ['grüße aus köln', true],
    ['κάτι', false],
  ])('%s is plain lower case: %s', (text, plain) => {
    expect(isPlainLowerCase(text)).toBe(plain);
  });

  it('keeps the i flag for a pattern that names an upper-case letter, and for a text that is not plain lower case', () => {
    const upper = /\bEAA\b/iu;
    const gut = /\bgut\b/iu;
    const own = new CuePatterns([upper, gut]);
    expect(own.read('eaa gut').compiled(upper)?.test.flags).toContain('i');
    expect(own.read('eaa gut').compiled(gut)?.test.flags).not.toContain('i');
    expect(own.read('ſehr gut').compiled(gut)?.test.flags).toContain('i');
  });

  it('runs a pattern it was not given, always and with the i flag it has', () => {
    const later = /\bsehr\b/iu;
    expect(new CuePatterns([]).read('sehr gut').test(later)).toBe(true);
  });
});
