import { describe, expect, it } from 'vitest';
import { foldGerman } from '../../../src/core/text/fold.js';
import { stemEnglish, stemGerman } from '../../../src/core/text/stem.js';

describe('stemGerman', () => {
  it.each([
    ['Arbeitsplätze', 'Arbeitsplatz'],
    ['schwerbehinderten', 'schwerbehinderter'],
    ['Zuschüsse', 'Zuschuss'],
    ['Mitarbeitern', 'Mitarbeiter'],
    ['Ausgleichsabgaben', 'Ausgleichsabgabe'],
    ['Werkstätten', 'Werkstatt'],
  ])('gives %s and %s the same stem', (a, b) => {
    expect(stemGerman(foldGerman(a))).toBe(stemGerman(foldGerman(b)));
  });

  it('keeps different words apart', () => {
    expect(stemGerman('ausbildung')).not.toBe(stemGerman('arbeit'));
  });
});

describe('stemEnglish', () => {
  it.each([
    ['employees', 'employee'],
    ['subsidies', 'subsidy'],
    ['dismissed', 'dismissal'],
  ])('gives %s and %s the same stem', (a, b) => {
    expect(stemEnglish(a)).toBe(stemEnglish(b));
  });
});
