import type { TurnContext } from 'botbuilder';
import { followUps, recommend, type FinderRules } from '../../src/core/finder/index.js';
import { checklistTargetFor } from '../../src/cards/checklistLink.js';
import { suggestedActions } from '../../src/cards/messages.js';
import { findContacts, type Regions } from '../../src/core/regions/index.js';
import type { Translator } from '../../src/i18n.js';
import { getTurnLanguage } from '../context/turnLanguage.js';
import { recordTurn } from '../context/turnLog.js';
import { suggestions } from '../replies.js';
import type { DialogServices } from '../services.js';
import { finderResultMessage } from './resultCard.js';
import type { FinderState } from './state.js';

/** The known answers as our own labels: "Anliegen: Jemanden ausbilden · Ort: Kreis Soest" (never the user's words). */
export function answersSummary(state: FinderState, rules: FinderRules, regions: Regions, t: Translator): string {
  const parts = rules.steps.filter((s) => state.answers[s.id] !== undefined)
    .map((s) => `${t(`finder:steps.${s.id}.name`)}: ${t(`finder:steps.${s.id}.options.${state.answers[s.id]}`)}`);
  const district = state.districtKey ? regions.districtsByKey.get(state.districtKey) : undefined;
  if (district) parts.push(`${t('finder:place.name')}: ${district.name}`);
  return parts.join(' · ');
}

/** Sends the programmes that fit the answers and the district's EAA, and remembers the district. */
export async function sendFinderResult(context: TurnContext, services: DialogServices, state: FinderState): Promise<void> {
  const { content } = services;
  const { t, language, channelLocale } = getTurnLanguage(context);
  const district = state.districtKey ? content.regions.districtsByKey.get(state.districtKey) : undefined;
  const answers = district ? { ...state.answers, region: district.landschaftsverband } : state.answers;
  const programmes = recommend(content.finder, answers).flatMap((r) => {
    const title = content.knowledge.byId.get(r.topicId)?.texts[language]?.short;
    return title ? [{ ...r, title }] : [];
  });
  const message = finderResultMessage({
    programmes,
    answersSummary: answersSummary(state, content.finder, content.regions, t),
    contacts: district ? findContacts(content.regions, district.key) : undefined,
    followUps: followUps(content.finder, answers),
    noteKey: state.placeNote,
    checklist: checklistTargetFor(context.activity.channelId === 'webchat', services.publicUrl ?? ''),
  }, t, channelLocale, language);
  message.suggestedActions = suggestedActions(suggestions(context, 'findContact', 'help'));
  await context.sendActivity(message);
  recordTurn(context, { dialog: 'finder', topics: programmes.map((p) => p.topicId) });
  if (district) (await services.state.conversationData.get(context, {})).districtKey = district.key;
}
