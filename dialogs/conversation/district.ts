import type { TurnContext } from 'botbuilder';
import { messageCues } from '../../src/core/conversation/index.js';
import { analysedText } from '../context/turnMessage.js';
import type { DialogServices } from '../services.js';

/**
 * Remembers the place a message names as the employer's district, unless it names a branch ("auch für die
 * Filialen in Essen") while the seat is known: the seat decides the Inklusionsamt (§ 160 Abs. 4 SGB IX).
 */
export async function rememberDistrict(context: TurnContext, services: DialogServices, districtKey: string, text: string): Promise<void> {
  const data = await services.state.conversationData.get(context, {});
  // the turn's message is folded and its cues tested once for the turn (see messageCues)
  const vocabulary = services.content.conversation;
  if (data.districtKey && messageCues(analysedText(context, text), vocabulary).test(vocabulary.branch)) return;
  data.districtKey = districtKey;
}
