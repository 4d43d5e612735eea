import { MIN_WORKPLACES } from './calculateLevy.js';
import { isWholeBeforePart, isWholeOfDisabledCount, PART_OF, wholeAfter } from './partOfWhole.js';
import { boundBefore } from './bounds.js';
import type { LevyQuestion } from './levyQuestion.js';
import { isUnitWord, tokenizeQuestion, type QuestionToken } from './questionTokens.js';
import { monthlyEmployed, type Assignment } from './monthlyEmployed.js';
import { monthlyWorkplaces } from './monthlyWorkplaces.js';
import { operatedMonths } from './operatedMonths.js';
import { findStaffGroups, isExcluded, isTraineeWord } from './staffGroups.js';
import { adjustedWorkplaces } from './workforce.js';
import { disabledShortPartTime } from './disabledPartTime.js';
import { traineesAmongDisabled } from './disabledTrainees.js';
import { resultTotalAt, saysOnlyOne } from './statedCounts.js';

type Role = 'workplaces' | 'employed' | 'equalised' | 'none';

// "schwerbehinderte", "Schwerbehindertenausweis", but no other compound of it ("eine Behindertenwerkstatt" is no person)
const DISABILITY = /^(?:(?:schwer-?)?behindert(?:e[nmrs]?)?$|(?:schwer-?)?behinderten-?ausweis|ausweis|schwer-?behinderung|gdb$|behinderung|gleichgestellt|sb$|sb-|disabled$|disabilit|handicap|severely$)/u;
const EQUALISED = /^gleichgestellt/u;
const COUNT_NOUN = /^(?:arbeitspl[aä]tz|vollzeit|teilzeit|aushilf|aps?$|mitarbeit|beschäftigt|beschaeftigt|angestellt|fest-?angestellt|ma$|(?:vollzeit|teilzeit|plan)?stellen?$|fte$|personal|leute|mensch|personen?$|köpfe|kräfte|arbeitnehmer|kolleg|belegschaft|employees?$|staff$|workers?$|workplaces?$|people$|persons?$|jobs?$|positions?$|places?$|pl[aä]tzen?$)/u;
const COMPULSORY_PLACE = /^(?:pflicht(?:arbeits)?pl[aä]tz|compulsory)/u;
const FILLED = /^(?:besetzt|filled|occupied)/u;
// "Gesamt 80", "insgesamt: 80", "total 80": the whole head count
const TOTAL = /^(?:gesamt|insgesamt|total|gesamtzahl|overall)$/u;
const WITHOUT = /^(?:ohne|without)$/u;
const NOT = /^(?:nicht|not|never|nie)$/u;
// "three of them", "3 von ihnen" (Einfache Sprache): the same as "davon"
const OF_THEM = new Set(['of them', 'of whom', 'of these', 'of us', 'von ihnen', 'von denen', 'von uns', 'unter uns']);
const TRANSPARENT = new Set(['schwere', 'schweren', 'severe', 'davon', 'of', 'them', 'sind', 'ist', 'are', 'is', 'mit', 'with', 'die', 'der', 'who', 'that', 'hat', 'haben', 'has', 'have', 'ein', 'eine', 'einen', 'einer', 'einem', 'a', 'an']);
const BREAK_WORDS = new Set(['und', 'and', 'sowie', 'aber', 'but', 'oder', 'or', 'bei', 'at', 'wie', 'how', 'was', 'what']);
const RELATIVE = new Set(['die', 'der', 'welche', 'who', 'that']);
const FILLERS = new Set(['a', 'an', 'severe', 'ein', 'eine', 'einer', 'einem', 'schwere', 'schweren', 'schwerer']);
const YEAR_CUES = new Set(['für', 'fuer', 'jahr', 'erhebungsjahr', 'im', 'in', 'for', 'year', 'abgabejahr']);
// "dieses Jahr", "im letzten Jahr", "next year": the word before "Jahr"/"year" and how many years from now it means
const RELATIVE_YEAR: ReadonlyMap<string, number> = new Map([
  ...['dieses', 'diesem', 'diesen', 'laufende', 'laufenden', 'laufendes', 'aktuelle', 'aktuellen', 'aktuelles', 'this', 'current'].map((w) => [w, 0] as const),
  ...['letzte', 'letzten', 'letztes', 'vergangene', 'vergangenen', 'vergangenes', 'last', 'previous'].map((w) => [w, -1] as const),
  ...['nächste', 'nächsten', 'nächstes', 'naechste', 'naechsten', 'naechstes', 'kommende', 'kommenden', 'kommendes', 'next', 'coming'].map((w) => [w, 1] as const),
]);
const YEAR_NOUN = /^(?:jahr|jahres|year)$/u;

