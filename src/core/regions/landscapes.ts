import type { ContentProblem } from '../knowledge/validationError.js';
import type { District, Landscape, Landschaftsverband } from './schema.js';

const FILE = 'data/regions/landscapes.json';

/** An informal region with the districts it spans, resolved from `data/regions/landscapes.json`. */
export interface LandscapeDistricts {
  name: string;
  /** The name English texts use, when the data gives one ("Ruhr area" for "Ruhrgebiet"). */
  englishName?: string;
  /** The name and its variants, as written in the data. */
  names: readonly string[];
  districts: readonly District[];
  /** Counts only after a place word ("im Rheinland"), since it is also part of institution names. */
  contextOnly: boolean;
  /** Set when every district of the region belongs to the same Landschaftsverband. */
  landschaftsverband?: Landschaftsverband;
}

/** Resolves the district keys of each region (a list, or a Landschaftsverband less its exceptions); unknown keys are problems. */
export function landscapeDistricts(landscapes: readonly Landscape[], districts: readonly District[], problems: ContentProblem[]): LandscapeDistricts[] {
  const byKey = new Map(districts.map((d) => [d.key, d]));
  return landscapes.map((l) => {
    const keys = l.districts ?? districts.filter((d) => d.landschaftsverband === l.landschaftsverband).map((d) => d.key);
    for (const key of [...keys, ...l.except]) {
      if (!byKey.has(key)) problems.push({ file: FILE, item: l.name, field: 'districts', problem: `${key} is not a district key` });
    }
    const found = keys.filter((k) => !l.except.includes(k)).flatMap((k) => byKey.get(k) ?? []);
    const associations = new Set(found.map((d) => d.landschaftsverband));
    const landschaftsverband = associations.size === 1 ? [...associations][0] : undefined;
    return { name: l.name, ...(l.english ? { englishName: l.english.name } : {}), names: [l.name, ...l.variants], districts: found, contextOnly: l.contextOnly, ...(landschaftsverband ? { landschaftsverband } : {}) };
  });
}
