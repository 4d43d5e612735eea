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

/** Adds fields to this turn's log line (the turn's own object: it is read once the turn is over). */
export function recordTurn(context: TurnContext, fields: TurnLogFields): void {
  const recorded = context.turnState.get(TURN_LOG) as TurnLogFields | undefined;
  if (recorded) Object.assign(recorded, fields);
  else context.turnState.set(TURN_LOG, { ...fields });
}

/** The fields recorded during this turn. */
export function recordedTurn(context: TurnContext): TurnLogFields {
  return (context.turnState.get(TURN_LOG) as TurnLogFields | undefined) ?? {};
}