/** "für dieses Jahr", "im Vorjahr", "last year": the year named relative to today, in years from now. */
function relativeYear(tokens: QuestionToken[]): number | undefined {
  for (const [i, t] of tokens.entries()) {
    if (t.kind !== 'word') continue;
    if (t.text === 'vorjahr' || t.text === 'vorjahres') return -1;
    const next = tokens[i + 1];
    const offset = RELATIVE_YEAR.get(t.text);
    if (offset !== undefined && next?.kind === 'word' && YEAR_NOUN.test(next.text)) return offset;
  }
  return undefined;
}

/** "besetzt", but not "nicht besetzt". */
const saysFilled = (words: string[]): boolean => words.some((w, k) => FILLED.test(w) && !NOT.test(words[k - 1] ?? ''));

/**
 * The words after token `i` up to the next number, break or joining word; a relative clause after a comma is kept.
 * With `articles`, an article before a word ("mit einem Schwerbehinderten") is read as the word "ein" instead of
 * ending the phrase, and its position is added to `articles`.
 */
function wordsAfter(tokens: QuestionToken[], i: number, limit = 6, articles?: number[]): string[] {
  const words: string[] = [];
  for (let j = i + 1; j < tokens.length && words.length < limit; j++) {
    const t = tokens[j]!;
    if (articles && t.kind === 'number' && t.written === 'article' && t.value === 1 && tokens[j + 1]?.kind === 'word') {
      articles.push(j);
      words.push('ein');
      continue;
    }
    if (t.kind === 'number' || t.kind === 'period') break;
    if (t.kind === 'break') {
      const next = tokens[j + 1];
      if (t.text === ',' && next?.kind === 'word' && RELATIVE.has(next.text)) continue;
      break;
    }
    if (BREAK_WORDS.has(t.text)) break;
    words.push(t.text);
  }
  return words;
}

/** "einer davon ist mit einem Schwerbehinderten besetzt", "three of them severely disabled", "keiner davon": the part is employed people. */
function partRole(words: string[]): Role | undefined {
  const rest = PART_OF.test(words[0] ?? '') ? words.slice(1) : OF_THEM.has(`${words[0]} ${words[1]}`) ? words.slice(2) : undefined;
  if (!rest) return undefined;
  const disability = rest.find((w) => DISABILITY.test(w));
  if (disability) return EQUALISED.test(disability) ? 'equalised' : 'employed';
  return saysFilled(rest) || rest.length === 0 ? 'employed' : undefined;
}

