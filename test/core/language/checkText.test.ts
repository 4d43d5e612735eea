import { describe, expect, it } from 'vitest';
import { createTextChecker, describeProblem, loadLanguageRules } from '../../../src/core/language/index.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const check = createTextChecker(loadLanguageRules(PROJECT_ROOT));
const rulesOf = (text: string): string[] => check(text).problems.map((p) => p.rule);

describe('createTextChecker', () => {
  it('passes a short simple text', () => {
    expect(check('Sie zahlen die Ausgleichs-Abgabe bis 31. März. Das Inklusions-Amt hilft Ihnen.').problems).toEqual([]);
  });

  it('finds a sentence of more than 12 words', () => {
    const text = 'Sie können bei der Agentur für Arbeit in Ihrer Stadt einen Antrag stellen. Das geht schnell.';
    expect(check(text).problems).toEqual([{ rule: 'sentenceTooLong', sentence: 1, words: 13 }]);
  });

  it('gates the mean sentence length only from 20 words on', () => {
    const eleven = 'Sie und er und sie und wir und ihr und du.';
    expect(rulesOf(eleven)).toEqual([]);
    expect(rulesOf(`${eleven} ${eleven}`)).toEqual(['meanSentenceLength']);
  });

  it('gates LIX only from 20 words on', () => {
    const hard = 'Beratung Förderung Ausbildung Einstellung Prüfung.';
    expect(rulesOf(hard)).toEqual([]);
    expect(check(`${hard} ${hard} ${hard} ${hard}`).problems).toEqual([{ rule: 'lix', value: 105 }]);
  });

  it('counts a placeholder as one short word', () => {
    expect(check('Bitte schreiben Sie höchstens {{max}} Zeichen.').figures).toMatchObject({ words: 6, longWords: 3 });
  });

  it('reports abbreviations, acronyms and long words once each, and says what they are', () => {
    const { problems } = check('Das BEM hilft z. B. bei Krankheit. Das BEM ist eine Wiedereingliederung.');
    expect(problems).toEqual([
      { rule: 'abbreviation', text: 'z. B.' },
      { rule: 'unexplainedAcronym', text: 'BEM' },
      { rule: 'longWord', text: 'Wiedereingliederung' },
    ]);
    expect(problems.map(describeProblem)).toEqual(['abbreviation "z. B."', 'unexplained acronym "BEM"', 'long word "Wiedereingliederung"']);
  });
});
