import { splitSentences } from '../../src/core/text/sentences.js';
import type { UnderstandContext, Understanding } from '../../src/core/understand.js';
import type { DialogServices } from '../services.js';

/**
 * A message of several sentences the recognizer knows nothing about as a whole may still ask something it knows:
 * "Also, she cannot read printed letters. Can she get a person who reads them to her?" — the sentence that tells
 * carries words it cannot place. Then the sentences that ask are read alone, and their answer counts when it is one.
 * A subject outside the remit or a place found in the whole message stands.
 */
export function understandAsking(services: DialogServices, text: string, understood: Understanding, about: UnderstandContext): Understanding {
  if (understood.decision !== 'dont-know' || understood.outOfScopeSubject || understood.placeMentioned || understood.district) return understood;
  const corrected = withoutCorrectionLead(services, text, about);
  if (corrected) return corrected;
  const sentences = splitSentences(text);
  const asking = sentences.filter((s) => s.question);
  if (asking.length === 0 || asking.length === sentences.length) return understood;
  const again = services.understand(asking.map((s) => s.text).join(' '), about);
  return again.decision === 'answer' && again.intent === 'knowledge' ? again : understood;
}

/** "Ich meinte eher:", "Korrektur –", "Sorry, I meant:": a short lead that only says a correction follows. */
const CORRECTION_LEAD = /^\s*(?:\p{L}+[,\s]+){0,3}(?:meinte|gemeint|korrektur|korrigiere|meant|correction)\b(?:[\s,]+\p{L}+){0,2}\s*[:–—-]\s+/iu;

/**
 * "Ich meinte eher: Sie will danach erstmal nur stundenweise wieder anfangen. Wie läuft das?" names a new subject after
 * a lead that says a correction follows; the lead's words hide it from the recognizer. The rest is read alone, and its
 * answer counts when it is one (the correction itself stays a cue of the conversation).
 */
function withoutCorrectionLead(services: DialogServices, text: string, about: UnderstandContext): Understanding | undefined {
  const lead = CORRECTION_LEAD.exec(text);
  if (!lead) return undefined;
  const again = services.understand(text.slice(lead[0].length), about);
  return again.decision === 'answer' && again.intent === 'knowledge' ? again : undefined;
}

/**
 * "Mein Kollege aus Schottland übernimmt jetzt. Können wir auf Englisch weitermachen?": the sentences that tell carry
 * words the recognizer may place somewhere ("übernimmt"), but the sentence that asks, read alone, only asks for a language.
 */
export function asksOnlyLanguageBesideTelling(services: DialogServices, text: string): boolean {
  const sentences = splitSentences(text);
  const asking = sentences.filter((s) => s.question);
  if (asking.length === 0 || asking.length === sentences.length) return false;
  return services.understand(asking.map((s) => s.text).join(' ')).intent === 'language';
}
