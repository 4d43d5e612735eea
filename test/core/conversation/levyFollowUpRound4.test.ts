import { describe, expect, it } from 'vitest';
import { changedLevyFigures, type LevyFigures } from '../../../src/core/conversation/index.js';
import { loadContent } from '../../../src/core/content.js';
import { parseLevyQuestion } from '../../../src/core/levy/index.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const { conversation } = loadContent(PROJECT_ROOT);
const change = (text: string, previous: LevyFigures) => changedLevyFigures(text, previous, parseLevyQuestion(text), conversation);
const halfYear = [1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0];

describe('follow-ups that change a detail of the last levy calculation', () => {
  it.each<[string, LevyFigures, Partial<LevyFigures>]>([
    // the part-timers left out for fewer than 18 hours count again
    ['Sorry, hab mich vertan, die Aushilfen arbeiten 20 Stunden die Woche', { workplaces: 38, employed: 0, notCounted: { shortPartTime: 4 } }, { workplaces: 42, employed: 0, notCounted: undefined }],
    ['die arbeiten doch 20 Stunden', { workplaces: 39, employed: 0, notCounted: { shortPartTime: 1 }, notCredited: 1 }, { workplaces: 40, employed: 1, notCredited: undefined }],
    ['Correction: the temps work 25 hours a week', { workplaces: 36, employed: 0, notCounted: { shortPartTime: 4, trainees: 2 } }, { workplaces: 40, notCounted: { trainees: 2 } }],
    // the disabled colleague there all year, or from another month
    ['und wenn er das ganze Jahr da gewesen wäre?', { workplaces: 90, employed: 1, employedByMonth: halfYear }, { workplaces: 90, employed: 1, employedByMonth: undefined }],
    ['und wenn er erst ab Oktober gekommen wäre?', { workplaces: 90, employed: 1 }, { employed: 1, employedByMonth: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1] }],
    ['what if she had only been with us since July?', { workplaces: 80, employed: 1 }, { employedByMonth: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1] }],
    // the year or a count changes, the months stay
    ['und 2024?', { workplaces: 90, employed: 1, employedByMonth: halfYear }, { year: 2024, employedByMonth: halfYear }],
    // the year and the period together
    ['Und 2024 war sie das ganze Jahr da – wie viel war es da?', { workplaces: 43, employed: 1, employedByMonth: halfYear, year: 2025 }, { year: 2024, employed: 1, employedByMonth: undefined }],
    ['and in 2024 he was only with us from July?', { workplaces: 80, employed: 1, year: 2025 }, { year: 2024, employedByMonth: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1] }],
    ['und mit zwei?', { workplaces: 90, employed: 1, employedByMonth: halfYear }, { employed: 2, employedByMonth: undefined }],
    ['und wenn wir noch einen einstellen?', { workplaces: 90, employed: 1, employedByMonth: halfYear }, { employed: 2, employedByMonth: [2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1] }],
    // round 5: a person added for part of the year counts in those months only, on top of those counted
    ['Und wenn 2025 ab Juli noch ein dritter Schwerbehinderter dazugekommen wäre?', { workplaces: 95, employed: 2, year: 2024 }, { year: 2025, employed: 3, employedByMonth: [2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3] }],
    ['Und wenn ab Juli ein dritter dazugekommen wäre?', { workplaces: 95, employed: 2 }, { employed: 3, employedByMonth: [2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3] }],
    ['und wenn ab Oktober zwei weitere dazukommen?', { workplaces: 95, employed: 1 }, { employed: 3, employedByMonth: [1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3] }],
    ['Und wenn wir ab Juli noch einen Schwerbehinderten eingestellt hätten?', { workplaces: 95, employed: 2, employedByMonth: [2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0] }, { employed: 2, employedByMonth: [2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1] }],
    ['what if we had hired another one from July?', { workplaces: 95, employed: 2 }, { employed: 3, employedByMonth: [2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3] }],
    // disabled people counted before who are trainees: two places each, and no workplace (§ 159 Abs. 2, § 157 Abs. 1)
    ['Einer der sieben ist übrigens unser Azubi.', { workplaces: 240, employed: 7, year: 2025 }, { workplaces: 239, employed: 7, extraCredits: 1, notCounted: { trainees: 1 } }],
    ['Zwei davon sind Auszubildende.', { workplaces: 100, employed: 3 }, { workplaces: 98, employed: 3, extraCredits: 2, notCounted: { trainees: 2 } }],
    ['Übrigens ist einer der sieben unser Azubi.', { workplaces: 240, employed: 7 }, { workplaces: 239, extraCredits: 1 }],
    ['one of them is an apprentice', { workplaces: 100, employed: 3 }, { workplaces: 99, extraCredits: 1 }],
    // without an added person the period still moves those counted
    ['und wenn die beiden erst ab Juli da gewesen wären?', { workplaces: 95, employed: 2 }, { employed: 2, employedByMonth: [0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2] }],
  ])('%s', (text, previous, expected) => {
    expect(change(text, previous)).toMatchObject(expected);
  });

  it.each<[string, LevyFigures]>([
    ['die Aushilfen arbeiten 20 Stunden', { workplaces: 42, employed: 0 }],
    ['die Aushilfen arbeiten nur 12 Stunden', { workplaces: 38, employed: 0, notCounted: { shortPartTime: 4 } }],
    ['und wenn er das ganze Jahr da gewesen wäre?', { workplaces: 90, employed: 0 }],
    // trainees not said to be among the disabled people
    ['Wir haben auch einen Azubi.', { workplaces: 90, employed: 2 }],
  ])('%s changes nothing it cannot know', (text, previous) => {
    expect(change(text, previous)).toBeUndefined();
  });
});
