import type { FinderRules } from '../../src/core/finder/index.js';
import type { Localizer } from '../../src/i18n.js';

/** Button labels of the finder in every language, for recognising a label typed or sent back as text. */
export interface FinderLabels {
  /** Step id → option id → the option's label in each language. */
  options: ReadonlyMap<string, Readonly<Record<string, readonly string[]>>>;
  /** The label of the "skip the place" button in each language. */
  placeSkip: readonly string[];
}

/** Collects the finder's labels from every loaded language (`finder:steps.<step>.options.<option>`). */
export function finderLabels(rules: FinderRules, localizer: Localizer): FinderLabels {
  const translators = localizer.languages.map((language) => localizer.translatorFor(language));
  const options = new Map(rules.steps.map((step) => [
    step.id,
    Object.fromEntries(step.options.map((o) => [o.id, translators.map((t) => t(`finder:steps.${step.id}.options.${o.id}`))])),
  ]));
  return { options, placeSkip: translators.map((t) => t('finder:place.skip')) };
}
