import { CONTACT_ROLES } from './contactSchema.js';
import type { DefaultContact, RegionalContact } from './schema.js';
import type { Contact, ContactLevel, ContactSet, Regions } from './types.js';
import { districtByKey } from './districts.js';

const LEVEL_ORDER: readonly ContactLevel[] = ['regional', 'landschaftsverband', 'nrw'];

/**
 * The contact points for a district, in the order the bot shows them: EAA first (the district's own confirmed
 * EAA, then the Landschaftsverband's overview, then the BIH), then Inklusionsamt, Fachstelle, IFD,
 * Arbeitgeber-Service and other offers.
 * @remarks Within a role, confirmed contacts come before unconfirmed ones, and regional before general ones.
 */
export function findContacts(regions: Regions, districtKey: string): ContactSet {
  const district = districtByKey(regions, districtKey);
  if (!district) throw new Error(`Unknown district key "${districtKey}"`);
  const lv = district.landschaftsverband;

  const regional = regions.contacts.regional.filter((c) => c.districts.includes(district.key)).map(fromRegional);
  const general = regions.contacts.defaults.filter((c) => c.area === lv || c.area === 'NRW').map(fromDefault);
  const contacts = [...regional, ...general].sort(
    (a, b) =>
      CONTACT_ROLES.indexOf(a.role) - CONTACT_ROLES.indexOf(b.role)
      || Number(b.confirmed) - Number(a.confirmed)
      || LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level),
  );
  return {
    district,
    landschaftsverband: lv,
    contacts,
    hasRegionalEaa: contacts.some((c) => c.role === 'eaa' && c.level === 'regional' && c.confirmed),
  };
}

function fromRegional(c: RegionalContact): Contact {
  return withOptional({ ...base(c), role: c.role, level: 'regional', confirmed: c.confirmed }, c);
}

function fromDefault(c: DefaultContact): Contact {
  return withOptional({ ...base(c), role: c.role, level: c.area === 'NRW' ? 'nrw' : 'landschaftsverband', confirmed: true }, c);
}

function base(c: DefaultContact | RegionalContact) {
  return { id: c.id, name: c.name, organisation: c.organisation, url: c.url, ...(c.asOf ? { asOf: c.asOf } : {}), sources: [...c.sources] };
}

/** Copies only the optional fields that are set, so a card never sees `phone: undefined`. */
function withOptional(contact: Contact, c: DefaultContact | RegionalContact): Contact {
  if (c.phone) contact.phone = c.phone;
  if (c.email) contact.email = c.email;
  if (c.address) contact.address = c.address;
  if (c.sector) contact.sector = c.sector;
  return contact;
}
