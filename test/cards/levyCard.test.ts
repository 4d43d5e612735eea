import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { levyAnswer } from '../../src/cards/levyCard.js';
import { loadContent } from '../../src/core/content.js';
import { calculateLevy, loadLevyRates, type LevyCalculated } from '../../src/core/levy/index.js';
import { ANSWER_LANGUAGES, createLocalizer } from '../../src/i18n.js';
import { PROJECT_ROOT } from '../../src/paths.js';

const rates = loadLevyRates(PROJECT_ROOT);
const localizer = createLocalizer(PROJECT_ROOT, loadContent(PROJECT_ROOT).knowledge, ANSWER_LANGUAGES);
const t = localizer.translatorFor('de');

function calculatedFor(year: number): LevyCalculated {
  const result = calculateLevy({ workplaces: 30, employed: 0, year }, rates);
  if (result.status !== 'calculated') throw new Error(`expected a calculation for ${year}`);
  return result;
}

/** Every TextBlock text of the levy card, in order. */
function cardTexts(activity: Partial<Activity>): string[] {
  const body = (activity.attachments![0]!.content as { body: Array<{ type: string; text?: string }> }).body;
  return body.filter((b) => b.type === 'TextBlock').map((b) => b.text!);
}

describe('levy card: the date of the sources of the amounts (data/levy/rates.json)', () => {
  it.each([
    // the 2024 amounts: the dated source of 2023 (Inklusionsgesetz newsletter) is the newest
    { year: 2024, line: 'Quellen der Beträge vom Jahr 2023.' },
    // the 2025 amounts: gegen-hartz.de of 1 December 2025 is the only dated source
    { year: 2025, line: 'Quellen der Beträge vom 01.12.2025.' },
  ])('Erhebungsjahr $year: "$line"', ({ year, line }) => {
    expect(cardTexts(levyAnswer(calculatedFor(year), 'LVR', t, 'de-DE', 'de'))).toContain(line);
  });

  it('for 2026 names the adopted Bezugsgröße of 24.11.2025, not an announced value', () => {
    const texts = cardTexts(levyAnswer(calculatedFor(2026), 'LVR', t, 'de-DE', 'de'));
    const rule = texts.find((s) => s.startsWith('Für 2026 gelten die Beträge von 2025 weiter'));
    expect(rule).toContain('5,6 % (Quelle vom 24.11.2025)');
    expect(texts.join(' ')).not.toContain('angekündigt');
  });
});
