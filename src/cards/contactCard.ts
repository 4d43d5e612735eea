import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import type { Contact, ContactSet } from '../core/regions/index.js';
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
 * The contact points of a district: the EAA first, then Inklusionsamt, Fachstelle, Arbeitgeber-Service.
 * @remarks Only contacts from data/contacts are shown; where no regional EAA is confirmed the card says so and
 * the overview pages take its place — nothing is invented.
 */
export function contactAnswer(set: ContactSet, t: Translator, channelLocale: string, language: AnswerLanguage): Partial<Activity> {
  const place = set.district.name;
  const body: unknown[] = [textBlock(t('contact.heading', { place }), { size: 'Medium', weight: 'Bolder', style: 'heading' })];
  // Where no EAA of its own is confirmed, the card says what is known: who runs the EAA there and whom to call today.
  if (!set.hasRegionalEaa) body.push(textBlock(t(`facts:contact.noRegionalEaa.${set.district.landschaftsverband}`, { place })));
  for (const contact of set.contacts) body.push(...contactBlock(contact, t, channelLocale));
  const eaa = set.contacts.find((c) => c.role === 'eaa');
  const card = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    lang: channelLocale.slice(0, 2),
    fallbackText: set.contacts.map((c) => `${c.name}: ${c.url}${c.phone ? `, ${c.phone}` : ''}`).join('\n'),
    body,
    actions: [
      ...(eaa ? [{ type: 'Action.OpenUrl', title: t('contact.openEaa'), url: eaa.url }] : []),
      { type: 'Action.Submit', title: t('contact.otherPlace'), data: { command: 'findContact', otherPlace: true } },
      languageSwitchAction(language, t),
    ],
  };
  return {
    type: ActivityTypes.Message,
    locale: channelLocale,
    textFormat: 'markdown',
    text: t('contact.intro', { place }),
    summary: t('contact.heading', { place }),
    attachments: [CardFactory.adaptiveCard(card)],
  };
}
