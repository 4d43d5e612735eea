import type { ConversationContext } from './types.js';

/** The site id (data/conversation/cues.json `sites`) of the employer's seat. */
export const SEAT_SITE = 'zentrale';

/** An office of one Landschaftsverband: a contact topic `…-lvr` or `…-lwl` ("inklusionsamt-lwl"). */
export const ASSOCIATION_OFFICE = /-(lvr|lwl)$/;

/** The districts of the sites the conversation named, the seat first, each once. */
export function siteDistricts(ctx: ConversationContext): string[] {
  const { [SEAT_SITE]: seat, ...others } = ctx.sites ?? {};
  return [...new Set([...(seat ? [seat] : []), ...Object.values(others)])];
}
