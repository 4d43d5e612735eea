export { loadRegions } from './loadRegions.js';
export { isPlaceStatement, resolvePlace } from './resolvePlace.js';
export { findContacts } from './contacts.js';
export { districtByKey, landschaftsverbandOf, municipalitiesOf } from './districts.js';
export type {
  Contact,
  ContactLevel,
  ContactRole,
  ContactSet,
  District,
  Landschaftsverband,
  Municipality,
  PlaceOption,
  PlaceRegion,
  PlaceResolution,
  Regions,
  ResolvedVia,
  Sector,
} from './types.js';
