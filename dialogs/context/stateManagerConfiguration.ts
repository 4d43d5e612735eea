import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogSet, DialogStateManagerConfiguration } from 'botbuilder-dialogs';

/**
 * The turn-state key under which botbuilder-dialogs 4.23.3 (pinned exactly) looks for the configuration of a new
 * `DialogStateManager` before building one (`memory/dialogStateManager.js`); not exported by the package.
 */
const CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

/**
 * Creates the turn's dialog context with the memory-scope configuration of the first turn instead of a new one.
 * @remarks Every `DialogContext` builds a `DialogStateManager`, and the first one of a turn builds its configuration:
 * every memory scope and path resolver through botbuilder's service collection, checked with zod — about a tenth of
 * a millisecond per turn. The scopes and resolvers keep no state of their own (they read the dialog context they are
 * given), so one configuration serves every turn, as `DialogManager.stateConfiguration` does in the SDK.
 */
export class DialogContextFactory {
  private configuration?: DialogStateManagerConfiguration;

  constructor(private readonly dialogs: DialogSet) {}

  /** The dialog context of `context`'s turn over the set's dialog state. */
  async create(context: TurnContext): Promise<DialogContext> {
    if (this.configuration && !context.turnState.has(CONFIGURATION_KEY)) context.turnState.set(CONFIGURATION_KEY, this.configuration);
    const dialogContext = await this.dialogs.createContext(context);
    this.configuration ??= dialogContext.state.configuration;
    return dialogContext;
  }
}
