import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import type { LevyCalculated, LevyCountingRules } from '../core/levy/index.js';
import type { AnswerLanguage, Translator } from '../i18n.js';
import { formatDate, formatEuro, formatNumber, formatPartialDate } from './format.js';
import { languageSwitchAction } from './languageSwitch.js';
import { countingNotes, type LevyCounting } from './levyCountingNotes.js';
import { CARD_VERSION } from './topicCard.js';

const textBlock = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'TextBlock', text, wrap: true, ...extra });

/** Where the levy is paid: the Inklusionsamt of the employer's Landschaftsverband, or both when it is not known. */
export type LevyPayee = 'LVR' | 'LWL' | undefined;

/**
 * The Ausgleichsabgabe result: the figures, the calculation step by step, what was not counted or counted by month
 * (with its law), the due date, the Anzeige and where the money goes, and the note that the official figure is the Inklusionsamt's.
 */
export function levyAnswer(result: LevyCalculated, payee: LevyPayee, t: Translator, channelLocale: string, language: AnswerLanguage, counting?: { figures: LevyCounting; rules: LevyCountingRules }): Partial<Activity> {
  const number = (n: number, digits = 2) => formatNumber(n, channelLocale, digits);
  const euro = (n: number) => formatEuro(n, channelLocale);
  const dueDate = formatDate(result.dueDate, channelLocale);
  const facts = [
    { title: t('levy.facts.workplaces'), value: number(result.averageWorkplaces) },
    { title: t('levy.facts.compulsory'), value: number(result.averageCompulsoryPlaces) },
    { title: t('levy.facts.credited'), value: number(result.averageCreditedPlaces) },
    { title: t('levy.facts.quota'), value: `${number(result.quotaPercent)} %` },
    { title: t('levy.facts.unfilled'), value: number(result.averageUnfilledPlaces) },
    { title: t('levy.facts.rate'), value: result.tier ? `${euro(result.ratePerPlaceAndMonth)} (${t(`levy.tiers.${result.tier}`)})` : '–' },
    { title: t('levy.facts.total'), value: euro(result.totalEuro) },
    { title: t('levy.facts.due'), value: dueDate },
  ];
  const steps = [
    t(result.employerSize === 'standard' ? 'levy.steps.compulsoryStandard' : `levy.steps.compulsory.${result.employerSize}`, {
      workplaces: number(result.averageWorkplaces),
      places: number(result.averageCompulsoryPlaces),
      rounding: t(`levy.rounding.${result.rounding}`),
    }),
    t('levy.steps.unfilled', { credited: number(result.averageCreditedPlaces), unfilled: number(result.averageUnfilledPlaces), quota: number(result.quotaPercent) }),
    result.totalEuro > 0
      ? t('levy.steps.total', { placeMonths: number(result.unfilledPlaceMonths), rate: euro(result.ratePerPlaceAndMonth), total: euro(result.totalEuro) })
      : t('levy.steps.none'),
    ...(counting ? countingNotes(counting.figures, counting.rules, t, channelLocale, true) : []),
  ];
  const countedText = counting ? countingNotes(counting.figures, counting.rules, t, channelLocale, false) : [];
  const rule = levyRuleText(result, t, channelLocale);
  const sourcesDate = result.rateSource.newestSourceDate;
  const notes = [
    rule,
    t('levy.notes.due', { date: dueDate, payee: t(`levy.payee.${payee ?? 'unknown'}`) }),
    t('levy.notes.anzeige', { date: dueDate }),
    ...result.caveats.map((c) => t(`levy.caveats.${c}`, { year: result.year })),
    t('levy.notes.official'),
    sourcesDate ? t('facts:levySourcesFrom', { date: formatPartialDate(sourcesDate, channelLocale) }) : t('facts:levySourcesUndated'),
  ];
  const card = {
    type: 'AdaptiveCard',
    version: CARD_VERSION,
    lang: channelLocale.slice(0, 2),
    fallbackText: `${t('levy.heading', { year: result.year })}: ${euro(result.totalEuro)}`,
    body: [
      textBlock(t('levy.heading', { year: result.year }), { size: 'Medium', weight: 'Bolder', style: 'heading' }),
      { type: 'FactSet', facts },
      textBlock(t('levy.howCalculated'), { weight: 'Bolder', spacing: 'Medium' }),
      ...steps.map((s) => textBlock(s, { spacing: 'Small' })),
      ...notes.map((n) => textBlock(n, { spacing: 'Small', isSubtle: true })),
    ],
    actions: [
      { type: 'Action.Submit', title: t('levy.again'), data: { command: 'levy' } },
      { type: 'Action.Submit', title: t('levy.aboutLevy'), data: { topic: 'ausgleichsabgabe' } },
      languageSwitchAction(language, t),
    ],
  };
  return {
    type: ActivityTypes.Message,
    locale: channelLocale,
    text: [t('levy.summary', { year: result.year, total: euro(result.totalEuro), date: dueDate }), ...countedText, rule].join(' '),
    attachments: [CardFactory.adaptiveCard(card)],
  };
}

/** Which rule set the amounts for the year: a published notice, or § 160 Abs. 3 SGB IX and the Bezugsgröße. */
export function levyRuleText(result: LevyCalculated, t: Translator, channelLocale: string): string {
  const rule = result.rateSource.rateRule;
  if (rule.kind === 'published' || rule.kind === 'notConfirmed') return t(`facts:levyRule.${rule.kind}`, { year: rule.year, baseYear: 'baseYear' in rule ? rule.baseYear : '' });
  return t(`facts:levyRule.${rule.kind}${rule.provisional ? 'Provisional' : ''}`, {
    year: rule.year,
    baseYear: rule.baseYear,
    change: formatNumber(rule.changePercent, channelLocale, 1),
    date: rule.sourceDate ? formatPartialDate(rule.sourceDate, channelLocale) : '–',
  });
}
