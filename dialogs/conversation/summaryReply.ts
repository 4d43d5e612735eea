import { ActivityTypes, CardFactory, type TurnContext } from 'botbuilder';
import { checklistAction, checklistTargetFor } from '../../src/cards/checklistLink.js';
import { suggestedActions } from '../../src/cards/messages.js';
import { CARD_VERSION } from '../../src/cards/topicCard.js';
import { sentencesOf, type AnswerRequest } from '../../src/core/conversation/index.js';
import type { Topic } from '../../src/core/knowledge/knowledgeBase.js';
import { getTurnLanguage } from '../context/turnLanguage.js';
import { suggestions } from '../replies.js';
import type { DialogServices } from '../services.js';
import { conversationContext } from './context.js';
import { regionalTopic } from './regionalProvider.js';

/**
 * Answers a request about the answer itself ("Können Sie mir das schicken oder kurz zusammenfassen?"): asked to send
 * it, says plainly that the bot sends and keeps nothing; sums up each topic in its first sentence and offers the printable checklist
 * (print, PDF, forward by e-mail) and the full card of each topic. The conversation stays where it was.
 */
export async function sendSummary(context: TurnContext, services: DialogServices, topicIds: readonly string[], request: AnswerRequest): Promise<void> {
  const { t, language, channelLocale } = getTurnLanguage(context);
  const ctx = await conversationContext(context, services);
  const topics = topicIds.map((id) => services.content.knowledge.byId.get(id)).filter((x): x is Topic => Boolean(x?.texts[language]))
    .map((topic) => regionalTopic(services, topic, ctx.districtKey));
  const lines = request === 'send' ? [t('answerRequest:cannotSend')] : [];
  if (topics.length === 0) lines.push(t('answerRequest:nothingYet'));
  else {
    lines.push(t('answerRequest:summary'));
    lines.push(topics.map((topic) => `- **${topic.texts[language]!.short}**: ${sentencesOf(topic.texts[language]!.answer)[0] ?? ''}`).join('\n'));
    lines.push(t('answerRequest:checklist'));
  }
  const target = checklistTargetFor(context.activity.channelId === 'webchat', services.publicUrl ?? '');
  const ids = topics.map((topic) => topic.id);
  const actions = [
    ...checklistAction(target, ids, ctx.districtKey, language, t),
    ...topics.map((topic) => ({ type: 'Action.Submit', title: t('conversation:facet.showAll', { title: topic.texts[language]!.short }), data: { topic: topic.id } })),
  ];
  await context.sendActivity({
    type: ActivityTypes.Message,
    locale: channelLocale,
    textFormat: 'markdown',
    text: lines.join('\n\n'),
    ...(actions.length > 0 ? { attachments: [CardFactory.adaptiveCard({ type: 'AdaptiveCard', version: CARD_VERSION, lang: channelLocale.slice(0, 2), body: [], actions })] } : {}),
    suggestedActions: suggestedActions(suggestions(context, 'findContact', 'help')),
  });
}
