import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { foldedMessage } from '../src/core/conversation/index.js';
import { turnMessage, turnUnderstanding } from './context/turnMessage.js';
import { LANGUAGE_COMMANDS, switchLanguage } from './language.js';
import { say, sendTopic } from './replies.js';
import type { DialogServices } from './services.js';

/** What a child dialog should do after {@link handleInterruption}. */
export type Interruption = 'none' | 'answered' | 'cancelled';

/**
 * Handles what may interrupt any guided dialog: a language switch, help, privacy, cancel, and (when `questions`
 * is set) a confident knowledge question, which is answered before the dialog resumes.
 * @remarks The caller re-asks its current question after `answered`; after `cancelled` the dialog stack is empty.
 */
export async function handleInterruption(dc: DialogContext, services: DialogServices, options: { questions: boolean }): Promise<Interruption> {
  const { context } = dc;
  const { text, value } = context.activity;
  const command = services.commands.match(text, value);
  const language = command ? LANGUAGE_COMMANDS[command] : undefined;
  if (language) {
    await switchLanguage(context, services, language, false);
    return 'answered';
  }
  if (command === 'help') {
    await say(context, 'help.text');
    return 'answered';
  }
  if (command === 'cancel') {
    await dc.cancelAllDialogs();
    await say(context, 'cancelled', {}, 'programmes', 'findContact');
    return 'cancelled';
  }
  if (command || typeof text !== 'string' || text.trim() === '') return 'none';

  const understood = turnUnderstanding(context, services.understand);
  if (understood.intent === 'language' && understood.language) {
    await switchLanguage(context, services, understood.language, false);
    return 'answered';
  }
  if (understood.intent === 'help' || understood.intent === 'privacy') {
    await say(context, understood.intent === 'help' ? 'help.text' : 'privacy.text', { minutes: services.stateTtlMinutes });
    return 'answered';
  }
  if (options.questions && understood.intent === 'knowledge' && understood.decision === 'answer' && understood.topics[0]) {
    await sendTopic(context, services, understood.topics[0].id);
    return 'answered';
  }
  return 'none';
}

/** The message asks what the dialog's question means ("Was meinen Sie damit?", "what do you mean?"). */
export function asksToClarify(services: DialogServices, context: TurnContext): boolean {
  const { text } = context.activity;
  return typeof text === 'string' && text.trim() !== '' && services.content.conversation.clarify.test(turnMessage(context).get(foldedMessage));
}
