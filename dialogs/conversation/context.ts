import type { TurnContext } from 'botbuilder';
import { askBackChoice, choiceWords, leadingChoice, topicNameFinder, type ChoiceWords, type ConversationContext, type ConversationVocabulary, type Facet, type TopicNameFinder } from '../../src/core/conversation/index.js';
import type { KnowledgeBase } from '../../src/core/knowledge/knowledgeBase.js';
import type { RankedTopic } from '../../src/core/recognizer/types.js';
import type { DialogServices } from '../services.js';
import { perTopic } from './perTopic.js';

const finders = new WeakMap<KnowledgeBase, TopicNameFinder>();

/** The topic-name index of a knowledge base: keywords, English keywords and titles; built once per knowledge base. */
export function topicNamesOf(knowledge: KnowledgeBase): TopicNameFinder {
  let finder = finders.get(knowledge);
  if (!finder) {
    finder = topicNameFinder(knowledge.topics.map((t) => ({
      id: t.id,
      names: [...(t.match?.keywords ?? []), ...(t.match?.en ?? []), ...Object.values(t.texts).flatMap((x) => [x.title, x.short])],
    })));
    finders.set(knowledge, finder);
  }
  return finder;
}

/** The conversation context of this conversation (created empty), with the remembered district. */
export async function conversationContext(context: TurnContext, services: DialogServices): Promise<ConversationContext> {
  const data = await services.state.conversationData.get(context, {});
  data.conversation ??= {};
  data.conversation.districtKey = data.districtKey;
  return data.conversation;
}

/** Makes `topicId` the topic under discussion; the previous one moves into the two recent topics. */
export function rememberTopic(ctx: ConversationContext, topicId: string, facet?: Facet, condition?: string): void {
  if (ctx.topic && ctx.topic !== topicId) ctx.recentTopics = [ctx.topic, ...(ctx.recentTopics ?? []).filter((id) => id !== topicId)].slice(0, 2);
  ctx.topic = topicId;
  ctx.lastAnswer = 'topic';
  ctx.overview = undefined;
  ctx.facet = facet;
  ctx.condition = condition;
  ctx.choices = undefined;
  ctx.choiceLead = undefined;
}

/** The topics of an overview situation, in their order. */
export function overviewTopics(services: DialogServices, situation: string | undefined): string[] {
  return services.content.conversation.overviews.situations.find((s) => s.id === situation)?.topics ?? [];
}

/** The word beginnings of a topic's texts in all languages; counted once per topic and knowledge base. */
const wordsOfTopic = perTopic((knowledge, id): ChoiceWords =>
  choiceWords(Object.values(knowledge.byId.get(id)?.texts ?? {}).map((x) => JSON.stringify(x)).join(' ')));

const cueWordTests = new WeakMap<ConversationVocabulary, (word: string) => boolean>();

/** Whether a word only asks a facet or a special case (its cues), per vocabulary. */
function cueWordTest(vocabulary: ConversationVocabulary): (word: string) => boolean {
  let test = cueWordTests.get(vocabulary);
  if (!test) {
    const cues = [...vocabulary.facets, ...vocabulary.conditions].map((f) => f.cue);
    test = (word) => cues.some((cue) => cue.test(word));
    cueWordTests.set(vocabulary, test);
  }
  return test;
}

/** Of the offered topics, the one whose texts (all languages) hold the message's own words. */
export function chosenByWords(services: DialogServices, text: string, offered: readonly string[] | undefined): string | undefined {
  if (!offered) return undefined;
  const { knowledge, conversation } = services.content;
  const choices = offered.map((id) => ({ id, words: wordsOfTopic(knowledge, id) }));
  return askBackChoice(text, choices, conversation.fillers, cueWordTest(conversation));
}

/**
 * When the bot asks back, the offered topic a later follow-up ("Wer zahlt das?") is about, if one stands out: the
 * topic under discussion when it is offered again, the one the recognizer scored clearly ahead, or the one whose
 * texts hold the asked-back message's own words. Only the id is kept, never the text.
 */
export function askBackLead(services: DialogServices, text: string, ctx: ConversationContext, offered: readonly RankedTopic[]): string | undefined {
  const ids = offered.map((t) => t.id);
  if (ctx.topic && ids.includes(ctx.topic)) return ctx.topic;
  return leadingChoice(offered) ?? chosenByWords(services, text, ids);
}
