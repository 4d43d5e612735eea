import { describe, expect, it } from 'vitest';
import { englishVerbForms, germanVerbForms } from '../../../src/core/text/verbInflection.js';

// every form a question may use, folded (ä → a, ß → ss)
const GERMAN: [spec: string, forms: string[]][] = [
  ['kündigen', ['kundige', 'kundigt', 'kundigte', 'gekundigt', 'gekundigten']],
  ['begleiten', ['begleitet', 'begleitete', 'begleitest']],
  ['ein|arbeiten', ['einarbeitet', 'eingearbeitet', 'einzuarbeiten', 'einarbeiten']],
  ['raus|werfen/wirft/warf/geworfen', ['rauswirft', 'rauswarf', 'rausgeworfen', 'rauszuwerfen']],
  ['entlassen/entlässt/entließ/entlassen', ['entlasst', 'entliess', 'entlassene']],
  ['coachen', ['coacht', 'gecoacht']],
  ['ändern', ['andert', 'geandert']],
];

const ENGLISH: [spec: string, forms: string[]][] = [
  ['give notice/gave/given', ['give notice', 'gives notice', 'giving notice', 'gave notice', 'given notice']],
  ['lay off/laid/laid', ['lays off', 'laying off', 'laid off']],
  ['dismiss', ['dismisses', 'dismissed', 'dismissing']],
  ['fire', ['fires', 'fired', 'firing']],
  ['let/let/let', ['lets', 'letting', 'let']],
];

describe('German verb forms', () => {
  it.each(GERMAN)('%s', (spec, forms) => {
    expect(germanVerbForms(spec).joined).toEqual(expect.arrayContaining(forms));
  });
  it('a separable verb gives its finite forms and particle for the split main clause ("Wer arbeitet ihn ein?")', () => {
    const forms = germanVerbForms('ein|arbeiten');
    expect(forms.particle).toBe('ein');
    expect(forms.finite).toEqual(expect.arrayContaining(['arbeitet', 'arbeiten', 'arbeitete']));
    expect(forms.joined).not.toContain('arbeitet');
  });
  it('a verb with an inseparable prefix has no "ge" in its participle', () => {
    expect(germanVerbForms('begleiten').joined).not.toContain('gebegleitet');
    expect(germanVerbForms('kündigen').finite).toEqual([]);
  });
});

describe('English verb forms', () => {
  it.each(ENGLISH)('%s', (spec, forms) => {
    expect(englishVerbForms(spec).joined).toEqual(expect.arrayContaining(forms));
  });
});
