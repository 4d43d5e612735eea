import { describe, expect, it } from 'vitest';
import { CONTACT_ROLES } from '../../../src/core/regions/contactSchema.js';
import { districtByKey, findContacts, landschaftsverbandOf, type Regions } from '../../../src/core/regions/index.js';
import { realRegions } from './regionsFixture.js';

const regions = realRegions();
const SOURCE_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** Contacts whose sources show no date (data/contacts notes say why); every other contact must carry its source date. */
const UNDATED = new Set(['eaa-hwk-muenster']);

describe.each(regions.districts.map((d) => [d.name, d.key, d.landschaftsverband] as const))('findContacts(%s)', (_name, key, lv) => {
  const set = findContacts(regions, key);

  it('starts with an EAA entry that has a link', () => {
    expect(set.contacts[0]).toMatchObject({ role: 'eaa' });
    expect(set.contacts[0]!.url).toMatch(/^https?:\/\//);
  });

  it('gives every entry its sources and the date of its newest source', () => {
    for (const c of set.contacts) {
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      if (UNDATED.has(c.id)) expect(c.asOf, c.id).toBeUndefined();
      else expect(c.asOf, c.id).toMatch(SOURCE_DATE);
    }
  });

  it('orders entries by role: EAA, Inklusionsamt, Fachstelle, IFD, Arbeitgeber-Service, other', () => {
    const ranks = set.contacts.map((c) => CONTACT_ROLES.indexOf(c.role));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it(`gives ${lv} contacts only`, () => {
    const ids = set.contacts.map((c) => c.id);
    expect(set.landschaftsverband).toBe(lv);
    if (lv === 'LVR') {
      expect(ids).toEqual(expect.arrayContaining(['eaa-rheinland', 'lvr-inklusionsamt']));
      expect(ids.some((id) => id.startsWith('lwl-'))).toBe(false);
    } else {
      expect(ids).toContain('lwl-inklusionsamt-arbeit');
      expect(ids.some((id) => id.startsWith('lvr-') || id === 'eaa-rheinland')).toBe(false);
    }
  });

  it('includes the nationwide EAA information, an Inklusionsamt and the Arbeitgeber-Service', () => {
    const roles = set.contacts.map((c) => c.role);
    expect(set.contacts.map((c) => c.id)).toContain('bih-eaa');
    expect(roles).toContain('inklusionsamt');
    expect(roles).toContain('arbeitgeber-service');
  });
});

describe('regional EAA', () => {
  it('lists the chamber EAA of Düsseldorf first, with the businesses they serve', () => {
    const set = findContacts(regions, '05111');
    expect(set.hasRegionalEaa).toBe(true);
    expect(set.contacts.slice(0, 4).map((c) => c.id)).toEqual(['eaa-ihk-duesseldorf', 'eaa-hwk-duesseldorf', 'eaa-rheinland', 'bih-eaa']);
    expect(set.contacts.slice(0, 2).map((c) => c.sector)).toEqual(['industrie-und-handel', 'handwerk']);
    expect(set.contacts.slice(0, 2).every((c) => c.level === 'regional' && c.confirmed)).toBe(true);
  });

  it('falls back to the Landschaftsverband overview where no regional EAA is confirmed', () => {
    const koeln = findContacts(regions, '05315');
    const soest = findContacts(regions, '05974');
    expect([koeln.hasRegionalEaa, soest.hasRegionalEaa]).toEqual([false, false]);
    expect(koeln.contacts.slice(0, 3).map((c) => c.id)).toEqual(['eaa-rheinland', 'bih-eaa', 'lvr-inklusionsamt']);
    expect(soest.contacts.slice(0, 2).map((c) => c.id)).toEqual(['bih-eaa', 'lwl-inklusionsamt-arbeit']);
  });

  it('puts an unconfirmed regional entry after the confirmed ones of its role', () => {
    const unconfirmed = { ...regions.contacts.regional[0]!, id: 'eaa-test', districts: ['05315'], confirmed: false, note: 'Zuständigkeit nicht bestätigt.' };
    const withUnconfirmed: Regions = { ...regions, contacts: { ...regions.contacts, regional: [...regions.contacts.regional, unconfirmed] } };
    const ids = findContacts(withUnconfirmed, '05315').contacts.map((c) => c.id);
    expect(ids.slice(0, 3)).toEqual(['eaa-rheinland', 'bih-eaa', 'eaa-test']);
  });

  it('never shows an empty optional field', () => {
    for (const c of findContacts(regions, '05315').contacts) {
      for (const field of ['phone', 'email', 'address', 'sector'] as const) expect(field in c && c[field] === undefined, `${c.id}.${field}`).toBe(false);
    }
  });

  it('rejects an unknown district key', () => {
    expect(() => findContacts(regions, '05999')).toThrow('Unknown district key "05999"');
  });
});

describe('district helpers', () => {
  it('finds a district and its Landschaftsverband by key', () => {
    expect(districtByKey(regions, '05974')?.name).toBe('Kreis Soest');
    expect(landschaftsverbandOf(regions, '05974')).toBe('LWL');
    expect(landschaftsverbandOf(regions, '05315')).toBe('LVR');
    expect(districtByKey(regions, '09162')).toBeUndefined();
  });
});
