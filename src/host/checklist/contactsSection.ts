import { telUri } from '../../cards/contactCard.js';
import { checklistContacts, type ChecklistContact } from '../../cards/checklistFacts.js';
import { formatPartialDate } from '../../cards/format.js';
import type { Content } from '../../core/content.js';
import type { District } from '../../core/regions/index.js';
import type { Translator } from '../../i18n.js';
import { escapeHtml as e } from '../pageTemplate.js';
import { link } from './programmeSection.js';

function contactItem(contact: ChecklistContact, t: Translator, locale: string): string {
  const lines = [
    `<strong>${e(contact.name)}</strong> <span class="role">${e(t(`contact.roles.${contact.role}.label`))}</span>`,
    e(t(`contact.roles.${contact.role}.description`)),
  ];
  if (contact.sector) lines.push(e(t(`contact.sectors.${contact.sector}`)));
  lines.push(`${e(t('contact.website'))}: ${link(contact.url, contact.url.replace(/^https?:\/\//, '').replace(/\/$/, ''))}`);
  if (contact.phone) lines.push(`${e(t('contact.phone'))}: <a href="${e(telUri(contact.phone))}">${e(contact.phone)}</a>`);
  if (contact.email) lines.push(`${e(t('contact.email'))}: <a href="mailto:${e(contact.email)}">${e(contact.email)}</a>`);
  const sourceDate = contact.asOf ? t('checklist:contacts.asOf', { date: formatPartialDate(contact.asOf, locale) }) : t('facts:contactSourceUndated');
  lines.push(`<span class="source">${e(sourceDate)}</span>`);
  return `<li>${lines.join('<br>')}</li>`;
}

/** The contact points section; phone numbers are `tel:` links, e-mail addresses `mailto:` links. */
export function contactsSection(content: Content, district: District | undefined, t: Translator, locale: string): string {
  const heading = district ? t('checklist:contacts.heading', { place: district.name }) : t('checklist:contacts.headingNrw');
  const intro = district ? '' : `<p>${e(t('checklist:contacts.noRegionText'))}</p>`;
  return `<section class="contacts" aria-labelledby="contacts-heading">
<h2 id="contacts-heading">${e(heading)}</h2>${intro}
<ul class="contact-list">${checklistContacts(content, district).map((c) => contactItem(c, t, locale)).join('')}</ul>
</section>`;
}
