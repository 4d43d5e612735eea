import { describe, expect, it } from 'vitest';
import { compiledCue, isPlainLowerCase } from '../../../src/core/conversation/lowerCasePatterns.js';
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

describe('cue patterns without the i flag: the same matches on lower-cased text', () => {
  it.each(texts)('%s', (text) => {
    const folded = foldText(text);
    for (const cue of cues) {
      const fast = compiledCue(cue, isPlainLowerCase(folded));
      expect([fast.test.test(folded), [...folded.matchAll(fast.global)].map((m) => [m.index, m[0]])], cue.source.slice(0, 60))
        .toEqual([cue.test(folded), [...folded.matchAll(new RegExp(cue.source, 'giu'))].map((m) => [m.index, m[0]])]);
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

  it('keeps the i flag for a pattern that names an upper-case letter', () => {
    const upper = /\bEAA\b/iu;
    expect(compiledCue(upper, true).test.flags).toContain('i');
    expect(compiledCue(/\bgut\b/iu, true).test.flags).not.toContain('i');
    expect(compiledCue(/\bgut\b/iu, false).test.flags).toContain('i');
  });
});
