import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogInstance, DialogSet, DialogState } from 'botbuilder-dialogs';

/** The root dialog of stacks saved before the guided dialogs moved into the main dialog set. */
const LEGACY_ROOT = 'main';

/**
 * Makes the saved dialog stack fit the dialog set, so that state written by an earlier version never fails a turn;
 * resolves with whether a dialog is left on the stack.
 * @remarks Stacks saved while the bot ran its dialogs inside a component dialog `main` (with a waterfall `route`)
 * hold the guided dialog one level down: it is lifted out and goes on where it was. Any entry the set does not know
 * (`route`, or a dialog since removed) is dropped; the message then goes to the main route as a new request.
 */
export async function dropUnknownDialogs(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>, dialogs: DialogSet): Promise<boolean> {
  const state = await dialogState.get(context);
  if (!Array.isArray(state?.dialogStack) || state.dialogStack.length === 0) return false;
  const stack = state.dialogStack.flatMap(unwrapLegacyRoot);
  const known = stack.filter((instance): instance is DialogInstance => typeof instance?.id === 'string' && dialogs.find(instance.id) !== undefined);
  if (known.length !== state.dialogStack.length || known.some((instance, i) => instance !== state.dialogStack[i])) state.dialogStack = known;
  return known.length > 0;
}

/** The inner stack of the legacy root dialog, or the entry itself. */
function unwrapLegacyRoot(instance: DialogInstance | undefined): (DialogInstance | undefined)[] {
  if (instance?.id !== LEGACY_ROOT) return [instance];
  const inner = (instance.state as { dialogs?: { dialogStack?: unknown } } | undefined)?.dialogs?.dialogStack;
  return Array.isArray(inner) ? (inner as (DialogInstance | undefined)[]) : [];
}
