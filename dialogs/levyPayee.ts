import type { TurnContext } from 'botbuilder';
import type { LevyPayee } from '../src/cards/levyCard.js';
import { landschaftsverbandOf } from '../src/core/regions/index.js';
import { placeResolution } from '../src/core/understand.js';
import { readText } from './context/turnMessage.js';
import { rememberDistrict } from './conversation/district.js';
import type { DialogServices } from './services.js';

/**
 * Reads the place a message of the calculation names ("60 Arbeitsplätze, wir sind in Dortmund"): a district is
 * remembered for the whole conversation; a region of one Landschaftsverband ("im Sauerland") only names the payee.
 * @returns the payee the place names, or undefined when the message names none
 */
export async function payeeNamedIn(context: TurnContext, services: DialogServices, text: string): Promise<LevyPayee> {
  const found = readText(context, text, placeResolution(services.content.regions));
  if (found.kind === 'district') {
    await rememberDistrict(context, services, found.district.key, text);
    return found.district.landschaftsverband;
  }
  return found.kind === 'ambiguous' ? found.region?.landschaftsverband : undefined;
}

/** Where the levy is paid: the Landschaftsverband of the employer's remembered district, else the one the calculation's messages named. */
export async function levyPayee(context: TurnContext, services: DialogServices, named: LevyPayee): Promise<LevyPayee> {
  const { districtKey } = await services.state.conversationData.get(context, {});
  const regions = services.content.regions;
  if (districtKey && regions.districtsByKey.has(districtKey)) return landschaftsverbandOf(regions, districtKey);
  return named;
}
