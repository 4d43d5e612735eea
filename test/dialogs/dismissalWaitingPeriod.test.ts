import { describe, expect, it } from 'vitest';
import { createTestBot, turn } from '../helpers/testBot.js';

// § 173 Abs. 1 Nr. 1 and Abs. 4 SGB IX: no consent in the first six months; probation hires are notified within four days.
const CASES: [string, RegExp, RegExp][] = [
  ['Muss das Inklusionsamt zustimmen, wenn ich einem schwerbehinderten Mitarbeiter in der Probezeit kündige?', /sechs Monate/, /vier Tagen/],
  ['Do I need the integration office to agree if I dismiss a severely disabled employee during probation?', /six months/, /four days/],
];

describe('dismissal protection and the first six months (§ 173 SGB IX)', () => {
  it.each(CASES)('"%s" states the waiting period and the notification', async (question, waiting, notify) => {
    const { adapter } = createTestBot();
    const replies = await turn(adapter, question);
    const text = JSON.stringify(replies);
    expect(text).toMatch(waiting);
    expect(text).toMatch(notify);
  });
});
