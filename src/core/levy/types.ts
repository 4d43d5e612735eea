import type { LevyRateRule } from './rateRule.js';

/** A yearly average, or one value per month operated (1–12 values, January first). */
export type YearlyOrMonthly = number | readonly number[];

/** What the employer tells the calculator. */
export interface LevyInput {
  /** Workplaces in the sense of §§ 156, 157 SGB IX (without trainee positions and positions under 18 h/week). */
  workplaces: YearlyOrMonthly;
  /** Schwerbehinderte and gleichgestellte people on those workplaces, each counted once (§ 158 SGB IX). */
  employed: YearlyOrMonthly;
  /** Extra credited places from Mehrfachanrechnung (§ 159 SGB IX), beyond the one place each person counts. */
  extraCredits?: YearlyOrMonthly;
  /** Erhebungsjahr; without it the newest confirmed year is assumed. */
  year?: number;
}

/** Which amounts apply: small employers have their own tiers (§ 160 Abs. 2 Satz 2 SGB IX). */
export type EmployerSize = 'under40' | 'under60' | 'standard';

/** The tier of § 160 Abs. 2 SGB IX that sets the amount per unfilled place and month. */
export type LevyTier =
  | 'quota3To5'
  | 'quota2To3'
  | 'quotaBelow2'
  | 'quotaZero'
  | 'under60Credited1To2'
  | 'under60CreditedBelow1'
  | 'under60CreditedZero'
  | 'under40CreditedBelow1'
  | 'under40CreditedZero';

/** Something the dialog should mention next to the figures. */
export type LevyCaveat =
  /** No year was given; the newest confirmed year was used. */
  | 'yearAssumed'
  /** The year is after the last year the amounts are confirmed for; the newest amounts were applied. */
  | 'ratesNotConfirmedForYear'
  /** Monthly rounding left places unfilled although the yearly quota reached 5 %; the lowest tier was applied. */
  | 'quotaReachedDespiteUnfilledPlaces';

/** Where the amounts come from and under which rule they apply to the year. */
export interface LevyRateSource {
  rateSetId: string;
  legalBasis: string;
  sources: string[];
  /** The newest date among the sources, if any is dated. */
  newestSourceDate: string | undefined;
  rateRule: LevyRateRule;
}

/** Figures shared by every calculated result. */
export interface LevyFigures {
  year: number;
  months: number;
  averageWorkplaces: number;
  employerSize: EmployerSize;
  /** § 157 Abs. 2 SGB IX: fractions of 0.5 and more are rounded up from 60 workplaces, otherwise down. */
  rounding: 'halfUp' | 'down';
  compulsoryPlacesByMonth: number[];
  /** Sums over the months ("Pflichtplatz-Monate"). */
  workplaceMonths: number;
  compulsoryPlaceMonths: number;
  creditedPlaceMonths: number;
  unfilledPlaceMonths: number;
  /** The same sums divided by the number of months. */
  averageCompulsoryPlaces: number;
  averageCreditedPlaces: number;
  averageUnfilledPlaces: number;
  /** Yearly Beschäftigungsquote in percent: credited place-months / workplace-months × 100. */
  quotaPercent: number;
}

/** The levy is due: amount per place and month, total and due date. */
export interface LevyCalculated extends LevyFigures {
  status: 'calculated';
  /** Undefined when no place is unfilled. */
  tier: LevyTier | undefined;
  ratePerPlaceAndMonth: number;
  totalEuro: number;
  /** ISO date: Anzeige and payment by 31 March of the following year (§ 160 Abs. 4, § 163 Abs. 2 SGB IX). */
  dueDate: string;
  caveats: LevyCaveat[];
  rateSource: LevyRateSource;
}

/** Fewer than 20 workplaces on yearly average: no Beschäftigungspflicht, no levy (§ 154 Abs. 1 SGB IX). */
export interface LevyNoDuty {
  status: 'noDuty';
  reason: 'fewerThan20Workplaces';
  year: number;
  months: number;
  averageWorkplaces: number;
  caveats: LevyCaveat[];
}

/** The year is before the first year with recorded amounts. */
export interface LevyUnsupportedYear {
  status: 'unsupportedYear';
  year: number;
  firstSupportedYear: number;
}

/** One thing wrong with the input. */
export interface LevyInputProblem {
  field: 'workplaces' | 'employed' | 'extraCredits' | 'year';
  /** 1-based month for monthly values. */
  month?: number;
  problem: 'notANumber' | 'negative' | 'notAnInteger' | 'tooLarge' | 'monthCount' | 'monthCountMismatch' | 'moreEmployedThanWorkplaces' | 'outOfRange';
}

/** The input cannot be calculated; every problem is listed. */
export interface LevyInvalidInput {
  status: 'invalidInput';
  problems: LevyInputProblem[];
}

/** Everything the calculator can answer. */
export type LevyResult = LevyCalculated | LevyNoDuty | LevyUnsupportedYear | LevyInvalidInput;
