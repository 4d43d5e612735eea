import type { DialogTurnResult } from 'botbuilder-dialogs';

/** What routing a message led to: a guided dialog's first turn, or undefined when the answer is sent and nothing more runs. */
export type Routed = DialogTurnResult | undefined;
