import type { RouteContext, Routed } from './routed.js';
import type { Command } from './commands.js';
import { ContactDialog } from './contactDialog.js';
import { FinderDialog } from './finderDialog.js';
import { LANGUAGE_COMMANDS } from './language.js';
import { LevyDialog } from './levyDialog.js';
import { say } from './replies.js';
import type { DialogServices } from './services.js';
import { sendWelcome } from './welcome.js';
import { switchAndRepeat } from './switchAndRepeat.js';

/** Answers a button or typed command ("Hilfe", "Abbrechen", a language …), or starts the child dialog it names. */
export async function routeCommand(dc: RouteContext, services: DialogServices, command: Command): Promise<Routed> {
  const { context } = dc;
  const language = LANGUAGE_COMMANDS[command];
  if (language) return switchAndRepeat(dc, services, language);
  switch (command) {
    case 'findContact': {
      const otherPlace = Boolean((context.activity.value as { otherPlace?: unknown } | undefined)?.otherPlace);
      // The label may name the place ("Ansprechstellen: Kreis Soest"), which counts even when the state has expired.
      const text = typeof context.activity.text === 'string' && !otherPlace ? context.activity.text : undefined;
      return dc.beginDialog(ContactDialog.id, { otherPlace, text });
    }
    case 'levy':
      return dc.beginDialog(LevyDialog.id, {});
    case 'privacy':
      await say(context, 'privacy.text', { minutes: services.stateTtlMinutes }, 'help');
      return undefined;
    case 'programmes':
      return dc.beginDialog(FinderDialog.id, { text: typeof context.activity.text === 'string' ? context.activity.text : '' });
    case 'restart':
      await sendWelcome(context);
      return undefined;
    case 'cancel':
    case 'back':
      await say(context, 'cancelled', {}, 'programmes', 'findContact');
      return undefined;
    default:
      await say(context, 'help.text', {}, 'programmes', 'findContact');
      return undefined;
  }
}