/** The role of a count from the words that follow it ("75 Arbeitsplätze", "einen schwerbehinderten Mitarbeiter"). */
function roleFromWords(words: string[]): Role | 'unit' | undefined {
  if (words[0] !== undefined && isUnitWord(words[0])) return 'unit';
  // "212 ohne Azubis und Aushilfen", "90 without apprentices": the workplaces, with the positions that do not count left out
  if (WITHOUT.test(words[0] ?? '') && (isTraineeWord(words[1] ?? '') || COUNT_NOUN.test(words[1] ?? ''))) return 'workplaces';
  const part = partRole(words);
  if (part !== undefined) return part;
  // "22 Arbeitsplätze, keiner besetzt", "2 besetzt": filled places are employed people
  if (words[0] !== undefined && FILLED.test(words[0])) return 'employed';
  const k = words.findIndex((w) => DISABILITY.test(w) || COUNT_NOUN.test(w) || COMPULSORY_PLACE.test(w));
  // "3 with a severe disability", "3 mit einer schweren Behinderung": articles and "severe" do not count towards the distance
  if (k < 0 || k - words.slice(0, k).filter((w) => FILLERS.has(w)).length > 2) return undefined;
  const cue = words[k]!;
  const rest = words.slice(k + 1);
  if (DISABILITY.test(cue)) return EQUALISED.test(cue) ? 'equalised' : 'employed';
  if (COMPULSORY_PLACE.test(cue)) return saysFilled(rest) ? 'employed' : 'none';
  const disabilityAt = rest.findIndex((w) => DISABILITY.test(w));
  if (disabilityAt < 0 || rest.slice(0, disabilityAt).some((w) => WITHOUT.test(w))) return 'workplaces';
  const onlyJoiners = rest.slice(0, disabilityAt).every((w) => TRANSPARENT.has(w));
  if (!onlyJoiners) return 'workplaces';
  return EQUALISED.test(rest[disabilityAt]!) ? 'equalised' : 'employed';
}

const COPULA = new Set(['ist', 'sind', 'war', 'waren', 'haben', 'hat', 'hatten', 'wir', 'gibt', 'es', 'is', 'are', 'was', 'were', 'have', 'we', 'there', 'davon', 'of', 'them']);
// "Schwerbehinderte haben wir im Moment keine", "schwerbehindert ist bei uns keiner": words of time and place in between
const IN_BETWEEN = new Set(['bei', 'uns', 'im', 'moment', 'zur', 'zeit', 'zurzeit', 'derzeit', 'aktuell', 'momentan', 'gerade', 'jetzt', 'noch', 'leider', 'hier', 'dort', 'at', 'the', 'currently', 'right', 'now', 'here', 'any']);
const SKIPPED_BEFORE_COUNT = 5;
// "Schwerbehindert sind vier Kollegen", "disabled are two of our staff": the status said before the count of people
const STATUS_BEFORE = /^(?:schwer-?behindert(?:e|en)?|gleichgestellt(?:e|en)?|disabled)$/u;

/** The role a status word before the count gives it, past copula and time words ("Schwerbehindert sind bei uns vier Kollegen"). */
function statusBefore(tokens: QuestionToken[], i: number): Role | undefined {
  for (let j = i - 1, k = 0; j >= 0 && k <= SKIPPED_BEFORE_COUNT; j--, k++) {
    const t = tokens[j];
    if (t?.kind !== 'word') return undefined;
    // "3 Schwerbehinderte bei 80": the status word belongs to the count before it
    if (STATUS_BEFORE.test(t.text)) return tokens[j - 1]?.kind === 'number' ? undefined : EQUALISED.test(t.text) ? 'equalised' : 'employed';
    if (!COPULA.has(t.text) && !IN_BETWEEN.has(t.text)) return undefined;
  }
  return undefined;
}

// "mit den Aushilfen sind wir eigentlich 24", "we are 24": the words that may stand between "sind wir" and the head count
const HEAD_COUNT_FILLERS = new Set(['eigentlich', 'insgesamt', 'zusammen', 'also', 'dann', 'jetzt', 'nun', 'aktuell', 'derzeit', 'momentan', 'zurzeit', 'genau', 'knapp', 'actually', 'now', 'currently', 'in', 'total', 'altogether']);
// "wir sind 24", "wir waren 24", "we are 24": the size of the workforce
const WE_ARE = new Set(['sind wir', 'wir sind', 'waren wir', 'wir waren', 'we are', 'are we', 'we were']);
// "zusammen sind es 52", "zusammen sinds 52", "es waren 52": the same without a person, read as the workforce from the
// size a bare count must have to be workplaces (a small count alone may be the disabled people: "es sind 3")
const IT_IS = new Set(['sind es', 'es sind', 'sinds', 'waren es', 'es waren', 'warens', 'there are', 'there were']);

