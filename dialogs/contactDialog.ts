import { ActivityTypes, CardFactory, type TurnContext } from 'botbuilder';
import type { DialogContext, DialogInstance, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog, DialogTurnStatus } from './sdk.js';
import { sectorChoiceOf, sectorOf, type SectorChoice } from '../src/core/contacts/sectors.js';
import { textMessage } from '../src/cards/messages.js';
import { CARD_VERSION } from '../src/cards/topicCard.js';
import type { ContactRole, PlaceOption, PlaceRegion, PlaceResolution } from '../src/core/regions/index.js';
import { getTurnLanguage } from './context/turnLanguage.js';
import { readText } from './context/turnMessage.js';
import { placeResolution } from '../src/core/understand.js';
import { sendContactCard, sendSiteOffices } from './conversation/contactReply.js';
import { conversationContext } from './conversation/context.js';
import { leaveForDigression, takeSuspended } from './conversation/digression.js';
import { asksToClarify, handleInterruption } from './interruptions.js';
import { QUESTION } from './finder/answers.js';
import { say, suggestions } from './replies.js';
import type { DialogServices } from './services.js';

/** Options to start the contact finder with. */
export interface ContactDialogOptions {
  /** The message that started it; a place in it is answered at once. */
  text?: string;
  /** Ask for a place even when one is remembered ("Anderen Ort wählen"). */
  otherPlace?: boolean;
  /** Go on where the search was left for another request. */
  resume?: boolean;
  /** The office the question asked for ("Welcher Integrationsfachdienst …"): it leads the contact card. */
  role?: ContactRole;
  /** The district the conversation means when the text names no place (a site named before: "Und fürs Lager?"). */
  districtKey?: string;
}

interface ContactState {
  stage: 'ask' | 'choose';
  tries: number;
  matched?: string;
  options?: PlaceOption[];
  /** The informal region the options come from ("Sauerland"), and its Landschaftsverband when it has only one. */
  region?: PlaceRegion;
  /** The chamber sector the employer named or chose, when the card should name that chamber's EAA. */
  sector?: SectorChoice;
  /** The office the question asked for; it leads the card. */
  role?: ContactRole;
}

const BIH_EAA_URL = 'https://www.bih.de/integrationsaemter/aufgaben-und-leistungen/einheitliche-ansprechstellen/';
const MAX_TRIES = 3;
// a region as large as a Landschaftsverband (Rheinland, Westfalen) is asked by name, not with 26 buttons
const MAX_BUTTONS = 16;
// places named together that each lie in one district are sites of the business, answered one by one up to this many
const MAX_SITES = 3;

/**
 * "Ansprechstelle finden": from a town, district or postal code to the district's contact points. A message that
 * names a place is answered at once; otherwise it asks, and asks which one when a name fits several districts.
 */
export class ContactDialog extends Dialog<ContactDialogOptions> {
  static readonly id = 'contact';

  constructor(private readonly services: DialogServices) {
    super(ContactDialog.id);
  }

  override async beginDialog(dc: DialogContext, options: ContactDialogOptions = {}): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as ContactState;
    state.stage = 'ask';
    state.tries = 0;
    const sector = sectorChoiceOf(dc.context.activity.value) ?? (options.text ? sectorOf(options.text, this.services.content.sectorWords) : undefined);
    if (sector) state.sector = sector;
    if (options.role) state.role = options.role;
    await takeSuspended(dc.context, this.services, 'contact');
    if (options.text && !options.resume) {
      const resolution = this.resolve(dc.context, options.text);
      if (resolution.kind !== 'none') return this.onResolution(dc, state, resolution);
    }
    const districtKey = options.districtKey ?? (await this.services.state.conversationData.get(dc.context, {})).districtKey;
    if (districtKey && !options.otherPlace && !options.resume) return this.answer(dc, districtKey);
    await this.prompt(dc.context, state, true);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { activity } = dc.context;
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as ContactState;
    const chosen = (activity.value as { districtKey?: unknown } | undefined)?.districtKey;
    if (typeof chosen === 'string' && this.services.content.regions.districtsByKey.has(chosen)) return this.answer(dc, chosen);

    const command = this.services.commands.match(activity.text, activity.value);
    if (command === 'findContact' || command === 'restart' || command === 'back') {
      Object.assign(state, { stage: 'ask', tries: 0 });
      await this.prompt(dc.context, state);
      return Dialog.EndOfTurn;
    }
    const resolution = command ? { kind: 'none' as const } : this.resolve(dc.context, activity.text ?? '');
    if (resolution.kind !== 'none') return this.onResolution(dc, state, resolution);
    if (!command && asksToClarify(this.services, dc.context)) {
      await say(dc.context, 'contact.clarify');
      await this.prompt(dc.context, state);
      return Dialog.EndOfTurn;
    }
    const left = command ? undefined : await leaveForDigression(dc, this.services, 'contact', false, state);
    if (left) return left;

