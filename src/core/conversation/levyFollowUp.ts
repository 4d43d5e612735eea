import { tokenizeQuestion } from '../levy/questionTokens.js';
import type { LevyQuestion } from '../levy/index.js';
import { foldText } from './fold.js';
import type { LevyFigures } from './types.js';
import type { ConversationVocabulary } from './vocabulary.js';

/** A bare count from this size on is read as workplaces, below it as disabled employees ("und wenn es nur 50 wären?"). */
const WORKPLACES_FROM = 20;

/**
 * The figures of the last calculation with what the follow-up changes: a year, workplaces or disabled employees
 * the levy parser found (also "mit einem Schwerbehinderten"); "einen einstellen" adds one; "mit einem zweiten" sets two; a bare number sets the figure
 * it can only be. Undefined when the message changes nothing.
 */
export function changedLevyFigures(text: string, previous: LevyFigures, parsed: LevyQuestion, vocabulary: ConversationVocabulary): LevyFigures | undefined {
  if (parsed.year !== undefined || parsed.workplaces !== undefined || parsed.employed !== undefined) {
    return { workplaces: parsed.workplaces ?? previous.workplaces, employed: parsed.employed ?? previous.employed, year: parsed.year ?? previous.year };
  }
  const folded = foldText(text);
  const words = folded.split(' ');
  const ordinal = words.map((w) => vocabulary.levyChange.ordinals.get(w)).find((n) => n !== undefined);
  if (ordinal !== undefined) return { ...previous, employed: ordinal };
  const count = tokenizeQuestion(text).find((t) => t.kind === 'number' && !t.yearLike);
  if (!count || count.kind !== 'number') return undefined;
  if (vocabulary.levyChange.add.test(folded)) return { ...previous, employed: previous.employed + count.value };
  // "und wenn wir keinen hätten?": none; "einen" alone says nothing without a noun
  if (count.written === 'article') return count.value === 0 ? { ...previous, employed: 0 } : undefined;
  return count.value >= WORKPLACES_FROM ? { ...previous, workplaces: count.value } : { ...previous, employed: count.value };
}
