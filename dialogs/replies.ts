import { ActivityTypes, CardFactory, type TurnContext } from 'botbuilder';
import { suggestedActions, textMessage } from '../src/cards/messages.js';
import { checklistTargetFor } from '../src/cards/checklistLink.js';
import { CARD_VERSION, topicAnswer } from '../src/cards/topicCard.js';
import type { RankedTopic } from '../src/core/recognizer/types.js';
import type { Command } from './commands.js';
import { rememberTopic } from './conversation/context.js';
import { regionalProvider, regionalTopic } from './conversation/regionalProvider.js';
import { getTurnLanguage } from './context/turnLanguage.js';
import { dayForQuestion } from '../src/core/knowledge/dates.js';
import { todayOf, type DialogServices } from './services.js';

/** The language toggle offered with every answer: from German to Einfache Sprache and back; from English to German. */
export function languageToggle(context: TurnContext): Command {
  return getTurnLanguage(context).language === 'de' ? 'simpleLanguage' : 'standardLanguage';
}

/** Suggested-action labels for commands, always ending with the language toggle (at most three in all). */
export function suggestions(context: TurnContext, ...commands: Command[]): string[] {
  const { t } = getTurnLanguage(context);
  return [...commands.slice(0, 2), languageToggle(context)].map((c) => t(`actions.${c}`));
}

/** Sends a translated text with suggested actions. */
export async function say(context: TurnContext, key: string, params: Record<string, unknown> = {}, ...commands: Command[]): Promise<void> {
  const { t, channelLocale } = getTurnLanguage(context);
  await context.sendActivity(textMessage(t(key, params), channelLocale, suggestions(context, ...commands)));
}

/** Answers with a topic card in the turn's language and remembers the topic for a language switch. */
export async function sendTopic(context: TurnContext, services: DialogServices, topicId: string): Promise<boolean> {
  const topic = services.content.knowledge.byId.get(topicId);
  if (!topic) return false;
  const { t, language, channelLocale } = getTurnLanguage(context);
  const relatedTitle = (id: string) => services.content.knowledge.byId.get(id)?.texts[language]?.short;
  const data = await services.state.conversationData.get(context, {});
  const checklist = checklistTargetFor(context.activity.channelId === 'webchat', services.publicUrl ?? '');
  // A year the question names ("Ausgleichsabgabe für 2024") decides which amounts and changes the card shows.
  const { day, year } = dayForQuestion(typeof context.activity.text === 'string' ? context.activity.text : '', todayOf(services));
  const district = data.districtKey ? services.content.regions.districtsByKey.get(data.districtKey) : undefined;
  // with the district known, the card names only its Landschaftsverband's office where the texts offer both
  const answer = topicAnswer(regionalTopic(services, topic, district?.key), {
    t, language, channelLocale, relatedTitle, today: day, ...(year ? { namedYear: year } : {}), checklist, districtKey: data.districtKey,
  });
  const labels = suggestions(context, 'findContact', 'help');
  // Once the district is known, the contact button names it: "Ansprechstellen: Kreis Soest".
  if (district) labels[0] = t('contact.remembered', { place: district.name });
  // a topic that names both Landschaftsverbände names the one of the known district ("… ist zuständig: LWL-Inklusionsamt Arbeit")
  const regional = district ? regionalProvider(services, topic, district.key, language === 'en') : undefined;
  if (regional && district && typeof answer.text === 'string') answer.text = `${answer.text}\n\n${t('conversation:facet.regional', { place: district.name, provider: regional })}`;
  answer.suggestedActions = suggestedActions(labels);
  await context.sendActivity(answer);
  data.lastTopicId = topicId;
  rememberTopic((data.conversation ??= {}), topicId);
  return true;
}

/** "Did you mean …?": two or three topics as card buttons that send the topic id. */
export async function sendAskBack(context: TurnContext, services: DialogServices, topics: readonly RankedTopic[]): Promise<void> {
  const { t, language, channelLocale } = getTurnLanguage(context);
  const choices = topics.slice(0, 3).flatMap((ranked) => {
    const text = services.content.knowledge.byId.get(ranked.id)?.texts[language];
    return text ? [{ type: 'Action.Submit', title: text.short, data: { topic: ranked.id } }] : [];
  });
  const card = {
    type: 'AdaptiveCard',
    version: CARD_VERSION,
    // the question stands in the message text once; the card holds only the choices
    body: [],
    actions: [...choices, { type: 'Action.Submit', title: t('askBack.none'), data: { command: 'help' } }],
  };
  await context.sendActivity({
    type: ActivityTypes.Message,
    locale: channelLocale,
    text: t('askBack.text'),
    attachments: [CardFactory.adaptiveCard(card)],
  });
}

/** The honest "I don't know": what the bot covers, and the EAA as the place that always helps. */
export async function sendDontKnow(context: TurnContext): Promise<void> {
  await say(context, 'fallback.text', {}, 'findContact', 'help');
}
