import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { isDigression, isOnlySmallTalk, type GuidedDialog } from '../../src/core/conversation/index.js';
import { turnMessage, turnUnderstanding } from '../context/turnMessage.js';
import { say } from '../replies.js';
import { DialogTurnStatus } from '../sdk.js';
import type { DialogServices } from '../services.js';
import { conversationContext } from './context.js';
import { readMessage } from './reading.js';

const SUSPENDED_THIS_TURN = Symbol('conversation.suspendedThisTurn');

/**
 * While `waiting` waits for an answer: when the message is clearly a different request, the dialog's state is
 * kept in the conversation context, the dialog ends and the message goes to the main route (which answers it).
 * With `question` the message is taken as a question of its own in any case (the dialog could not take it as an answer).
 * A message that dismisses the dialog ("Vergessen Sie das.") ends it without keeping it; alone, it only cancels.
 * @returns the turn result to return, or undefined when the message is for the dialog
 */
export async function leaveForDigression(dc: DialogContext, services: DialogServices, waiting: GuidedDialog, fitsStep: boolean, state: object, question = false): Promise<DialogTurnResult | undefined> {
  const { text } = dc.context.activity;
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const ctx = await conversationContext(dc.context, services);
  const { reading } = readMessage(services, turnMessage(dc.context), ctx, turnUnderstanding(dc.context, services.understand));
  const digression = question || isDigression(reading, waiting, fitsStep);
  // "Vergessen Sie das. Was ist …?": the dialog is dropped, not kept to resume; said alone, it only cancels
  const dismissed = reading.cues.dismiss && !fitsStep;
  if (!digression && !dismissed) return undefined;
  // "Super, danke!", "Tschüss": the conversation is ending; the dialog is dropped and not offered again
  if (dismissed || (!fitsStep && isOnlySmallTalk(reading))) {
    if (ctx.suspended?.dialog === waiting) ctx.suspended = undefined;
  } else {
    ctx.suspended = { dialog: waiting, state: JSON.parse(JSON.stringify(state)) as Record<string, unknown> };
    dc.context.turnState.set(SUSPENDED_THIS_TURN, true);
  }
  await dc.cancelAllDialogs();
  if (!digression) await say(dc.context, 'cancelled', {}, 'programmes', 'findContact');
  return { status: DialogTurnStatus.cancelled };
}

/** True when a dialog was left for another request in this turn. */
export const suspendedThisTurn = (context: TurnContext): boolean => context.turnState.get(SUSPENDED_THIS_TURN) === true;

/** Forgets a suspended dialog of this kind (it is being started anew or resumed); returns its state. */
export async function takeSuspended(context: TurnContext, services: DialogServices, dialog: GuidedDialog): Promise<Record<string, unknown> | undefined> {
  const ctx = await conversationContext(context, services);
  if (ctx.suspended?.dialog !== dialog) return undefined;
  const { state } = ctx.suspended;
  ctx.suspended = undefined;
  return state;
}
