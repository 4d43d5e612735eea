import type { Analyzer } from '../text/analyzer.js';
import { foldGerman } from '../text/fold.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { germanNumberWord, isEnglishNumberWord } from '../levy/numberWords.js';
import type { IntentData, PhrasesByLanguage } from './intentData.js';
import { coveredIndices, createPhraseFinders, createWordKeys, type PhraseHit } from './phraseMatcher.js';
import type { AnswerLanguage } from './types.js';

/** A conversational request and the words it used. */
export interface ConversationalSignal {
  intent: 'greeting' | 'help' | 'privacy' | 'sources' | 'language';
  language?: AnswerLanguage;
  covered: Set<number>;
}

/** The routing cues found in one message. */
export interface IntentSignals {
  /** Strongest first: language switch, privacy, sources, help, greeting. */
  conversational: ConversationalSignal[];
  contactPhrase: boolean;
  /** Token indices right after each question for a place or an office ("wo ist", "welches"): where the office asked for is named. */
  officeQuestionEnds: number[];
  /** A word that asks who is responsible or near ("zuständig", "Nähe"). */
  responsibilityPhrase: boolean;
  levyPhrase: boolean;
  levyCost: boolean;
  levyWorkforce: boolean;
  finderPhrase: boolean;
  /** Token indices of numbers that may be workforce figures: not postcodes, GdB values, units ("10 Stunden") or thousands groups. */
  numbers: number[];
  /** Token indices of five-digit numbers (German postcodes). */
  postcodes: number[];
}

const all = (p: PhrasesByLanguage): string[] => [...p.de, ...p['de-x-simple'], ...p.en];
// "Zahlt die Arbeitsagentur was dazu?": another payer this many words from a cost word makes it a question about support
const PAYER_DISTANCE = 2;
const NO_SHARES: ReadonlySet<number> = new Set();
const THOUSANDS_GROUP = /^\d{3}$/;
const POSTCODE = /^\d{5}$/;
const SHORT_MESSAGE = 3;
// a pronoun that opens a sentence counts people: "Einer hat einen Ausweis", "Keiner ist schwerbehindert"
const COUNTING_PRONOUNS = new Set(['einer', 'keiner', 'niemand']);

/**
 * A figure written as a word: "zwei", "fünfzehn", "twenty" (not "ein"/"one", mostly an article), or a counting pronoun
 * at the start of a sentence. Plain German writes small counts this way ("Zwei haben einen Ausweis").
 */
function isCountWord(token: Token): boolean {
  if (token.capitalised && COUNTING_PRONOUNS.has(token.folded)) return true;
  if (isEnglishNumberWord(token.folded)) return token.folded !== 'one';
  return (germanNumberWord(token.raw) ?? 0) >= 2;
}

/**
 * The test whether the number at a token may be a workforce figure: not a GdB ("GdB von 60"), not a quantity of a unit
 * ("zehn Stunden", "seit 8 Jahren", "20.000 Euro") and not the thousands group of the number before it ("20.000").
 */
function createFigureTest(notFigures: { before: readonly string[]; after: readonly string[] }): (tokens: readonly Token[], at: number) => boolean {
  const before = notFigures.before.map((p) => tokenize(p).map((t) => t.folded).join(' '));
  const after = new Set(notFigures.after.map(foldGerman));
  return (tokens, at) => {
    const continues = (i: number): boolean => !!tokens[i]?.numeric && THOUSANDS_GROUP.test(tokens[i]!.raw) && !!tokens[i - 1]?.numeric;
    if (continues(at)) return false;
    let last = at;
    while (continues(last + 1)) last += 1;
    if (after.has(tokens[last + 1]?.folded ?? '')) return false;
    const preceding = tokens.slice(Math.max(0, at - 4), at).map((t) => t.folded).join(' ');
    return !before.some((p) => preceding === p || preceding.endsWith(` ${p}`));
  };
}

