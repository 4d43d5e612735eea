import { ActivityTypes, CardFactory, type TurnContext } from 'botbuilder';
import { CARD_VERSION } from '../../src/cards/topicCard.js';
import type { Facet } from '../../src/core/conversation/index.js';
import { getTurnLanguage } from '../context/turnLanguage.js';
import type { DialogServices } from '../services.js';

/**
 * A facet follow-up ("Wer zahlt das?") after an ask-back that neither its words nor the recognizer's scores decide:
 * the offered topics again, each button answering the facet asked for that topic.
 */
export async function sendAskAgain(context: TurnContext, services: DialogServices, topics: readonly string[], facet: Facet, condition?: string): Promise<void> {
  const { t, language, channelLocale } = getTurnLanguage(context);
  const actions = topics.flatMap((id) => {
    const text = services.content.knowledge.byId.get(id)?.texts[language];
    return text ? [{ type: 'Action.Submit', title: text.short, data: { topic: id, facet, ...(condition ? { condition } : {}) } }] : [];
  });
  const card = { type: 'AdaptiveCard', version: CARD_VERSION, body: [], actions: [...actions, { type: 'Action.Submit', title: t('askBack.none'), data: { command: 'help' } }] };
  await context.sendActivity({
    type: ActivityTypes.Message,
    locale: channelLocale,
    text: t('followUp:askAgain', { facet: t(`conversation:facet.names.${facet}`) }),
    attachments: [CardFactory.adaptiveCard(card)],
  });
}
