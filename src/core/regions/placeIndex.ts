import type { Alias, District, Municipality, OutsidePlace } from './schema.js';
import type { LandscapeDistricts } from './landscapes.js';
import { placeKey } from './placeText.js';
import { buildTypoMatcher, type TypoMatcher } from './typoMatcher.js';

/** How a place was recognised. */
export type ResolvedVia = 'postcode' | 'municipality' | 'district' | 'alias' | 'region';

// Short aliases (Stadtteile such as "Beuel", "Hüsten") sit one letter away from everyday words ("Beule", "hüten"),
// and names outside NRW are not worth a guess ("heißen" → Hessen, "Sachen" → Sachsen).
const MIN_ALIAS_TYPO_LENGTH = 8;

/** A place a lookup key can stand for. */
export interface PlaceCandidate {
  label: string;
  /** The NRW district, or null for a place outside NRW. */
  districtKey: string | null;
  via: ResolvedVia | 'outside';
  /** An everyday word as well ("Lage", "Wenden"): needs context to count. */
  commonWord: boolean;
  /** "Kölner", "Bonner": a weak hint, dropped when the question names a place outright. */
  demonym: boolean;
  /** The informal region ("Sauerland") this candidate was found through, for via 'region'. */
  region?: string;
  /** The region's name in English texts ("Ruhr area"), when the data gives one. */
  regionEnglish?: string;
}

/** Place names by lookup key, plus the typo matcher over the same keys. */
export interface PlaceIndex {
  byKey: ReadonlyMap<string, readonly PlaceCandidate[]>;
  /** The longest key in tokens, the window the scanner tries first. */
  maxTokens: number;
  typo: TypoMatcher;
  /** Lookup keys of the Stadtteile of a municipality, by its name: "Köln Mülheim" is Köln (aliases.json, kind stadtteil). */
  townParts: ReadonlyMap<string, ReadonlySet<string>>;
}

/** An alias or outside name whose key is already an official NRW name: a data error. */
export interface KeyCollision { name: string; key: string; existing: string }

/** Everything the index is built from. */
export interface PlaceIndexInput {
  districts: readonly District[];
  municipalities: readonly Municipality[];
  aliases: readonly Alias[];
  outside: readonly OutsidePlace[];
  landscapes?: readonly LandscapeDistricts[];
  commonWordNames: readonly string[];
}

/**
 * Builds the lookup of every official name, its mechanical variants, the aliases and the outside-NRW names.
 * @remarks A derived variant never overrides an official name of another district; aliases and outside names
 * that collide with official names are returned as collisions for the loader to report.
 */
