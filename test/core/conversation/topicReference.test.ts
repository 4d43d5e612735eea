import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/core/conversation/index.js';
import { nameWords, refersByHead } from '../../../src/core/conversation/topicReference.js';

const FILLERS = new Set(['arbeit']);
const DISMISSAL = nameWords(['Besonderer Kündigungsschutz', 'Kündigungsschutz', 'Sonderkündigungsschutz']);
const WAGE_SUBSIDY = nameWords(['Eingliederungszuschuss (EGZ)', 'Eingliederungszuschuss']);
const BUDGET = nameWords(['Budget für Arbeit']);

describe('refersByHead: a message names the topic at hand by the head of its name', () => {
  it.each([
    ['Gilt der Schutz dann trotzdem?', DISMISSAL, true],
    ['Bekommen wir den Zuschuss dann auch?', WAGE_SUBSIDY, true],
    ['Wie hoch ist die Höhe des Zuschusses?', WAGE_SUBSIDY, true],
    ['Gilt das Budget auch in Teilzeit?', BUDGET, true],
    // no article before it: no reference
    ['Schutz gibt es wo?', DISMISSAL, false],
    // a filler is no head, a word of another name is none either
    ['Und die Arbeit selbst?', BUDGET, false],
    ['Gilt der Zuschuss dann trotzdem?', DISMISSAL, false],
    ['Was kostet das Amt?', DISMISSAL, false],
  ])('%s → %s', (text, names, expected) => {
    expect(refersByHead(foldText(text), names, FILLERS)).toBe(expected);
  });
});
