import { ActivityTypes, CardFactory, type TurnContext } from 'botbuilder';
import { CARD_VERSION } from '../../src/cards/topicCard.js';
import type { GuidedDialog, SmallTalk } from '../../src/core/conversation/index.js';
import { getTurnLanguage } from '../context/turnLanguage.js';
import { say } from '../replies.js';

/** A short, calm answer to thanks, goodbye, praise or an insult, with the offer to continue. */
export async function sendSmallTalk(context: TurnContext, talk: SmallTalk): Promise<void> {
  await say(context, `conversation:smallTalk.${talk}`, {}, 'programmes', 'findContact');
}

/** Offers to go on with the dialog the user left for another request: one button. */
export async function sendResumeOffer(context: TurnContext, dialog: GuidedDialog): Promise<void> {
  const { t, channelLocale } = getTurnLanguage(context);
  const title = t(`conversation:resume.${dialog}`);
  const card = { type: 'AdaptiveCard', version: CARD_VERSION, body: [], actions: [{ type: 'Action.Submit', title, data: { resume: dialog } }] };
  await context.sendActivity({ type: ActivityTypes.Message, locale: channelLocale, text: t('conversation:resume.text'), attachments: [CardFactory.adaptiveCard(card)] });
}
