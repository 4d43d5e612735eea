import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import type { SectorChoice } from '../core/contacts/sectors.js';
import type { Contact, ContactRole, ContactSet } from '../core/regions/index.js';
import type { AnswerLanguage, Translator } from '../i18n.js';
import { formatPartialDate } from './format.js';
import { languageSwitchAction } from './languageSwitch.js';
import { CARD_VERSION } from './topicCard.js';

const textBlock = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'TextBlock', text, wrap: true, ...extra });

/** `tel:` link target for a German number as published ("0251 591-3461" → "+492515913461"). */
export function telUri(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('+') ? digits : `+49${digits.replace(/^0/, '')}`}`;
}

/** One contact: name, role, what it does in one sentence, then website, phone and e-mail as links. */
function contactBlock(contact: Contact, t: Translator, channelLocale: string) {
  const lines = [
    textBlock(contact.name, { weight: 'Bolder', spacing: 'Medium', separator: true }),
    textBlock(t(`contact.roles.${contact.role}.label`), { isSubtle: true, spacing: 'None' }),
    textBlock(t(`contact.roles.${contact.role}.description`), { spacing: 'Small' }),
  ];
  if (contact.sector) lines.push(textBlock(t(`contact.sectors.${contact.sector}`), { weight: 'Bolder', spacing: 'Small' }));
  const links = [`${t('contact.website')}: [${contact.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}](${contact.url})`];
  if (contact.phone) links.push(`${t('contact.phone')}: [${contact.phone}](${telUri(contact.phone)})`);
  if (contact.email) links.push(`${t('contact.email')}: [${contact.email}](mailto:${contact.email})`);
  lines.push(textBlock(links.join('  \n'), { spacing: 'Small' }));
  const dated = contact.asOf ? t('facts:contactSourceFrom', { date: formatPartialDate(contact.asOf, channelLocale) }) : t('facts:contactSourceUndated');
  lines.push(textBlock(dated, { isSubtle: true, size: 'Small', spacing: 'Small' }));
  return lines;
}

/**
 * The contacts for a known sector: that sector's chamber EAA first; for a business of neither chamber, no chamber EAA.
 * Without a sector the list stays as it is.
 */
export function contactsForSector(contacts: readonly Contact[], sector: SectorChoice | undefined): Contact[] {
  if (!sector) return [...contacts];
  if (sector === 'other') return contacts.filter((c) => !c.sector);
  return [...contacts.filter((c) => c.sector === sector), ...contacts.filter((c) => c.sector !== sector)];
}

/** The contacts with the office asked for first ("Welcher Integrationsfachdienst …"); the rest keep their order. */
export function contactsForRole(contacts: readonly Contact[], role: ContactRole | undefined): Contact[] {
  if (!role) return [...contacts];
  return [...contacts.filter((c) => c.role === role), ...contacts.filter((c) => c.role !== role)];
}

/** The sectors whose chamber EAA the district has: asking for the sector changes the answer only then. */
const sectorsOffered = (contacts: readonly Contact[]) => [...new Set(contacts.flatMap((c) => (c.sector ? [c.sector] : [])))];

/**
 * The contact points of a district: the EAA first, then Inklusionsamt, Fachstelle, Arbeitgeber-Service; the office the
 * question asked for (`role`) first, and where the data hold no entry for it, a sentence that says so above the others.
 * @remarks Only contacts from data/contacts are shown; where no regional EAA is confirmed the card says what is known
 * instead — nothing is invented. Where a chamber EAA serves only one sector, the card names it for a business of that
 * sector, or asks for the sector when it is not known.
 */
export function contactAnswer(set: ContactSet, t: Translator, channelLocale: string, language: AnswerLanguage, sector?: SectorChoice, role?: ContactRole): Partial<Activity> {
  const place = set.district.name;
  const contacts = contactsForRole(contactsForSector(set.contacts, sector), role);
  const offered = sectorsOffered(set.contacts);
  const sectorEaa = sector && sector !== 'other' ? contacts.find((c) => c.role === 'eaa' && c.sector === sector) : undefined;
  const body: unknown[] = [textBlock(t('contact.heading', { place }), { size: 'Medium', weight: 'Bolder', style: 'heading' })];
  // "Welcher IFD ist für Herne zuständig?" where the data hold no IFD: say so first instead of answering with another office
  if (role && !contacts.some((c) => c.role === role)) body.push(textBlock(t('routing:officeWithoutEntry', { office: t(`contact.roles.${role}.label`), place }), { weight: 'Bolder' }));
  if (sectorEaa) body.push(textBlock(t('facts:contact.sectorEaa', { sector: t(`facts:contact.sectors.${sector}`), name: sectorEaa.name }), { weight: 'Bolder' }));
  // Where no EAA of its own is confirmed, the card says what is known: who runs the EAA there and whom to call today.
  else if (!contacts.some((c) => c.role === 'eaa' && c.level === 'regional' && !c.sector)) {
    body.push(textBlock(t(`facts:contact.noRegionalEaa.${set.district.landschaftsverband}`, { place })));
  }
  for (const contact of contacts) body.push(...contactBlock(contact, t, channelLocale));
  const askSector = !sector && offered.length > 0;
  if (askSector) body.push(textBlock(t('facts:contact.askSector', { place }), { weight: 'Bolder', spacing: 'Medium' }));
  const sectorActions = askSector
    ? [...offered, 'other' as const].map((s) => ({ type: 'Action.Submit', title: t(`facts:contact.sectors.${s}`), data: { command: 'findContact', sector: s } }))
    : [];
  const eaa = contacts.find((c) => c.role === 'eaa');
  const card = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    lang: channelLocale.slice(0, 2),
    fallbackText: contacts.map((c) => `${c.name}: ${c.url}${c.phone ? `, ${c.phone}` : ''}`).join('\n'),
    body,
    actions: [
      ...sectorActions,
      ...(eaa ? [{ type: 'Action.OpenUrl', title: t('contact.openEaa'), url: eaa.url }] : []),
      { type: 'Action.Submit', title: t('contact.otherPlace'), data: { command: 'findContact', otherPlace: true } },
      languageSwitchAction(language, t),
    ],
  };
  return {
    type: ActivityTypes.Message,
    locale: channelLocale,
    textFormat: 'markdown',
    text: sectorEaa
      ? `${t('contact.intro', { place })} ${t('facts:contact.sectorEaa', { sector: t(`facts:contact.sectors.${sector}`), name: sectorEaa.name })}`
      : t('contact.intro', { place }),
    summary: t('contact.heading', { place }),
    attachments: [CardFactory.adaptiveCard(card)],
  };
}
