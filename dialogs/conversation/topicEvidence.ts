import { foldText, nameWords, refersByHead, type ConversationContext, type Cues } from '../../src/core/conversation/index.js';
import { splitSentences } from '../../src/core/text/sentences.js';
import type { Understanding } from '../../src/core/understand.js';
import type { DialogServices } from '../services.js';
import { perTopic } from './perTopic.js';

/**
 * The topic under discussion, else (when that is no instrument of the situation) the one instrument of the overview or
 * situation under discussion ("einstellen" → hiring) that the message names by the head of its name ("den Zuschuss" →
 * Eingliederungszuschuss after the GdB card).
 */
export function topicByHead(services: DialogServices, folded: string, ctx: ConversationContext): string | undefined {
  const { knowledge, conversation } = services.content;
  const named = (id: string) => refersByHead(folded, namesOf(knowledge, id), conversation.fillers);
  if (ctx.topic && !ctx.overview && named(ctx.topic)) return ctx.topic;
  const instruments = conversation.overviews.situations.find((s) => s.id === (ctx.overview ?? ctx.situation))?.topics ?? [];
  // an instrument under discussion ("Wie hoch ist der Zuschuss?" after the Budget für Arbeit) is not left for its neighbour
  if (!ctx.overview && ctx.topic && instruments.includes(ctx.topic)) return undefined;
  const referred = instruments.filter(named);
  return referred.length === 1 ? referred[0] : undefined;
}

/** The words of a topic's names in every language (titles, short titles, keywords); made once per topic. */
const namesOf = perTopic((knowledge, id): string[] => {
  const t = knowledge.byId.get(id);
  return nameWords([...(t?.match?.keywords ?? []), ...(t?.match?.en ?? []), ...Object.values(t?.texts ?? {}).flatMap((x) => [x.title, x.short])]);
});

/**
 * Whether the out-of-scope term of the message is aside from its question about the topic under discussion: it narrows
 * a thing the topic speaks of, which the message names too ("den normalen Lohn? Mindestens Mindestlohn?" after the
 * Werkstatt transition, whose texts speak of "Lohn"), or it stands only in a sentence that tells, beside one that asks
 * ("Wer kann uns dabei unterstützen? Einen Betriebsrat haben wir nicht."). "Und wer zahlt in der Zeit die Abfindung?"
 * asks about the subject itself.
 */
export function subjectAside(services: DialogServices, text: string, u: Understanding, cues: Cues, topicId: string | undefined): boolean {
  if (!topicId || !u.outOfScopeSubject) return false;
  const subjectTerms = new Set((services.content.intents.outOfScope.find((s) => s.id === u.outOfScopeSubject)?.terms ?? []).map(foldText));
  const termsSaid = cues.ownWords.filter((word) => subjectTerms.has(word));
  const sentences = splitSentences(text);
  const asking = sentences.filter((s) => s.question).map((s) => foldText(s.text).split(' '));
  if (asking.length > 0 && asking.length < sentences.length && termsSaid.length > 0 && !asking.some((words) => words.some((w) => subjectTerms.has(w)))) return true;
  const words = textWordsOf(services.content.knowledge, topicId);
  return cues.ownWords.some((word) => word.length >= MIN_SHARED_WORD && !subjectTerms.has(word) && words.has(word) && termsSaid.some((term) => term.endsWith(word)));
}

const MIN_SHARED_WORD = 4;
/** The whole words (folded) of a topic's texts in every language; made once per topic. */
const textWordsOf = perTopic((knowledge, id): ReadonlySet<string> =>
  new Set(foldText(Object.values(knowledge.byId.get(id)?.texts ?? {}).map((x) => JSON.stringify(x)).join(' ')).split(' ')));

/**
 * Whether the recognizer's other topic of a timing question ("Must we make the application before we buy it?") needs
 * more than the facet's own words: asked without them, it answers nothing else. Only the timing of a step the user takes
 * with the thing at hand: "Where does she apply for that?" may well mean another procedure (her Gleichstellung). Only
 * after an answer: after an ask-back there is no topic at hand to keep, and the recognizer's answer is better.
 */
export function answerRestsOnCues(services: DialogServices, u: Understanding, cues: Cues, topicId: string | undefined): boolean {
  const first = u.topics[0]?.id;
  if (!topicId || cues.facet !== 'deadline' || u.decision !== 'answer' || !first || first === topicId) return false;
  const without = services.understand(cues.ownWords.join(' '));
  return without.decision !== 'answer' || without.topics[0]?.id !== first;
}

/** How far below the recognizer's best a topic related to the one under discussion may score and still be meant. */
const RELATED_MARGIN = 0.1;

/**
 * "Can we lower it further by buying services from a sheltered workshop?" after the levy: the recognizer's best
 * (the Werkstatt transition) is no neighbour of the topic under discussion, a close runner-up (the offset of
 * workshop orders) is listed among its related topics.
 */
export function relatedCandidate(services: DialogServices, u: Understanding, topic: string | undefined): string | undefined {
  const related = services.content.knowledge.byId.get(topic ?? '')?.related ?? [];
  const [best, ...rest] = u.topics;
  if (!best || related.length === 0 || best.id === topic || related.includes(best.id)) return undefined;
  return rest.slice(0, 2).find((t) => related.includes(t.id) && best.score - t.score <= RELATED_MARGIN)?.id;
}
