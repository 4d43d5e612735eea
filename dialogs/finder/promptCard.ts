import { ActivityTypes, CardFactory, type Activity, type TurnContext } from 'botbuilder';
import type { FinderStep } from '../../src/core/finder/index.js';
import type { PlaceOption } from '../../src/core/regions/index.js';
import { suggestedActions } from '../../src/cards/messages.js';
import { CARD_VERSION } from '../../src/cards/topicCard.js';
import { getTurnLanguage } from '../context/turnLanguage.js';
import { suggestions } from '../replies.js';

/** The `step` of a card submit that answers the place question. */
export const PLACE_STEP = 'place';

/** What the finder is asking: a step of the rules, the place, or which of several places was meant. */
export type FinderQuestion = { kind: 'step'; step: FinderStep } | { kind: 'place' } | { kind: 'choosePlace'; options: readonly PlaceOption[] };

/** How to ask: a note before the question (`finder:restarted`, …) and whether "Zurück" leads anywhere. */
export interface PromptOptions {
  noteKey?: string;
  canGoBack: boolean;
}

const submit = (title: string, data: Record<string, unknown>) => ({ type: 'Action.Submit', title, data });

/**
 * A finder question in the turn's language: the question as text (for every channel and screen readers) and a card
 * with one button per answer (`{ finder: optionId, step }`), plus "Zurück" and "Neu starten" after the first question.
 * @remarks Rendered anew at every (re)prompt, so a language switch asks the same question in the new language.
 */
export function finderPrompt(context: TurnContext, question: FinderQuestion, options: PromptOptions): Partial<Activity> {
  const { t, channelLocale } = getTurnLanguage(context);
  let text: string;
  let answers: unknown[];
  switch (question.kind) {
    case 'step': {
      const { step } = question;
      text = t(`finder:steps.${step.id}.question`);
      answers = step.options.map((o) => submit(t(`finder:steps.${step.id}.options.${o.id}`), { finder: o.id, step: step.id }));
      break;
    }
    case 'place':
      text = t('finder:place.question');
      answers = [submit(t('finder:place.skip'), { finder: 'skip', step: PLACE_STEP })];
      break;
    case 'choosePlace':
      text = t('finder:place.choose');
      answers = [...question.options.map((o) => submit(o.label, { districtKey: o.districtKey })), submit(t('finder:place.skip'), { finder: 'skip', step: PLACE_STEP })];
      break;
  }
  if (options.noteKey) text = `${t(options.noteKey)}\n\n${text}`;
  const card = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    lang: channelLocale.slice(0, 2),
    fallbackText: text,
    body: [
      { type: 'ActionSet', actions: answers },
      { type: 'TextBlock', text: t('finder:typeHint'), wrap: true, isSubtle: true, size: 'Small' },
    ],
    actions: options.canGoBack ? [submit(t('actions.back'), { command: 'back' }), submit(t('actions.restart'), { command: 'restart' })] : [],
  };
  const message: Partial<Activity> = { type: ActivityTypes.Message, locale: channelLocale, textFormat: 'markdown', text, attachments: [CardFactory.adaptiveCard(card)] };
  message.suggestedActions = suggestedActions(suggestions(context, 'cancel', 'help'));
  return message;
}