/** Builds the detector of routing cues from `data/intents.json`. */
export function createSignalDetector(data: IntentData, analyzer: Analyzer): (tokens: readonly Token[], shares?: ReadonlySet<number>) => IntentSignals {
  const wordKeys = createWordKeys(analyzer);
  const conversational: { intent: ConversationalSignal['intent']; language?: AnswerLanguage; phrases: string[] }[] = [
    ...(['de-x-simple', 'en', 'de'] as const).map((language) => ({ intent: 'language' as const, language, phrases: all(data.languageSwitch[language]) })),
    ...(['privacy', 'sources', 'help', 'greeting'] as const).map((intent) => ({ intent, phrases: all(data.conversational[intent]) })),
  ];
  const intentPhrases = [data.findContact.phrases, data.findContact.officeQuestions, data.findContact.responsibilityPhrases, data.levyCalculator.phrases, data.levyCalculator.costTerms, data.levyCalculator.workforceTerms, data.programmeFinder.phrases, data.levyCalculator.otherPayers].map(all);
  const requestWords = data.languageSwitch.requestWords;
  const isFigure = createFigureTest(data.levyCalculator.notFigures);
  const payeeMarks = new Set(data.levyCalculator.payeeMarks.map(foldGerman));
  // every list's phrases in one pass over the message: the conversational lists first, then the intent phrases
  const findAll = createPhraseFinders([...conversational.map((c) => c.phrases), ...intentPhrases, requestWords], wordKeys);

  // `shares`: the token positions of numbers written in per cent ("30-40% Leute"), which are no workforce figures
  return (tokens, shares = NO_SHARES) => {
    const keys = tokens.map((t) => wordKeys(t.folded));
    const found = findAll(keys);
    const [contact, , responsibility, levy, , workforce, finder] = found.slice(conversational.length).map((hits) => hits.length > 0);
    // "Schreib bitte in einfacher Sprache": the verb that asks for the way of writing belongs to the language request
    const requestHits = found[conversational.length + intentPhrases.length]!;
    const [costHits, payerHits] = [found[conversational.length + 4]!, found[conversational.length + 7]!];
    // the employer's own cost ("Was zahlen wir?"); a message that asks whether another pays ("Zahlt die Arbeitsagentur was
    // dazu?", "… kostet uns Geld. Zahlt da jemand einen Teil?") asks about support
    // …but "ans Inklusionsamt überweisen" names the payee
    const payers = payerHits.filter((p) => !payeeMarks.has(tokens[p.start - 1]?.folded ?? ''));
    const otherPays = costHits.some((c) => payers.some((p) => p.start - c.end < PAYER_DISTANCE && c.start - p.end < PAYER_DISTANCE));
    const ownCost = costHits.length > 0 && !otherPays;
    const signals: ConversationalSignal[] = [];
    // a lone greeting or language word inside a longer sentence ("… deutscher Meister …", "… 5 Tage …") is no request
    const standalone = (hit: PhraseHit): boolean => hit.end - hit.start >= 2 || hit.start === 0 || tokens.length <= SHORT_MESSAGE;
    conversational.forEach(({ intent, language }, list) => {
      const hits = found[list]!.filter((hit) => (intent !== 'greeting' && intent !== 'language') || standalone(hit));
      if (hits.length > 0) signals.push({ intent, ...(language ? { language } : {}), covered: coveredIndices(intent === 'language' ? [...hits, ...requestHits] : hits) });
    });
    const numeric = tokens.filter((t) => t.numeric);
    return {
      conversational: signals,
      contactPhrase: contact!,
      officeQuestionEnds: found[conversational.length + 1]!.map((hit) => hit.end),
      responsibilityPhrase: responsibility!,
      levyPhrase: levy!,
      levyCost: ownCost,
      levyWorkforce: workforce!,
      finderPhrase: finder!,
      numbers: tokens.filter((t) => ((t.numeric && !POSTCODE.test(t.raw) && !shares.has(t.index)) || (!t.numeric && isCountWord(t))) && isFigure(tokens, t.index)).map((t) => t.index),
      postcodes: numeric.filter((t) => POSTCODE.test(t.raw)).map((t) => t.index),
    };
  };
}
