import type { PlaceCandidate } from './placeIndex.js';
import { matchPlaces, placeTokens, type PlaceMatch } from './matchPlaces.js';
import { statesOnlyPlace } from './placeStatement.js';
import type { PlaceOption, PlaceRegion, PlaceResolution, Regions, ResolvedVia } from './types.js';

// When one district is found several ways, the most specific way is reported.
const VIA_ORDER: readonly ResolvedVia[] = ['postcode', 'municipality', 'district', 'alias', 'region'];

/**
 * Finds the NRW district a question or a bare place name refers to: a postal code, a municipality, a district,
 * an alias or (when nothing matches exactly) a misspelt name.
 * @remarks Several places in one question narrow each other down ("Gladbach im Rheinisch-Bergischen Kreis");
 * when they contradict each other, or one name fits several districts, the result is "ambiguous".
 */
export function resolvePlace(regions: Regions, text: string): PlaceResolution {
  // the tokens the matches were found in ("PLZ 4 4 7 8 7" is one postal code), also for statesOnlyPlace
  const tokens = placeTokens(regions.matching, text);
  const all = matchPlaces(regions, text, tokens);
  const inNrw = all.filter((m) => m.candidates.some((c) => c.districtKey !== null));
  const strong = inNrw.filter((m) => !m.candidates.every((c) => c.demonym));
  const named = strong.length > 0 ? strong : inNrw;
  // "Nicht Köln, sondern Bonn": a place denied beside another is not meant
  const affirmed = named.filter((m) => !regions.matching.deniedBefore.has(tokens[m.start - 1]?.key ?? ''));
  const matches = affirmed.length > 0 ? affirmed : named;

  if (matches.length === 0) {
    const outside = all.find((m) => m.candidates.length > 0);
    if (!outside) return { kind: 'none' };
    const place = outside.candidates[0]!.label;
    const statement = statesOnlyPlace(regions.matching, text, tokens, all);
    return { kind: 'outside-nrw', matched: outside.text, ...(place ? { place } : {}), ...(outside.postcode ? { postcode: outside.text } : {}), statement };
  }

  const keys = narrowPastOfficeSeats(matches);
  const statement = statesOnlyPlace(regions.matching, text, tokens, all);
  const spans = matches.flatMap((m) => {
    const [key, ...others] = districtKeysOf(m.candidates);
    return key && others.length === 0 ? [{ at: tokens[m.start]!.start, districtKey: key }] : [];
  });
  if (keys.length === 1) return { ...districtResult(regions, matches, keys[0]!), statement, spans };
  const options = optionsFor(matches, keys);
  const region = regionOf(regions, matches, options);
  const sites = !region && matches.every((m) => districtKeysOf(m.candidates).length === 1);
  return { kind: 'ambiguous', options, matched: matches.map((m) => m.text).join(', '), ...(region ? { region } : {}), ...(sites ? { sites } : {}), statement, spans };
}

/** True when the text says only where the business is (see {@link statesOnlyPlace}). */
export function isPlaceStatement(regions: Regions, text: string): boolean {
  const found = resolvePlace(regions, text);
  return found.kind !== 'none' && found.statement;
}

/** The informal region a choice comes from ("Sauerland"), with the Landschaftsverband when all options share one. */
function regionOf(regions: Regions, matches: PlaceMatch[], options: PlaceOption[]): PlaceRegion | undefined {
  const candidate = matches.flatMap((m) => m.candidates).find((c) => c.region !== undefined);
  if (!candidate?.region) return undefined;
  const associations = new Set(options.map((o) => regions.districtsByKey.get(o.districtKey)?.landschaftsverband));
  const only = associations.size === 1 ? [...associations][0] : undefined;
  return { name: candidate.region, ...(candidate.regionEnglish ? { englishName: candidate.regionEnglish } : {}), ...(only ? { landschaftsverband: only } : {}) };
}

/**
 * "Ist das LWL-Inklusionsamt in Münster auch für Betriebe aus Höxter zuständig?": where places contradict each other, the
 * seat of an office named right before one of them does not say where the business is; the other places do.
 */
function narrowPastOfficeSeats(matches: PlaceMatch[]): string[] {
  const keys = narrowDistricts(matches);
  const others = matches.filter((m) => !m.officeSeat);
  if (keys.length <= 1 || others.length === 0 || others.length === matches.length) return keys;
  const withoutSeats = narrowDistricts(others);
  return withoutSeats.length === 1 ? withoutSeats : keys;
}

/** The districts all matches agree on, or, if they contradict each other, every district any of them names. */
function narrowDistricts(matches: PlaceMatch[]): string[] {
  const sets = matches.map((m) => districtKeysOf(m.candidates));
  const postcodeSets = matches.filter((m) => m.postcode).map((m) => districtKeysOf(m.candidates));
  const common = sets.reduce((acc, set) => acc.filter((k) => set.includes(k)));
  if (common.length > 0) return common;
  // A postal code outweighs a name elsewhere in the text: "40721 Düsseldorf-Nord" still means 40721.
  if (postcodeSets.length === 1) return postcodeSets[0]!;
  return [...new Set(sets.flat())];
}

function districtKeysOf(candidates: readonly PlaceCandidate[]): string[] {
  return [...new Set(candidates.flatMap((c) => (c.districtKey === null ? [] : [c.districtKey])))];
}

function districtResult(regions: Regions, matches: PlaceMatch[], key: string): Omit<Extract<PlaceResolution, { kind: 'district' }>, 'statement' | 'spans'> {
  const found = matches.flatMap((match) =>
    match.candidates.filter((c) => c.districtKey === key).map((candidate) => ({ match, candidate })),
  );
  found.sort((a, b) => VIA_ORDER.indexOf(a.candidate.via as ResolvedVia) - VIA_ORDER.indexOf(b.candidate.via as ResolvedVia));
  const { match, candidate } = found[0]!;
  return {
    kind: 'district',
    district: regions.districtsByKey.get(key)!,
    via: candidate.via as ResolvedVia,
    matched: match.text,
    place: candidate.label,
    corrected: match.corrected,
    mentioned: matches.map((m) => m.text),
  };
}

/** One option per district, labelled with the first place name that led there. */
function optionsFor(matches: PlaceMatch[], keys: string[]): PlaceOption[] {
  const options = new Map<string, PlaceOption>();
  for (const match of matches) {
    for (const c of match.candidates) {
      if (c.districtKey !== null && keys.includes(c.districtKey) && !options.has(c.districtKey)) {
        options.set(c.districtKey, { label: c.label, districtKey: c.districtKey });
      }
    }
  }
  return [...options.values()];
}
