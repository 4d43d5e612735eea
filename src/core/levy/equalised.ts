import { splitSentences } from '../text/sentences.js';
import { readLevyQuestion } from './parseLevyQuestion.js';

// "gleichgestellt", "Gleichstellung bekommen", "equalised", "has equal status"
const EQUALISED = /gleichgestellt|gleichstellung\b[^.?!]{0,40}\b(?:bekommen|erhalten|bewilligt|erteilt|bekam|erhielt)|(?:bekommen|erhalten|bewilligt)[^.?!]{0,30}gleichstellung|equali[sz]ed|equal\s+status/iu;
const NEGATED = /\bnicht\s+(?:\S+\s+)?gleichgestellt|\bnot\s+(?:\S+\s+)?(?:equali[sz]ed|equal\s+status)/iu;
// "unsere Mitarbeiterin", "bei uns", "our warehouse clerk": a statement about the employer's own staff, also in a question
const OWN_STAFF = /\b(?:unser\w*|bei\s+uns|wir\s+haben|mein\w*|our|we\s+have|my)\b/iu;
// "Ist unser Lagerist gleichgestellt, wenn …?" asks whether he is
const ASKS_WHETHER = /^(?:ist|sind|wird|werden|wäre|kann|könnte|is|are|would|can|could|does|do)\b/iu;

/** Whether a text names gleichgestellte people at all (then it counts them itself and nothing earlier is added). */
export const namesEqualised = (text: string): boolean => EQUALISED.test(text);

/**
 * How many gleichgestellte people of their own staff an employer states ("Eine Mitarbeiterin von uns ist
 * gleichgestellt", "zwei Kollegen sind gleichgestellt", "our warehouse clerk has equal status"); undefined when none.
 * A general question ("Zählt ein Gleichgestellter für die Quote?") states nothing.
 * @remarks Gleichgestellte count like schwerbehinderte Menschen for the quota (§ 151 Abs. 3, § 158 SGB IX).
 */
export function statedEqualised(text: string): number | undefined {
  let total: number | undefined;
  for (const sentence of splitSentences(text)) {
    if (!EQUALISED.test(sentence.text) || NEGATED.test(sentence.text)) continue;
    if (sentence.question && (!OWN_STAFF.test(sentence.text) || ASKS_WHETHER.test(sentence.text))) continue;
    total = (total ?? 0) + (readLevyQuestion(sentence.text).equalised ?? 1);
  }
  return total;
}
