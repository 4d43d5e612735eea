import type { TurnContext } from 'botbuilder';
import { messageCues, SEAT_SITE } from '../../src/core/conversation/index.js';
import { placeResolution } from '../../src/core/understand.js';
import { analysedText, readText } from '../context/turnMessage.js';
import { conversationContext } from './context.js';
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

/** Ends a sentence: a site and a place in different sentences do not belong together. */
const SENTENCE_END = /[.!?]/u;

/**
 * "Unsere Zentrale ist in 41539, das Lager in Kempen.": remembers the district of each kind of site (cues.json `sites`)
 * named before a place of one district in the same sentence, with no other site between them, so that "Und fürs Lager?"
 * later asks for the contacts in Kempen. A site other than the seat, or a branch, named in another district than the
 * one known ("Wir machen noch ein Lager in Gummersbach auf") makes the known district the seat, for "und für den
 * Hauptsitz?" later. Call it before the message's place is remembered.
 */
export async function rememberSites(context: TurnContext, services: DialogServices, text: string): Promise<void> {
  const { conversation: vocabulary } = services.content;
  const found = readText(context, text, placeResolution(services.content.regions));
  if (found.kind !== 'district' && found.kind !== 'ambiguous') return;
  const lower = text.toLowerCase();
  const mentions = vocabulary.sites.flatMap((site) => [...lower.matchAll(site.all)].map((m) => ({ id: site.id, at: m.index, end: m.index + m[0].length })));
  const branch = messageCues(analysedText(context, text), vocabulary).test(vocabulary.branch);
  if (mentions.length === 0 && !branch) return;
  mentions.sort((a, b) => a.at - b.at);
  const ctx = await conversationContext(context, services);
  const known = ctx.districtKey;
  const named: { id: string; districtKey: string }[] = [];
  mentions.forEach((mention, i) => {
    const next = mentions[i + 1]?.at ?? text.length;
    const place = found.spans.find((span) => span.at >= mention.end && span.at < next && !SENTENCE_END.test(text.slice(mention.end, span.at)));
    if (place) named.push({ id: mention.id, districtKey: place.districtKey });
  });
  const elsewhere = found.spans.some((span) => span.districtKey !== known);
  if (known && !ctx.sites?.[SEAT_SITE] && elsewhere && (branch || named.some((site) => site.id !== SEAT_SITE))) ctx.sites = { [SEAT_SITE]: known, ...ctx.sites };
  for (const site of named) ctx.sites = { ...ctx.sites, [site.id]: site.districtKey };
  // "Filialen in Kamen und Werl, Verwaltung sitzt in Castrop-Rauxel": of several places, the seat's is the employer's district
  const seat = named.find((site) => site.id === SEAT_SITE);
  if (found.kind === 'ambiguous' && seat) (await services.state.conversationData.get(context, {})).districtKey = seat.districtKey;
}
