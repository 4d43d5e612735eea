import type { TurnContext } from 'botbuilder';
import { textMessage } from '../src/cards/messages.js';
import { getTurnLanguage } from './context/turnLanguage.js';

/** Greets the employer, says what the bot does, gives the privacy hint and the three entry points. */
export async function sendWelcome(context: TurnContext): Promise<void> {
  const { t, channelLocale } = getTurnLanguage(context);
  const text = `${t('welcome.text')}\n\n${t('welcome.privacy')}`;
  await context.sendActivity(textMessage(text, channelLocale, [t('actions.programmes'), t('actions.findContact'), t('actions.simpleLanguage')]));
}