/** "sind wir eigentlich 24", "wir sind 24", "we are 24", "zusammen sinds 52": the number is the size of the workforce. */
function saysWeAre(tokens: QuestionToken[], i: number): boolean {
  const words: string[] = [];
  for (let j = i - 1; j >= 0 && words.length < 2; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    if (!HEAD_COUNT_FILLERS.has(t.text)) words.unshift(t.text);
  }
  const phrases = [words.join(' '), words.at(-1) ?? ''];
  const value = (tokens[i] as { value: number }).value;
  return phrases.some((p) => WE_ARE.has(p) || (IT_IS.has(p) && value >= MIN_WORKPLACES));
}

/**
 * "Arbeitsplätze: 130", "Schwerbehinderte: keiner": the word right before a number, past a colon or equals sign (a
 * number word only after a colon); "Schwerbehindert ist niemand": a disability word before a count that ends its clause.
 */
function roleFromWordBefore(tokens: QuestionToken[], i: number, written: 'digits' | 'word' | 'article', endsClause: boolean): Role | undefined {
  let j = i - 1;
  while (tokens[j]?.kind === 'break' && [':', '='].includes((tokens[j] as { text: string }).text)) j--;
  const labelled = j < i - 1;
  let before = tokens[j];
  if (before?.kind !== 'word') return undefined;
  // "GdB 50" is a degree of disability, not a count
  if (before.text === 'gdb') return undefined;
  if (!labelled && endsClause) {
    for (let k = 0; k < SKIPPED_BEFORE_COUNT && before?.kind === 'word' && (COPULA.has(before.text) || IN_BETWEEN.has(before.text)); k++) before = tokens[--j];
    // "schwerbehinderte Mitarbeiter haben wir keine": the people's noun after the disability word
    const adjective = tokens[j - 1];
    if (before?.kind === 'word' && COUNT_NOUN.test(before.text) && adjective?.kind === 'word' && DISABILITY.test(adjective.text)) before = tokens[--j];
    if (before?.kind === 'word' && DISABILITY.test(before.text) && j < i - 1) return EQUALISED.test(before.text) ? 'equalised' : 'employed';
  }
  if (written !== 'digits' && !labelled) return undefined;
  if (before?.kind !== 'word') return undefined;
  // "a staff of 90", "eine Belegschaft von 90"
  const ofNoun = tokens[j - 1];
  if ((before.text === 'of' || before.text === 'von') && ofNoun?.kind === 'word' && COUNT_NOUN.test(ofNoun.text)) return 'workplaces';
  if (DISABILITY.test(before.text)) return EQUALISED.test(before.text) ? 'equalised' : 'employed';
  if (COUNT_NOUN.test(before.text) || TOTAL.test(before.text)) return 'workplaces';
  // "besetzt: 3"
  if (labelled && FILLED.test(before.text)) return 'employed';
  return undefined;
}

/**
 * "3 von 80 Mitarbeitern sind schwerbehindert", "3 von 80 Stellen besetzt" (3 employed of 80 workplaces),
 * "2 von 4 Pflichtplätzen besetzt" (2 employed).
 */
function ofPhraseRoles(wordsAfterWhole: string[], wordBefore: string | undefined): { part: Role; whole: Role } {
  // "3 von 80." alone: occupied of total, unless it counts Pflichtplätze ("Pflichtplätze: 2 von 4")
  if (wordsAfterWhole.length === 0) return COMPULSORY_PLACE.test(wordBefore ?? '') ? { part: 'none', whole: 'none' } : { part: 'employed', whole: 'workplaces' };
  if (wordsAfterWhole.some((w) => COMPULSORY_PLACE.test(w))) return { part: saysFilled(wordsAfterWhole) ? 'employed' : 'none', whole: 'none' };
  const role = roleFromWords(wordsAfterWhole);
  if (role === 'employed' || role === 'equalised') return { part: role, whole: 'workplaces' };
  if (role === 'workplaces' && saysFilled(wordsAfterWhole)) return { part: 'employed', whole: 'workplaces' };
  return { part: 'none', whole: role === 'workplaces' ? 'workplaces' : 'none' };
}

