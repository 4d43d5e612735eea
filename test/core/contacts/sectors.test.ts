import { describe, expect, it } from 'vitest';
import { loadSectorWords, sectorChoiceOf, sectorOf } from '../../../src/core/contacts/sectors.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const words = loadSectorWords(PROJECT_ROOT);

describe('sectorOf', () => {
  it.each([
    ['Wer ist die EAA für meinen Handwerksbetrieb in Münster?', 'handwerk'],
    ['Ich habe eine Bäckerei in Borken', 'handwerk'],
    ['Wir sind ein Einzelhandel in Essen', 'industrie-und-handel'],
    ['Spedition mit 40 Leuten in Neuss', 'industrie-und-handel'],
    ['Wen kann ich in Bochum anrufen?', undefined],
    ['Handwerk und Industrie', undefined],
  ] as const)('%s → %s', (text, sector) => {
    expect(sectorOf(text, words)).toBe(sector);
  });
});

describe('sectorChoiceOf', () => {
  it.each([
    [{ sector: 'handwerk' }, 'handwerk'],
    [{ sector: 'other' }, 'other'],
    [{ sector: 'landwirtschaft' }, undefined],
    [undefined, undefined],
    ['handwerk', undefined],
  ])('%j → %s', (value, choice) => {
    expect(sectorChoiceOf(value)).toBe(choice);
  });
});
