import { tokenizeQuestion } from '../levy/questionTokens.js';

const DAY_WORD = /^(?:arbeits)?tag|^days?$|^working$/u;
const MAX_WORKDAYS = 7;

/** The slot of a fact text (data/conversation/facts.json) that the working days per week of the question fill in. */
export const DAYS_SLOT = '{{days}}';

/** The working days per week a question names ("nur vier Tage die Woche", "3 days a week"), if any. */
export function workdaysPerWeek(text: string): number | undefined {
  const tokens = tokenizeQuestion(text);
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1]!;
    if (token.kind === 'number' && token.written !== 'article' && token.value >= 1 && token.value <= MAX_WORKDAYS && next.kind === 'word' && DAY_WORD.test(next.text)) return token.value;
  }
  return undefined;
}
