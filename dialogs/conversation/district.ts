import type { TurnContext } from 'botbuilder';
import { foldText } from '../../src/core/conversation/index.js';
import type { DialogServices } from '../services.js';

/**
 * Remembers the place a message names as the employer's district, unless it names a branch ("auch für die
 * Filialen in Essen") while the seat is known: the seat decides the Inklusionsamt (§ 160 Abs. 4 SGB IX).
 */
export async function rememberDistrict(context: TurnContext, services: DialogServices, districtKey: string, text: string): Promise<void> {
  const data = await services.state.conversationData.get(context, {});
  if (data.districtKey && services.content.conversation.branch.test(foldText(text))) return;
  data.districtKey = districtKey;
}
