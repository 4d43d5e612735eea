import type { ContentProblem } from '../knowledge/validationError.js';
import type { KeyCollision } from './placeIndex.js';
import type { Alias, DefaultContact, District, Municipality, PostcodeRules, RegionalContact } from './schema.js';

// shared/knowledge/nrw-districts.json: 22 kreisfreie Städte, 30 Kreise, the Städteregion Aachen.
export const EXPECTED_DISTRICTS = 53;
// Destatis GV-ISys, Gebietsstand 31.12.2019 (unchanged in the MietNEinV annex of 25.01.2021).
export const EXPECTED_MUNICIPALITIES = 396;
// The LVR serves the Regierungsbezirke Düsseldorf and Köln, the LWL the other three.
const LVR_REGIERUNGSBEZIRKE = new Set(['Düsseldorf', 'Köln']);

const DISTRICTS_FILE = 'data/regions/districts.json';
const MUNICIPALITIES_FILE = 'data/regions/municipalities.json';

/** Districts: unique keys, all 53, Landschaftsverband matching the Regierungsbezirk. */
export function checkDistricts(districts: readonly District[]): ContentProblem[] {
  const problems = duplicates(districts.map((d) => d.key)).map((key) => ({ file: DISTRICTS_FILE, item: key, field: 'key', problem: 'appears twice' }));
  if (districts.length !== EXPECTED_DISTRICTS) problems.push({ file: DISTRICTS_FILE, item: '-', field: '', problem: `must list ${EXPECTED_DISTRICTS} districts, found ${districts.length}` });
  for (const d of districts) {
    const expected = LVR_REGIERUNGSBEZIRKE.has(d.regierungsbezirk) ? 'LVR' : 'LWL';
    if (d.landschaftsverband !== expected) problems.push({ file: DISTRICTS_FILE, item: d.key, field: 'landschaftsverband', problem: `must be ${expected} for Regierungsbezirk ${d.regierungsbezirk}` });
  }
  return problems;
}

/** Municipalities: unique keys, all 396, each in an existing district that its key starts with, no empty district. */
export function checkMunicipalities(municipalities: readonly Municipality[], districtKeys: ReadonlySet<string>): ContentProblem[] {
  const problems = duplicates(municipalities.map((m) => m.ags)).map((ags) => ({ file: MUNICIPALITIES_FILE, item: ags, field: 'ags', problem: 'appears twice' }));
  if (municipalities.length !== EXPECTED_MUNICIPALITIES) problems.push({ file: MUNICIPALITIES_FILE, item: '-', field: 'municipalities', problem: `must list ${EXPECTED_MUNICIPALITIES} municipalities, found ${municipalities.length}` });
  for (const m of municipalities) {
    if (!districtKeys.has(m.district)) problems.push({ file: MUNICIPALITIES_FILE, item: m.ags, field: 'district', problem: `unknown district key "${m.district}"` });
    else if (!m.ags.startsWith(m.district)) problems.push({ file: MUNICIPALITIES_FILE, item: m.ags, field: 'district', problem: `must be the first five digits of the ags (${m.ags.slice(0, 5)})` });
  }
  const used = new Set(municipalities.map((m) => m.district));
  for (const key of districtKeys) if (!used.has(key)) problems.push({ file: MUNICIPALITIES_FILE, item: key, field: 'district', problem: 'district has no municipality' });
  return problems;
}

/** Aliases: known targets, no alias listed twice, none that repeats an official name. */
export function checkAliases(aliases: readonly Alias[], known: ReadonlySet<string>, collisions: readonly KeyCollision[], outsideNames: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const a of aliases) {
    for (const target of a.targets) if (!known.has(target)) problems.push({ file: 'data/regions/aliases.json', item: a.alias, field: 'targets', problem: `unknown municipality or district "${target}"` });
  }
  for (const c of collisions) {
    const file = outsideNames.has(c.name) ? 'data/regions/outside-nrw.json' : 'data/regions/aliases.json';
    problems.push({ file, item: c.name, field: 'name', problem: `same lookup key "${c.key}" as "${c.existing}" already has` });
  }
  return problems;
}

/** Postal code rules: every name form points to a municipality of that name. */
export function checkPostcodeRules(rules: PostcodeRules, byAgs: ReadonlyMap<string, Municipality>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const form of rules.placeNameForms) {
    const m = byAgs.get(form.municipality);
    if (!m) problems.push({ file: 'data/regions/postcodes.json', item: form.place, field: 'municipality', problem: `unknown municipality "${form.municipality}"` });
    else if (!m.name.startsWith(`${form.place} `)) problems.push({ file: 'data/regions/postcodes.json', item: form.place, field: 'municipality', problem: `"${m.name}" is not a longer form of "${form.place}"` });
  }
  return problems;
}

/** Contacts: unique ids, known districts, and an EAA and an Inklusionsamt for both Landschaftsverbände. */
export function checkContacts(defaults: readonly DefaultContact[], regional: readonly RegionalContact[], districtKeys: ReadonlySet<string>): ContentProblem[] {
  const problems = duplicates([...defaults, ...regional].map((c) => c.id)).map((id) => ({ file: 'data/contacts', item: id, field: 'id', problem: 'used twice' }));
  for (const c of regional) {
    for (const key of c.districts) if (!districtKeys.has(key)) problems.push({ file: 'data/contacts/regional.json', item: c.id, field: 'districts', problem: `unknown district key "${key}"` });
  }
  for (const lv of ['LVR', 'LWL'] as const) {
    for (const role of ['eaa', 'inklusionsamt'] as const) {
      if (!defaults.some((c) => c.role === role && (c.area === lv || c.area === 'NRW'))) {
        problems.push({ file: 'data/contacts/defaults.json', item: lv, field: 'contacts', problem: `needs a "${role}" contact for ${lv} or NRW, so that every district gets one` });
      }
    }
  }
  return problems;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((v) => seen.size === seen.add(v).size))];
}
