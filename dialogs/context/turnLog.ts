import type { TurnContext } from 'botbuilder';

/** What a turn may record for the operator's log: never message text or card input. */
export interface TurnLogFields {
  intent?: string;
  topics?: string[];
  dialog?: string;
  /** How a knowledge question ended: one topic answered, topics offered to choose from, or "I don't know". */
  outcome?: 'answered' | 'ask-back' | 'dont-know';
}

const TURN_LOG = Symbol('turnLog');

/** Adds fields to this turn's log line. */
export function recordTurn(context: TurnContext, fields: TurnLogFields): void {
  context.turnState.set(TURN_LOG, { ...(context.turnState.get(TURN_LOG) as TurnLogFields | undefined), ...fields });
}

/** The fields recorded during this turn. */
export function recordedTurn(context: TurnContext): TurnLogFields {
  return (context.turnState.get(TURN_LOG) as TurnLogFields | undefined) ?? {};
}
