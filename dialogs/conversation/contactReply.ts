import type { TurnContext } from 'botbuilder';
import { contactAnswer } from '../../src/cards/contactCard.js';
import { suggestedActions, textMessage } from '../../src/cards/messages.js';
import type { SectorChoice } from '../../src/core/contacts/sectors.js';
import type { ContactDetail } from '../../src/core/conversation/index.js';
import type { ContactRole } from '../../src/core/regions/index.js';
import { findContacts, landschaftsverbandOf } from '../../src/core/regions/index.js';
import { getTurnLanguage } from '../context/turnLanguage.js';
import { suggestions } from '../replies.js';
import type { DialogServices } from '../services.js';
import { conversationContext } from './context.js';

/**
 * Sends the contact card of a district in the turn's language and remembers the district as the last answer.
 * Asked for a detail (phone, e-mail, address) that none of the district's contacts has (of the kind of office the
 * question names, when it names one), it first says so plainly. The office the question names leads the card. With the
 * employer's chamber sector the card names that chamber's EAA.
 */
export async function sendContactCard(
  context: TurnContext,
  services: DialogServices,
  districtKey: string,
  asked: { detail?: ContactDetail | undefined; role?: ContactRole | undefined; sector?: SectorChoice | undefined } = {},
): Promise<void> {
  const { detail, role, sector } = asked;
  const { t, channelLocale, language } = getTurnLanguage(context);
  const data = await services.state.conversationData.get(context, {});
  data.districtKey = districtKey;
  const contacts = findContacts(services.content.regions, districtKey);
  const named = role && contacts.contacts.some((c) => c.role === role) ? contacts.contacts.filter((c) => c.role === role) : contacts.contacts;
  if (detail && !named.some((c) => c[detail])) await context.sendActivity(textMessage(t(`conversation:missingDetail.${detail}`, { place: role && named !== contacts.contacts ? `${named[0]!.name} (${contacts.district.name})` : contacts.district.name }), channelLocale));
  const reply = contactAnswer(contacts, t, channelLocale, language, sector, role);
  reply.suggestedActions = suggestedActions(suggestions(context, 'programmes', 'help'));
  await context.sendActivity(reply);
  (await conversationContext(context, services)).lastAnswer = 'contact';
}

/**
 * "Sind das zwei verschiedene Inklusionsämter?" with sites in several districts: which Inklusionsamt each site's district
 * has, then the contact card of each.
 */
export async function sendSiteContacts(context: TurnContext, services: DialogServices, sites: readonly string[], role?: ContactRole): Promise<void> {
  await sendSiteOffices(context, services, sites);
  for (const site of sites) await sendContactCard(context, services, site, { role });
}

/** Which Inklusionsamt each site's district has, in one message; the offices are then under discussion. */
export async function sendSiteOffices(context: TurnContext, services: DialogServices, sites: readonly string[]): Promise<void> {
  const { t, channelLocale } = getTurnLanguage(context);
  const { regions } = services.content;
  const offices = sites.map((key) => {
    const association = landschaftsverbandOf(regions, key);
    const district = findContacts(regions, key).district.name;
    return association ? `${district} – ${t(`places:office.${association}`)}` : district;
  });
  await context.sendActivity(textMessage(t('places:sites.each', { offices: offices.join('; ') }), channelLocale));
  (await conversationContext(context, services)).lastAnswer = 'contact';
}
