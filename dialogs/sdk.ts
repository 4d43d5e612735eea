/**
 * The parts of botbuilder-dialogs the bot uses, imported from their own modules.
 * @remarks The package's index also loads the prompts with Microsoft's text recognizers (date, number and choice
 * grammars for many languages): about 17 MB of heap and 40 MB of resident memory per process, for prompts this bot
 * does not use. botbuilder-dialogs 4.23.3 is the final release of an archived SDK and pinned exactly in
 * package.json, so these module paths cannot move under us. Types may still come from the package itself (a type
 * import loads nothing); ESLint stops any other value import of it.
 */
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog.js';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet.js';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog.js';