// "keiner davon ist mit einem schwerbehinderten Menschen besetzt": a part's phrase with its article is longer
const PART_PHRASE_WORDS = 8;

/**
 * "keiner davon ist mit einem Schwerbehinderten besetzt": the words of a part ("davon") read past an article inside the
 * phrase, which is no count of its own; the role and the positions of those articles, or undefined.
 */
function partThroughArticles(tokens: QuestionToken[], i: number): { role: Role; articles: number[] } | undefined {
  const articles: number[] = [];
  const words = wordsAfter(tokens, i, PART_PHRASE_WORDS, articles);
  const role = articles.length > 0 ? partRole(words) : undefined;
  return role === undefined || role === 'none' ? undefined : { role, articles };
}

// "wenn wir gar keine haben", "if we have none at all": what may follow a "keine" that stands for the people themselves
const AFTER_PRONOUN = new Set(['haben', 'habe', 'hat', 'hätten', 'hätte', 'hatten', 'beschäftigen', 'beschäftigt', 'beschäftigten', 'einstellen', 'gibt', 'gäbe', 'mehr', 'at', 'have', 'has', 'had', 'employ', 'employed', 'hire', 'hired', 'there', 'yet']);

/** "keine" without a noun ("wenn wir keine haben", "none at all"): it stands for the disabled people the question is about. */
function zeroPronoun(tokens: QuestionToken[]): boolean {
  return tokens.some((t, i) => {
    if (t.kind !== 'number' || t.written !== 'article' || t.value !== 0) return false;
    const next = tokens[i + 1];
    return next === undefined || next.kind === 'break' || (next.kind === 'word' && AFTER_PRONOUN.has(next.text));
  });
}

/**
 * "ohne Schwerbehinderte", "without disabled staff", "wenn wir keine haben", "…, ganz ohne?" (a "without" that ends its
 * clause stands for the people the levy counts): no employed person, unless a count says otherwise.
 */
function saysNoneEmployed(tokens: QuestionToken[]): boolean {
  const endsClause = (i: number): boolean => tokens[i + 1] === undefined || tokens[i + 1]!.kind === 'break';
  return zeroPronoun(tokens) || tokens.some((t, i) => t.kind === 'word' && WITHOUT.test(t.text) && (endsClause(i) || wordsAfter(tokens, i, 3).some((w) => DISABILITY.test(w))));
}

const EXACT = new Set(['genau', 'exakt', 'exactly', 'precisely']);

/** "knapp 400 Beschäftigte, genau 396 Arbeitsplätze": an exact workplace count after an approximate one. */
function correctsApproximation(tokens: QuestionToken[], i: number, assignments: readonly Assignment[]): boolean {
  const before = tokens[i - 1];
  const counted = assignments.find((a) => a.role === 'workplaces');
  const approximate = counted !== undefined && (tokens[counted.index] as { approximate?: true }).approximate === true;
  return approximate && before?.kind === 'word' && EXACT.has(before.text) && !isPartOfCountBefore(tokens, i);
}

/** "9 Schwerbehinderte, 1 davon gleichgestellt": a part ("davon", "von ihnen") of the count before it. */
function isPartOfCountBefore(tokens: QuestionToken[], i: number): boolean {
  const [first, second] = wordsAfter(tokens, i, 2);
  return PART_OF.test(first ?? '') || OF_THEM.has(`${first} ${second}`);
}