export function buildPlaceIndex(input: PlaceIndexInput): { index: PlaceIndex; collisions: KeyCollision[] } {
  const common = new Set(input.commonWordNames.map(placeKey));
  const official = new Map<string, PlaceCandidate[]>();
  const derived = new Map<string, PlaceCandidate[]>();
  const add = (map: Map<string, PlaceCandidate[]>, name: string, candidate: Omit<PlaceCandidate, 'commonWord' | 'demonym'>, demonym = false, commonWord = false) => {
    const key = placeKey(name);
    if (key === '') return;
    const list = map.get(key) ?? [];
    if (!list.some((c) => c.label === candidate.label && c.districtKey === candidate.districtKey)) {
      list.push({ ...candidate, commonWord: commonWord || common.has(key), demonym });
    }
    map.set(key, list);
  };

  for (const m of input.municipalities) {
    const candidate = { label: m.name, districtKey: m.district, via: 'municipality' as const };
    add(official, m.name, candidate);
    for (const variant of municipalityVariants(m.name)) add(derived, variant, candidate);
  }
  for (const d of input.districts) {
    const candidate = { label: d.name, districtKey: d.key, via: 'district' as const };
    add(official, d.name, candidate);
    for (const variant of districtVariants(d.name)) add(derived, variant, candidate);
  }

  const byKey = new Map(official);
  for (const [key, list] of derived) {
    const existing = byKey.get(key);
    if (existing && existing.some((c) => !list.some((l) => l.districtKey === c.districtKey))) continue;
    byKey.set(key, [...(existing ?? []), ...list.filter((l) => !existing?.some((c) => c.label === l.label))]);
  }

  const collisions: KeyCollision[] = [];
  const addChecked = (name: string, candidates: Omit<PlaceCandidate, 'commonWord' | 'demonym'>[], demonym: boolean, commonWord = false, sharesOfficialName = false) => {
    const key = placeKey(name);
    const existing = byKey.get(key);
    if (existing && !sharesOfficialName) { collisions.push({ name, key, existing: existing[0]!.label }); return; }
    const map = new Map<string, PlaceCandidate[]>(existing ? [[key, [...existing]]] : []);
    for (const c of candidates) add(map, name, c, demonym, commonWord);
    byKey.set(key, map.get(key) ?? []);
  };
  const municipalitiesByAgs = new Map(input.municipalities.map((m) => [m.ags, m]));
  const districtsByKey = new Map(input.districts.map((d) => [d.key, d]));
  const townParts = new Map<string, Set<string>>();
  for (const alias of input.aliases) {
    const town = alias.kind === 'stadtteil' && alias.targets.length === 1 ? municipalitiesByAgs.get(alias.targets[0]!) : undefined;
    if (town) townParts.set(town.name, (townParts.get(town.name) ?? new Set()).add(placeKey(alias.alias)));
    if (alias.onlyAfterTown) continue;
    const candidates = alias.targets.flatMap((target) => {
      const m = municipalitiesByAgs.get(target);
      const d = districtsByKey.get(target);
      if (m) return [{ label: m.name, districtKey: m.district, via: 'alias' as const }];
      return d ? [{ label: d.name, districtKey: d.key, via: 'alias' as const }] : [];
    });
    addChecked(alias.alias, candidates, alias.kind === 'demonym', false, alias.sharesOfficialName);
  }
  for (const landscape of input.landscapes ?? []) {
    const candidates = landscape.districts.map((d) => ({ label: d.name, districtKey: d.key, via: 'region' as const, region: landscape.name, ...(landscape.englishName ? { regionEnglish: landscape.englishName } : {}) }));
    // variants that key alike ("Bergisches", "Bergischen") are one name
    const keys = new Set<string>();
    for (const name of [...landscape.names, ...landscapeAdjectives(landscape.names)]) {
      if (!keys.has(placeKey(name))) addChecked(name, candidates, false, landscape.contextOnly);
      keys.add(placeKey(name));
    }
  }
  for (const place of input.outside) {
    for (const name of [place.name, ...place.variants]) addChecked(name, [{ label: place.name, districtKey: null, via: 'outside' }], false);
  }

  const maxTokens = Math.max(...[...byKey.keys()].map((k) => k.split(' ').length));
  const typoKeys = [...byKey]
    .filter(([key, list]) => !list.some((c) => c.commonWord || c.demonym || c.via === 'outside' || ((c.via === 'alias' || c.via === 'region') && key.length < MIN_ALIAS_TYPO_LENGTH)))
    .map(([key]) => key);
  return { index: { byKey, maxTokens, typo: buildTypoMatcher(typoKeys), townParts }, collisions };
}

/** "Sauerland" → "Sauerländisch" ("aus dem Sauerländischen"), "Sauerländer" ("Sauerländer Betrieb"); one-word names on "-land". */
export function landscapeAdjectives(names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const stem = /^(\p{Lu}\p{Ll}+)land$/u.exec(name)?.[1];
    return stem ? [`${stem}ländisch`, `${stem}länder`] : [];
  });
}

/** "Halle (Westf.)" → "Halle", "Fröndenberg/Ruhr" → "Fröndenberg", "Mülheim an der Ruhr" → "Mülheim", "Bad Salzuflen" → "Salzuflen". */
export function municipalityVariants(name: string): string[] {
  const variants = [
    name.replace(/\s*\(.*\)$/, ''),
    name.replace(/\/.*$/, ''),
    name.replace(/ (?:am|an der|im) .*$/, ''),
    name.replace(/^Bad /, ''),
  ];
  return [...new Set(variants)].filter((v) => v !== name && v.length >= 3);
}

/** "Kreis Soest" → "Soest", "Landkreis Soest"; "Rhein-Sieg-Kreis" → "Rhein-Sieg"; "Städteregion Aachen" → "Aachen". */
export function districtVariants(name: string): string[] {
  const variants: string[] = [];
  const kreis = /^Kreis (.+)$/.exec(name);
  if (kreis) variants.push(kreis[1]!, `Landkreis ${kreis[1]!}`);
  const suffix = /^(.+)-Kreis$/.exec(name);
  if (suffix) variants.push(suffix[1]!);
  // "Oberbergischer Kreis" → "im Oberbergischen", "Märkischer Kreis" → "im Märkischen" (inflection: see placeText.ts)
  const adjective = /^(.+isch)er Kreis$/.exec(name);
  if (adjective) variants.push(adjective[1]!);
  const region = /^Städteregion (.+)$/.exec(name);
  if (region) variants.push(region[1]!);
  return variants;
}
