import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';

/** What routing a message led to: a guided dialog's first turn, or undefined when the answer is sent and nothing more runs. */
export type Routed = DialogTurnResult | undefined;

/** The dialogs of a turn as routing uses them: the turn, and a guided dialog to begin. */
export type RouteContext = Pick<DialogContext, 'context' | 'beginDialog'>;