/** {@link parseLevyQuestion}, with the gleichgestellte people the message counts by themselves (for the conversation). */
export function readLevyQuestion(text: string, tokens: QuestionToken[] = tokenizeQuestion(text)): { question: LevyQuestion; equalised?: number } {
  const found: Partial<Record<Role, number>> = {};
  const assignments: Assignment[] = [];
  const { groups, looseHours } = findStaffGroups(tokens);
  let year: number | undefined;
  let at = 0;
  // gleichgestellte among the disabled people counted before ("9 mit Schwerbehinderung, 1 davon gleichgestellt")
  let equalisedAmong: number | undefined;
  const take = (role: Role, value: number): void => {
    if (role === 'none') return;
    // they are part of that count (they count the same, § 151 Abs. 3 SGB IX), not added to it
    if (role === 'equalised' && found.employed !== undefined && isPartOfCountBefore(tokens, at)) { equalisedAmong ??= value; return; }
    // "knapp 400 Beschäftigte, genau 396 Arbeitsplätze": the exact figure replaces the approximate one
    if (role === 'workplaces' && correctsApproximation(tokens, at, assignments)) {
      assignments.splice(assignments.findIndex((a) => a.role === 'workplaces'), 1);
      assignments.unshift({ index: at, role, value });
      found.workplaces = value;
      return;
    }
    // positions that are no workplaces ("vier Aushilfen mit je 12 Stunden", "5 Azubis") are not the workplace count
    const group = groups.get(at);
    if (role === 'workplaces' && group && isExcluded(group)) return;
    assignments.push({ index: at, role, value });
    if (found[role] === undefined) found[role] = value;
  };

  const forced = new Map<number, Role>();
  // articles read as part of an earlier count's phrase ("keiner davon ist mit einem Schwerbehinderten besetzt")
  const inPhrase = new Set<number>();
  const total = resultTotalAt(tokens);
  tokens.forEach((token, i) => {
    if (token.kind !== 'number' || inPhrase.has(i)) return;
    at = i;
    // "zehn Vollzeitkräfte ein, dann sind es 42": the total stated last is the workplace count
    const totalRole = i === total ? roleFromWords(wordsAfter(tokens, i)) : 'none';
    if (totalRole === undefined || totalRole === 'workplaces') { assignments.unshift({ index: i, role: 'workplaces', value: token.value }); found.workplaces = token.value; return; }
    const whole = wholeAfter(tokens, i);
    if (whole !== undefined) {
      const before = tokens[i - 1]?.kind === 'break' ? tokens[i - 2] : tokens[i - 1];
      const of = ofPhraseRoles(wordsAfter(tokens, whole), before?.kind === 'word' ? before.text : undefined);
      take(of.part, token.value);
      forced.set(whole, of.whole);
      return;
    }
    const part = partThroughArticles(tokens, i);
    if (part) {
      for (const article of part.articles) inPhrase.add(article);
      return take(part.role, token.value);
    }
    const ownRole = forced.get(i) ?? roleFromWords(wordsAfter(tokens, i));
    const role = ownRole === undefined || ownRole === 'workplaces' ? (statusBefore(tokens, i) ?? ownRole ?? (token.written !== 'article' && saysWeAre(tokens, i) ? 'workplaces' : undefined)) : ownRole;
    if (role === 'unit') return;
    const bound = found.employed === undefined && found.equalised === undefined ? boundBefore(tokens, i) : undefined;
    // "Kleinbetriebe unter 40 Arbeitsplätzen", "ab 20 Mitarbeitern": a size class, not a count; "unter 20" is at most 19
    if (bound !== undefined && role === 'workplaces') return bound === 'below' && token.value <= MIN_WORKPLACES ? take(role, token.value - 1) : undefined;
    if (role !== undefined && (token.written !== 'article' || role === 'employed' || role === 'equalised')) return take(role, token.value);
    const before = tokens[i - 1];
    const afterYearCue = before?.kind === 'word' && YEAR_CUES.has(before.text);
    const endsClause = tokens[i + 1] === undefined || tokens[i + 1]!.kind === 'break';
    const roleBefore = afterYearCue ? undefined : roleFromWordBefore(tokens, i, token.written, endsClause);
    if (roleBefore !== undefined && (token.written !== 'article' || roleBefore !== 'workplaces')) take(roleBefore, token.value);
    else if (isWholeOfDisabledCount(tokens, i, found) || isWholeBeforePart(tokens, i)) take('workplaces', token.value);
    else if (token.written === 'digits' && token.yearLike) year ??= token.value;
  });

  // disabled trainees ("und ein schwerbehinderter Azubi") count besides the other disabled people, and twice
  const disabledTrainees = assignments.filter((a) => a.role !== 'workplaces' && groups.get(a.index)?.trainees);
  const traineeParts = traineesAmongDisabled(tokens, groups, assignments);
  const extraCredits = disabledTrainees.reduce((n, a) => n + a.value, 0) + traineeParts.count;
  const isBase = (a: Assignment) => assignments.find((b) => b.role === a.role) === a;
  const traineesBesides = disabledTrainees.filter((a) => !isBase(a)).reduce((n, a) => n + a.value, 0);
  const shortDisabled = disabledShortPartTime(tokens, groups, assignments);
  const employed = found.employed === undefined && found.equalised === undefined
    ? (saysNoneEmployed(tokens) ? 0 : saysOnlyOne(text) ? 1 : undefined)
    : Math.max(0, (found.employed ?? 0) + (found.equalised ?? 0) + traineesBesides - shortDisabled.count);
  const result: LevyQuestion = {};
  const workforce = adjustedWorkplaces(tokens, groups, assignments.find((a) => a.role === 'workplaces'), new Set([...shortDisabled.indices, ...traineeParts.indices]));
  if (workforce.workplaces !== undefined) result.workplaces = workforce.workplaces;
  const counted = tokens[assignments.find((a) => a.role === 'workplaces')?.index ?? -1];
  if (counted?.kind === 'number' && counted.approximate) result.approximate = true;
  const changing = monthlyWorkplaces(tokens, assignments);
  if (changing.byMonth && workforce.workplaces !== undefined) {
    // positions that are no workplaces come off every month, as they came off the count they were named with
    const off = assignments.find((a) => a.role === 'workplaces')!.value - workforce.workplaces;
    result.workplacesByMonth = changing.byMonth.map((n) => Math.max(0, n - off));
    result.workplaces = result.workplacesByMonth.reduce((sum, n) => sum + n, 0) / result.workplacesByMonth.length;
  }
  if (employed !== undefined) result.employed = employed;
  if (year !== undefined) result.year = year;
  const fromNow = year === undefined ? relativeYear(tokens) : undefined;
  if (fromNow !== undefined) result.yearFromNow = fromNow;
  // the periods of the workplaces are not the disabled people's
  const peopleTokens = changing.periods.size === 0 ? tokens : tokens.map((t, i): QuestionToken => (changing.periods.has(i) ? { kind: 'word', text: '' } : t));
  const { byMonth, loosePeriod } = monthlyEmployed(peopleTokens, assignments);
  if (byMonth) Object.assign(result, { employedByMonth: byMonth, employed: Math.max(...byMonth) });
  if (workforce.notCounted) result.notCounted = workforce.notCounted;
  if (extraCredits > 0 && !byMonth) result.extraCredits = extraCredits;
  if (shortDisabled.count > 0 && employed !== undefined) result.notCredited = shortDisabled.count;
  const operated = result.workplaces === undefined ? undefined : operatedMonths(text);
  if (operated) result.monthsOperated = operated;
  // a period or hours for nobody only change the figures of an earlier calculation, in a message without counts
  const noCounts = result.workplaces === undefined && result.employed === undefined;
  if (loosePeriod && noCounts) result.period = loosePeriod;
  if (looseHours !== undefined && noCounts) result.hoursPerWeek = looseHours;
  const equalised = found.equalised ?? equalisedAmong;
  return equalised === undefined ? { question: result } : { question: result, equalised };
}

/**
 * Pulls workplaces, employed schwerbehinderte/gleichgestellte people and the Erhebungsjahr out of one German or English
 * sentence ("Wir haben 75 Arbeitsplätze und einen schwerbehinderten Mitarbeiter").
 * @remarks Dates ("31.3.") are never counts; number words count only next to a noun they describe. Schwerbehinderte
 * and Gleichgestellte named separately are added up.
 */
export function parseLevyQuestion(text: string, tokens?: QuestionToken[]): LevyQuestion {
  return readLevyQuestion(text, tokens).question;
}

export type { LevyQuestion } from './levyQuestion.js';
