import type { District, Landschaftsverband, Municipality, Regions } from './types.js';

/** The district with this 5-digit key (e.g. "05974" → Kreis Soest), or undefined. */
export function districtByKey(regions: Regions, key: string): District | undefined {
  return regions.districtsByKey.get(key);
}

/** The Landschaftsverband responsible for a district: LVR (Rheinland) or LWL (Westfalen-Lippe). */
export function landschaftsverbandOf(regions: Regions, districtKey: string): Landschaftsverband | undefined {
  return regions.districtsByKey.get(districtKey)?.landschaftsverband;
}

/** The municipalities of a district, in key order. */
export function municipalitiesOf(regions: Regions, districtKey: string): Municipality[] {
  return regions.municipalities.filter((m) => m.district === districtKey);
}
