import type { AnswerLanguage } from '../src/i18n.js';
import { switchLanguage } from './language.js';
import { LevyDialog } from './levyDialog.js';
import type { RouteContext, Routed } from './routed.js';
import type { DialogServices } from './services.js';

/**
 * Switches the answer language and gives the last answer again in it ("Can you explain that in English?"); a levy
 * result is calculated again by the levy dialog, in the new language.
 */
export async function switchAndRepeat(dc: RouteContext, services: DialogServices, language: AnswerLanguage): Promise<Routed> {
  const levy = await switchLanguage(dc.context, services, language, true);
  return levy ? dc.beginDialog(LevyDialog.id, { figures: levy }) : undefined;
}
