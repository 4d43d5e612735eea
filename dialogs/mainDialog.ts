import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { ComponentDialog, DialogSet, DialogTurnStatus, WaterfallDialog, type DialogState, type WaterfallStepContext } from 'botbuilder-dialogs';
import { textMessage } from '../src/cards/messages.js';
import type { Localizer } from '../src/i18n.js';
import { CommandMatcher, type Command } from './commands.js';
import { getTurnLanguage } from './context/turnLanguage.js';
import { sendWelcome } from './welcome.js';

const ROUTE = 'route';

/** What the main dialog needs from the bot. */
export interface MainDialogDeps {
  localizer: Localizer;
}

/**
 * The root dialog: reads what a message means and answers it, or hands it to a child dialog.
 * @remarks One pass per message: the waterfall has a single routing step, child dialogs run on top of it.
 */
export class MainDialog extends ComponentDialog {
  static readonly id = 'main';
  private readonly commands: CommandMatcher;

  constructor(deps: MainDialogDeps) {
    super(MainDialog.id);
    this.commands = new CommandMatcher(deps.localizer);
    this.addDialog(new WaterfallDialog(ROUTE, [(step) => this.route(step)]));
    this.initialDialogId = ROUTE;
  }

  /** Runs the dialog stack for one turn: continues an active dialog or starts the main one. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(dialogState);
    dialogSet.add(this);
    const dialogContext = await dialogSet.createContext(context);
    const result = await dialogContext.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dialogContext.beginDialog(this.id);
  }

  private async route(step: WaterfallStepContext) {
    const { activity } = step.context;
    const command = this.commands.match(activity.text, activity.value);
    await this.answer(step.context, command);
    return step.endDialog();
  }

  private async answer(context: TurnContext, command: Command | undefined): Promise<void> {
    const { t, channelLocale } = getTurnLanguage(context);
    switch (command) {
      case 'help':
        await context.sendActivity(textMessage(t('help.text'), channelLocale, [t('actions.programmes'), t('actions.findContact'), t('actions.simpleLanguage')]));
        return;
      case 'programmes':
        await sendWelcome(context);
        return;
      default:
        await context.sendActivity(textMessage(t('fallback.text'), channelLocale, [t('actions.findContact'), t('actions.help')]));
    }
  }
}