    const interruption = await handleInterruption(dc, this.services, { questions: true });
    if (interruption === 'cancelled') return { status: DialogTurnStatus.cancelled };
    if (interruption === 'answered') {
      await this.prompt(dc.context, state);
      return Dialog.EndOfTurn;
    }
    // a question of its own that names no place ("Who can help us with a wheelchair user?") is answered, not taken for a place
    const text = activity.text ?? '';
    if (!command && QUESTION.test(text.trim())) {
      const asked = await leaveForDigression(dc, this.services, 'contact', false, state, true);
      if (asked) return asked;
    }
    state.tries += 1;
    if (state.tries >= MAX_TRIES) {
      await this.sendOverview(dc.context, 'contact.giveUp');
      return dc.endDialog();
    }
    await say(dc.context, 'contact.askAgain', {}, 'cancel');
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.prompt(context, instance.state as ContactState);
  }

  /** Where `text` names; the turn's message is resolved once, also when understanding has already done so. */
  private resolve(context: TurnContext, text: string): PlaceResolution {
    return readText(context, text, placeResolution(this.services.content.regions));
  }

  private async onResolution(dc: DialogContext, state: ContactState, resolution: Exclude<PlaceResolution, { kind: 'none' }>): Promise<DialogTurnResult> {
    switch (resolution.kind) {
      case 'district':
        return this.answer(dc, resolution.district.key);
      case 'ambiguous':
        // "Die Häuser sind in Witten und in Dinslaken.": the contacts of each site
        if (resolution.sites && resolution.options.length <= MAX_SITES) {
          for (const option of resolution.options) await sendContactCard(dc.context, this.services, option.districtKey, { sector: state.sector, role: state.role });
          return dc.endDialog();
        }
        // more sites than cards: which office each site's district has; a site's card follows when asked for ("Und für Werl?")
        if (resolution.sites) {
          await sendSiteOffices(dc.context, this.services, resolution.options.map((o) => o.districtKey));
          return dc.endDialog();
        }
        Object.assign(state, { stage: 'choose', matched: resolution.matched, options: resolution.options, region: resolution.region });
        await this.prompt(dc.context, state);
        return Dialog.EndOfTurn;
      case 'outside-nrw':
        if (resolution.postcode && !resolution.place) {
          // "99999": no German place has it; ask again instead of sending the nationwide overview
          Object.assign(state, { stage: 'ask' });
          await say(dc.context, 'places:postcode.unknown', { postcode: resolution.postcode }, 'cancel');
          return Dialog.EndOfTurn;
        }
        if (resolution.postcode) await this.sendOverview(dc.context, 'places:postcode.outsideNrw', { postcode: resolution.postcode, place: resolution.place });
        else await this.sendOverview(dc.context, 'contact.outsideNrw', { place: resolution.place ?? resolution.matched });
        // "Und in unserem Hauptwerk in Minden?" right after it asks for the contacts there
        (await conversationContext(dc.context, this.services)).lastAnswer = 'contact';
        return dc.endDialog();
    }
  }

  private async answer(dc: DialogContext, districtKey: string): Promise<DialogTurnResult> {
    const { sector, role } = dc.activeDialog!.state as ContactState;
    await sendContactCard(dc.context, this.services, districtKey, { sector, role });
    return dc.endDialog({ districtKey });
  }

  /** Asks for the place (`first`: when the search starts without an office asked for, naming the EAA as the first port of call). */
  private async prompt(context: TurnContext, state: ContactState, first = false): Promise<void> {
    const { t, channelLocale, language } = getTurnLanguage(context);
    if (state.stage === 'ask') {
      const text = first && !state.role ? `${t('contact.eaaFirst')} ${t('contact.ask')}` : t('contact.ask');
      await context.sendActivity(textMessage(text, channelLocale, suggestions(context, 'cancel')));
      return;
    }
    const options = state.options ?? [];
    const buttons = options.length <= MAX_BUTTONS ? options : [];
    const text = state.region ? this.regionQuestion(t, state.region, buttons.length === 0, language === 'en') : t('contact.choose', { matched: state.matched });
    const card = {
      type: 'AdaptiveCard',
      version: CARD_VERSION,
      body: [{ type: 'TextBlock', text, wrap: true }],
      actions: buttons.map((o) => ({ type: 'Action.Submit', title: o.label, data: { districtKey: o.districtKey } })),
    };
    await context.sendActivity({ type: ActivityTypes.Message, locale: channelLocale, text, attachments: [CardFactory.adaptiveCard(card)] });
  }

  /**
   * "Die Region Sauerland liegt im Gebiet des LWL … In welchem Kreis …?", naming the Landschaftsverband when it is clear;
   * English texts use the region's English name where the data gives one ("the Ruhr area").
   */
  private regionQuestion(t: (key: string, options?: Record<string, unknown>) => string, region: PlaceRegion, askByName: boolean, english: boolean): string {
    const lv = region.landschaftsverband;
    const name = english ? region.englishName ?? region.name : region.name;
    const question = lv
      ? t('places:region.oneAssociation', { region: name, association: t(`places:association.${lv}`), office: t(`places:office.${lv}`) })
      : t('places:region.twoAssociations', { region: name });
    return askByName ? `${question} ${t('places:region.namePlace')}` : question;
  }

  /** Where the bot cannot name a district: the nationwide EAA information of the Integrationsämter. */
  private async sendOverview(context: TurnContext, key: string, params: Record<string, string | undefined> = {}): Promise<void> {
    const { t, channelLocale } = getTurnLanguage(context);
    const text = `${t(key, params)}\n\n[${t('contact.bihLink')}](${BIH_EAA_URL})`;
    await context.sendActivity(textMessage(text, channelLocale, suggestions(context, 'findContact', 'help')));
  }
}
