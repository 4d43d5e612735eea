import { calculateLevy, levyInputFor, loadLevyRates, parseLevyQuestion } from '../../../src/core/levy/index.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const rates = loadLevyRates(PROJECT_ROOT);

/** What the bot answers for a sentence: the exact amount in euro (year 2025 unless named), 'noDuty', or the figure it still asks for. */
export function levyOutcome(text: string): number | 'noDuty' | 'ask:workplaces' | 'ask:employed' {
  const q = parseLevyQuestion(text);
  if (q.workplaces === undefined) return 'ask:workplaces';
  if (q.employed === undefined && q.workplaces >= 20) return 'ask:employed';
  const result = calculateLevy(levyInputFor({ ...q, workplaces: q.workplaces, employed: q.employed ?? 0, year: q.year ?? 2025 }), rates);
  if (result.status === 'noDuty') return 'noDuty';
  if (result.status !== 'calculated') throw new Error(JSON.stringify(result));
  return result.totalEuro;
}
