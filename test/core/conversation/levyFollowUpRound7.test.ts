import { describe, expect, it } from 'vitest';
import { changedLevyFigures, statesLevyFigures, type LevyFigures } from '../../../src/core/conversation/index.js';
import { loadContent } from '../../../src/core/content.js';
import { parseLevyQuestion } from '../../../src/core/levy/index.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const { conversation } = loadContent(PROJECT_ROOT);
const change = (text: string, previous: LevyFigures) => changedLevyFigures(text, previous, parseLevyQuestion(text), conversation);

describe('round 7: people who leave, trainees added, hours cut below 18', () => {
  it.each<[string, LevyFigures, Partial<LevyFigures>]>([
    // disabled people counted before who leave
    ['Und falls einer von ihnen in Rente geht?', { workplaces: 90, employed: 3 }, { workplaces: 90, employed: 2 }],
    ['wenn zwei davon kündigen, was dann?', { workplaces: 90, employed: 3 }, { employed: 1 }],
    ['und mit einem weniger?', { workplaces: 90, employed: 2 }, { employed: 1 }],
    ['Und wenn zwei davon im nächsten Jahr in den Ruhestand gehen?', { workplaces: 120, employed: 5 }, { workplaces: 120, employed: 3 }],
    ['what if two of them retire?', { workplaces: 90, employed: 3 }, { employed: 1 }],
    // round 7b: the whole named first ("von den vieren", "of the four") is not the number who leave
    ['Und von unseren vier scheiden drei nächstes Jahr aus?', { workplaces: 150, employed: 4 }, { employed: 1 }],
    ['von den sechs scheiden zwei im Sommer aus', { workplaces: 200, employed: 6 }, { employed: 4 }],
    ['and of the four, one retires', { workplaces: 150, employed: 4 }, { employed: 3 }],
    // the months of those counted go down with them
    ['und wenn einer davon ausscheidet?', { workplaces: 90, employed: 2, employedByMonth: [2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1] }, { employed: 1, employedByMonth: [1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0] }],
    // a trainee leaves with the second credit; the year can change in the same message
    ['Und ohne den Lehrling, was wäre es für 2024 gewesen?', { workplaces: 85, employed: 3, extraCredits: 1 }, { employed: 2, year: 2024 }],
    ['Und ohne unseren Lehrling, wie wäre es 2024?', { workplaces: 85, employed: 3, extraCredits: 1 }, { workplaces: 85, employed: 2, extraCredits: undefined, year: 2024 }],
    ['without the apprentice?', { workplaces: 99, employed: 3, extraCredits: 1, notCounted: { trainees: 1 } }, { workplaces: 99, employed: 2, extraCredits: undefined, notCounted: undefined }],
    // a disabled trainee added on top brings the second credit along (§ 159 Abs. 2 SGB IX)
    ['Außerdem gibt es noch eine schwerbehinderte Auszubildende.', { workplaces: 85, employed: 2 }, { workplaces: 85, employed: 3, extraCredits: 1 }],
    // a disabled person counted before works fewer than 18 hours: not credited, and the position is no workplace
    ['und wenn er künftig nur 16 Stunden die Woche arbeitet?', { workplaces: 36, employed: 1 }, { workplaces: 35, employed: 0, notCredited: 1, notCounted: { shortPartTime: 1 } }],
    ['Und wenn sie ab Juli auf 10 Stunden geht?', { workplaces: 36, employed: 1 }, { workplaces: 35.5, employed: 1, employedByMonth: [1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0], notCredited: 1 }],
  ])('%s', (text, previous, expected) => {
    expect(change(text, previous)).toMatchObject(expected);
  });

  it.each<[string, LevyFigures]>([
    // more leave than were counted, a trainee when none was counted: nothing to change
    ['und wenn fünf davon gehen?', { workplaces: 90, employed: 3 }],
    ['und ohne den Azubi?', { workplaces: 90, employed: 3 }],
    // hours of 18 or more change nothing for a disabled person
    ['und wenn sie 25 Stunden arbeitet?', { workplaces: 36, employed: 1 }],
    // the circumstance comes first, the last clause asks another subject
    ['Und wenn einer von ihnen kündigt, braucht es dann die Zustimmung des Inklusionsamts?', { workplaces: 90, employed: 3 }],
    ['und wenn sie nur noch 12 Stunden arbeitet, hat sie dann weniger Urlaub?', { workplaces: 36, employed: 1 }],
  ])('%s changes nothing', (text, previous) => {
    expect(change(text, previous)).toBeUndefined();
  });

  it.each([
    ['Nachtrag: wir haben zusätzlich noch einen schwerbehinderten Azubi.', true],
    ['Zwei davon gehen Ende des Jahres in Rente.', true],
    ['Wir wollen noch einen schwerbehinderten Mitarbeiter einstellen. Gibt es dafür Zuschüsse?', false],
    ['Danke, das hilft.', false],
  ])('%s states levy figures: %s', (text, states) => {
    expect(statesLevyFigures(text, parseLevyQuestion(text), conversation)).toBe(states);
  });
});
