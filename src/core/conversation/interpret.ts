import { DEFAULT_THRESHOLDS } from '../recognizer/decision.js';
import type { Intent } from '../recognizer/types.js';
import { CIRCUMSTANCE_WORDS, followUp, NAMED_FACET_WORDS, REQUEST_INTENTS, type Reading } from './followUp.js';
import { ASSOCIATION_OFFICE, SEAT_SITE, siteDistricts } from './sites.js';
import type { ConversationContext, GuidedDialog, Interpretation, SmallTalk } from './types.js';

export type { Reading } from './followUp.js';

/** The topic a levy calculation is about; its facets answer "wo zahle ich das hin?" after a result. */
export const LEVY_TOPIC = 'ausgleichsabgabe';
/** Topics whose "müssen wir zahlen?" is answered by the calculator once the workforce is known. */
const DUTY_TOPIC = 'beschaeftigungspflicht';
const LEVY_DUTY_TOPICS: ReadonlySet<string> = new Set([LEVY_TOPIC, DUTY_TOPIC]);
/** The message names a topic besides the levy, the duty and a person's status ("… muss das Inklusionsamt zustimmen?"). */
const namesOtherSubject = ({ cues }: Reading): boolean => cues.namedSubjects.some((id) => !LEVY_DUTY_TOPICS.has(id));

/** Small talk may carry one word of its own ("Danke, Paderborn passt"), not a question. */
const SMALL_TALK_WORDS = 1;
/** Small talk that may say more than a word or two: a vented frustration or a personal aside that asks nothing. */
const REMARKS: ReadonlySet<SmallTalk> = new Set(['vent', 'remark']);
/** A message that only tells the size of the business has at most this many own words ("Mitarbeiter"). */
const FIGURE_ONLY_WORDS = 1;

/** "Müssen wir Ausgleichsabgabe zahlen?" (or a levy calculation without figures) once an earlier message gave the workforce. */
function levyWithKnownWorkforce(r: Reading, ctx: ConversationContext): Interpretation | undefined {
  const { cues, understanding: u } = r;
  if (ctx.workplaces === undefined || ctx.levy || r.workplaces !== undefined || cues.namedTopics.some((id) => !LEVY_DUTY_TOPICS.has(id))) return undefined;
  const aboutLevy = LEVY_DUTY_TOPICS.has(u.topics[0]?.id ?? '') && u.decision !== 'dont-know' && (cues.facet === 'amount' || cues.levyDuty);
  return u.intent === 'levy-calculator' || (u.intent === 'knowledge' && aboutLevy) ? { kind: 'levy-start', workplaces: ctx.workplaces } : undefined;
}

/**
 * "Wir sind 30 Leute.", "We have 70 employees" right after the levy or the employment duty was explained, asking nothing
 * else: the calculation for that workforce (the dialog asks for the disabled people when the message does not say).
 */
function levyForStatedWorkforce(r: Reading, ctx: ConversationContext): Interpretation | undefined {
  const { cues, understanding: u } = r;
  if (r.workplaces === undefined || ctx.levy || ctx.lastAnswer !== 'topic' || !ctx.topic || !LEVY_DUTY_TOPICS.has(ctx.topic)) return undefined;
  if (u.intent === 'find-contact' || cues.contact || cues.condition || (cues.facet && cues.facet !== 'amount')) return undefined;
  if (namesOtherSubject(r)) return undefined;
  return { kind: 'levy-start', workplaces: r.workplaces };
}

/**
 * "und wenn nicht, was dann?" right after the employment duty was explained for a known workforce: a consequence asked
 * with no word of its own is that of not meeting the duty, the levy (§ 160 Abs. 1 SGB IX) for nobody employed.
 */
function levyForUnmetDuty(r: Reading, ctx: ConversationContext): Interpretation | undefined {
  const { cues } = r;
  if (cues.facet !== 'consequences' || cues.contentWords > 0 || ctx.levy || ctx.lastAnswer !== 'topic' || ctx.topic !== DUTY_TOPIC) return undefined;
  return ctx.workplaces === undefined ? undefined : { kind: 'levy-recalculation', figures: { workplaces: ctx.workplaces, employed: 0 } };
}

/** How close the scores of an office's two Landschaftsverband topics are when only the place tells them apart. */
const TWIN_SCORE_GAP = 0.01;

/**
 * "Bei welchem Inklusionsamt landen wir mit beiden Standorten?" with the place known: the recognizer unsure between
 * the same office of both Landschaftsverbände (topics `…-lvr` and `…-lwl`, scored alike among its first three), and
 * no other topic named: the office of the employer's Landschaftsverband.
 */
function officeOfKnownPlace(r: Reading): Interpretation | undefined {
  const { cues, understanding: u } = r;
  if (!r.districtAssociation || u.intent !== 'knowledge' || u.decision === 'answer' || cues.facet || cues.contact) return undefined;
  if (cues.namedSubjects.length > 0) return undefined;
  const suffix = `-${r.districtAssociation.toLowerCase()}`;
  const otherSuffix = r.districtAssociation === 'LVR' ? '-lwl' : '-lvr';
  const first = u.topics.slice(0, 3);
  const own = first.find((t) => t.id.endsWith(suffix));
  const twin = own && first.find((t) => t.id === `${own.id.slice(0, -suffix.length)}${otherSuffix}`);
  return own && twin && Math.abs(own.score - twin.score) <= TWIN_SCORE_GAP ? { kind: 'topics', topics: [own.id] } : undefined;
}

/**
 * "Und wenn einer davon kündigt, muss das Inklusionsamt zustimmen?", "… bekommt sie dann trotzdem Zusatzurlaub?": a
 * changed circumstance that asks about another subject (a topic it names besides the levy, the duty and a person's
 * status) is no levy follow-up.
 */
const asksOtherSubject = (r: Reading): boolean => r.understanding.intent !== 'levy-calculator' && namesOtherSubject(r);

/** Special cases of the staff that the counting rules of the quota decide, gleichgestellte among them (data/conversation/facts.json). */
const COUNTING_CONDITIONS: ReadonlySet<string> = new Set(['minijob', 'parttime', 'trainee', 'seasonal', 'multicredit', 'equalstatus']);

/** "Zählen Azubis mit?": whether a group of staff counts for the quota, asked with no contact, calculation or other facet. */
function asksCountingRule({ cues, understanding: u, asksCounting }: Reading): boolean {
  if (!asksCounting || !cues.condition || !COUNTING_CONDITIONS.has(cues.condition) || cues.contact || u.intent === 'find-contact' || u.intent === 'levy-calculator') return false;
  return !cues.facet || cues.facet === 'beneficiaries';
}

/**
 * "Zählen Minijobber eigentlich mit?", "Werden Saisonkräfte mitgezählt?", "Kann jemand mehrfach angerechnet werden?":
 * whether a group of staff counts for the quota is a special case of the levy (when it is named or under discussion,
 * or its calculator waits) or else of the employment duty, whatever other topic the group's name brings to mind.
 */
function countingQuestion(r: Reading, ctx: ConversationContext): Interpretation | undefined {
  const { cues } = r;
  if (!asksCountingRule(r)) return undefined;
  const levyNamed = cues.namedTopics.includes(LEVY_TOPIC);
  const dutyNamed = cues.namedTopics.includes(DUTY_TOPIC);
  const inLevy = levyNamed || ctx.topic === LEVY_TOPIC || ctx.lastAnswer === 'levy' || ctx.suspended?.dialog === 'levy';
  // "Zählt die Zeit im Minijob für den Kündigungsschutz?" names a subject of its own
  const others = cues.namedSubjects.filter((id) => !LEVY_DUTY_TOPICS.has(id) && !cues.situationTopics.includes(id));
  if (others.length > 0 && !levyNamed && !dutyNamed) return undefined;
  // "Zählen Azubis und die Aushilfen mit 12 Stunden mit?": every group it names
  const also = cues.statedCases.filter((id) => id !== cues.condition && COUNTING_CONDITIONS.has(id));
  const topic = levyNamed || (inLevy && !dutyNamed) ? LEVY_TOPIC : DUTY_TOPIC;
  return { kind: 'facet', topic, facet: 'conditions', condition: cues.condition, ...(also.length > 0 ? { alsoConditions: also } : {}) };
}

/**
 * "Und wenn wir einen dritten Schwerbehinderten einstellen?", "und mit 75 Arbeitsplätzen?" once another topic came in
 * between: a continuation that gives levy figures itself (disabled people or workplaces) and asks nothing else (no facet
 * but the amount, no topic but the levy and the duty) goes on with the last calculation.
 */
function levyHypothesis(r: Reading): boolean {
  const { cues, understanding: u } = r;
  if (!cues.followUp || u.intent === 'find-contact' || cues.contact || (cues.facet && cues.facet !== 'amount') || cues.condition) return false;
  if (namesOtherSubject(r)) return false;
  return r.workplaces !== undefined || r.levyEmployed === true;
}

/**
 * "Gibts da was von der Arbeitsagentur?", "wie viel vom Lohn übernimmt da die Arbeitsagentur?" in a situation of its
 * own (hiring, training …) name the agency as the one who pays: the situation's instruments, not the agency's card;
 * "Und was zahlt das Inklusionsamt?" after an overview: those of its instruments that the named payer funds.
 */
function agencyAsPayer(r: Reading, ctx: ConversationContext): Interpretation | undefined {
  const { cues, understanding: u } = r;
  const asksMoney = cues.facet === 'amount' || cues.facet === 'provider' || (!cues.facet && cues.asksBroadly);
  if (cues.contact || !asksMoney || u.intent !== 'knowledge') return undefined;
  // "Was zahlt die Arbeitsagentur davon?" after an overview, "Zahlt die Arbeitsagentur was dazu, wenn ich … einstelle?":
  // the instruments of that situation the named payer funds
  const situation = cues.situation ?? ctx.overview;
  const paidBy = situation && (cues.facet === 'amount' || cues.facet === 'provider') ? r.payersIn?.(situation, !cues.situation && (cues.anaphor || cues.followUp)) : undefined;
  if (paidBy) return { kind: 'overview', situation: situation!, paidBy: [...paidBy] };
  if (!r.agencyOnly || !cues.situation || !cues.role) return undefined;
  return { kind: 'overview', situation: cues.situation, facet: cues.facet === 'amount' ? 'amount' : undefined };
}

/**
 * "Können Sie mir das schicken oder kurz zusammenfassen?" asks something of the answer itself: a summary of the topics
 * it names, else of the overview or topic under discussion (none when nothing was discussed yet).
 */
function aboutAnswer(r: Reading, ctx: ConversationContext, overviewTopics: readonly string[]): Interpretation | undefined {
  const { cues, understanding: u } = r;
  // "per Mail schicken" names e-mail as the way to send, not as the detail asked for
  if (!cues.aboutAnswer || (cues.detail && cues.detail !== 'email') || cues.contact || REQUEST_INTENTS.has(u.intent)) return undefined;
  const named = cues.namedSubjects;
  const discussed = ctx.overview ? overviewTopics : ctx.topic ? [ctx.topic] : [];
  return { kind: 'summary', topics: named.length > 0 ? named : [...discussed], request: cues.aboutAnswer };
}

/**
 * "Moment, ich hab mich vertan: er war nie in einer Werkstatt, er ist arbeitslos. Was gibt es dann?" corrects the facts
 * the last answer rested on and asks again what there is: the overview of the situation, without the topic answered
 * on the old facts.
 */
function correctedSituation(r: Reading, ctx: ConversationContext): Interpretation | undefined {
  const { cues, understanding: u } = r;
  const situation = cues.situation ?? ctx.situation;
  const named = cues.namedSubjects.filter((id) => id !== ctx.topic);
  if (!cues.correction || !cues.asksBroadly || cues.facet || cues.condition || !situation || u.district || named.length > 0) return undefined;
  if (!ctx.topic || ctx.lastAnswer !== 'topic') return undefined;
  return { kind: 'overview', situation, exclude: [ctx.topic] };
}

const OVERVIEW_BLOCKERS: ReadonlySet<Intent> = new Set(['levy-calculator', 'find-contact', 'language']);

/**
 * An ask-back between topics, one of which the message names only in passing ("…hat ihren Schwerbehindertenausweis
 * bekommen. Wie viel Urlaub steht ihr zu?"): without the background topics, the first one left when it is a clear
 * winner by the recognizer's own thresholds.
 */
function clearWithoutBackground(r: Reading): string | undefined {
  const { cues, understanding: u } = r;
  const background = new Set(cues.namedTopics.filter((id) => !cues.askedTopics.includes(id)));
  if (background.size === 0) return undefined;
  const [first, second] = u.topics.filter((t) => !background.has(t.id));
  const t = DEFAULT_THRESHOLDS;
  return first && first.score >= t.answer && (second?.score ?? 0) < first.score * (1 - t.margin) ? first.id : undefined;
}

/** Which topics a message names outright: two to compare, one asked what it is, or the one of an ask-back it names. */
function namedOutright(r: Reading): string[] | undefined {
  const { cues, understanding: u } = r;
  if (cues.compare && cues.namedTopics.length >= 2) return cues.namedTopics.slice(0, 2);
  // a levy sentence with its figures is a calculation, not an ask-back between levy topics
  if (u.decision === 'ask-back' && u.intent !== 'levy-calculator') {
    // the longest name the asking sentence holds: "stufenweise Wiedereingliederung" rather than the BEM it mentions
    const asked = cues.askedTopics.find((id) => u.topics.some((t) => t.id === id));
    const clear = asked ?? clearWithoutBackground(r);
    if (clear) return [clear];
  }
  const [named] = cues.namedTopics;
  if (!named || cues.facet || cues.namedTopics.length !== 1) return undefined;
  // "Was ist eigentlich das Budget für Ausbildung?": the card, even if the name holds a special-case word
  if (cues.definition && u.district === null && u.intent !== 'levy-calculator') return [named];
  return undefined;
}

/**
 * "Moment, ich hab mich vertan – sie hat GdB 30, nicht 50." after a topic corrects the person the answer rested on:
 * the special case it states, of the topic at hand (no other subject, place or facet of its own); after an overview,
 * the conditions of each of its instruments.
 */
function correctedCase(r: Reading, ctx: ConversationContext): Interpretation | undefined {
  const { cues, understanding: u } = r;
  const named = cues.namedSubjects.filter((id) => id !== ctx.topic);
  if (!cues.correction || !cues.statedCase || cues.facet || u.district || named.length > 0) return undefined;
  // after an overview: who qualifies, for each of its instruments
  if (ctx.overview) return { kind: 'overview', situation: ctx.overview, facet: 'conditions', condition: cues.statedCase };
  return ctx.topic && ctx.lastAnswer === 'topic' ? { kind: 'facet', topic: ctx.topic, facet: 'conditions', condition: cues.statedCase } : undefined;
}

/**
 * "…, für ihn bekommen wir noch Eingliederungszuschuss. Geht beides gleichzeitig?" asks whether the topic at hand goes
 * together with another topic the message names: the combination facet of the topic at hand, which stays the subject
 * (the other is named in passing); when the message names two topics and neither is at hand, of the first with the
 * second.
 */
function combination(r: Reading, ctx: ConversationContext): Interpretation | undefined {
  const { cues, understanding: u } = r;
  if (cues.facet !== 'combination' || REQUEST_INTENTS.has(u.intent)) return undefined;
  const subjects = cues.namedSubjects;
  const topic = subjects.length >= 2 && !subjects.includes(ctx.topic ?? '') ? subjects[0] : (ctx.topic ?? subjects[0]);
  if (!topic) return undefined;
  const other = subjects.find((id) => id !== topic);
  return other ? { kind: 'facet', topic, facet: 'combination', other } : { kind: 'facet', topic, facet: 'combination' };
}

/**
 * A question about the office of one Landschaftsverband that names no other subject: "Wir liegen übrigens in Moers –
 * zahlen wir das an den LWL?" from the Rheinland after a levy result is when and to whom that result is paid (the
 * dialog says first that the other office is responsible); "Ist der LVR für uns zuständig?" from Westfalen the office
 * of the place. "Wir sind im Ruhrgebiet. Ist für uns der LWL zuständig?" names a place of both: the contact search asks
 * for the town.
 */
function associationQuestion(r: Reading, ctx: ConversationContext): Interpretation | undefined {
  const { cues, understanding: u } = r;
  // "Wir sind in Kerpen. Ist das dann der LVR oder der LWL?": the office of the place's Landschaftsverband
  if (r.officeOfEither && cues.namedTopics.length === 2 && u.intent !== 'levy-calculator' && (!cues.facet || cues.facet === 'provider')) return { kind: 'topics', topics: [r.officeOfEither] };
  if (!r.associationOffice || u.intent === 'levy-calculator' || (cues.facet && cues.facet !== 'provider')) return undefined;
  if (cues.namedTopics.some((id) => id !== r.associationOffice && !LEVY_DUTY_TOPICS.has(id))) return undefined;
  if (r.otherAssociationOffice && ctx.levy && ctx.lastAnswer === 'levy') return { kind: 'levy-recalculation', figures: ctx.levy, payment: true };
  if (r.otherAssociationOffice && cues.namedTopics.length === 1) return { kind: 'topics', topics: [r.otherAssociationOffice] };
  return r.placeOfBoth && cues.namedTopics.length === 1 ? { kind: 'contact' } : undefined;
}

/**
 * "Wir haben auch einen zweiten Standort in Erkelenz – gleiche Stelle?", "Wir machen noch ein Lager in Gummersbach auf,
 * gilt da das gleiche?": another site of the business (a branch, or a kind of site other than the seat) named with its
 * place, in a question with no subject or facet of its own, while an office is under discussion: the contacts there.
 */
function anotherSite(r: Reading): Interpretation | undefined {
  const { cues, understanding: u } = r;
  const otherSite = cues.branch || (cues.site !== undefined && cues.site !== SEAT_SITE);
  if (!u.district || r.statement || !otherSite || !r.officeAtHand || u.intent === 'levy-calculator') return undefined;
  if (cues.namedSubjects.length > 0 || (cues.facet && cues.facet !== 'beneficiaries' && cues.facet !== 'provider')) return undefined;
  return { kind: 'contact', districtKey: u.district, role: cues.role };
}

/**
 * "Sind das jetzt zwei verschiedene Inklusionsämter?", "Who is responsible for both sites?" once sites in several
 * districts were named, naming no place: the contacts of each site.
 */
function eachSite(r: Reading, ctx: ConversationContext): Interpretation | undefined {
  const { cues, understanding: u } = r;
  const sites = siteDistricts(ctx);
  if (sites.length < 2 || !cues.eachSite || u.placeMentioned || u.intent === 'levy-calculator' || (cues.facet && cues.facet !== 'provider')) return undefined;
  if (cues.namedSubjects.some((id) => !ASSOCIATION_OFFICE.test(id))) return undefined;
  const asksOffice = cues.contact || cues.role !== undefined || u.intent === 'find-contact' || ASSOCIATION_OFFICE.test(u.topics[0]?.id ?? '');
  return asksOffice ? { kind: 'contact', sites, role: cues.role } : undefined;
}

/**
 * Thanks, goodbye, praise or an insult and nothing else ("Super, danke!", "Tschüss und schönes Wochenende"); not when
 * the rest answers the dialog left for another question ("Danke. Wir haben übrigens zwei Schwerbehinderte.").
 */
export const isOnlySmallTalk = (r: Reading): boolean => {
  const { cues, levyChange, fitsSuspended } = r;
  return cues.smallTalk !== undefined && (cues.contentWords <= SMALL_TALK_WORDS || isRemark(r)) && cues.namedTopics.length === 0 && !levyChange && !cues.facet && !fitsSuspended && !cues.asksBesideSmallTalk;
};

/**
 * "Das ist doch alles Bürokratiewahnsinn mit euren Ämtern", "Ich fahr übrigens nächste Woche in die Alpen": a vented
 * frustration or a personal aside may say more, as long as it asks nothing, names no place of ours and the recognizer
 * answers no topic from its words ("Wir haben übrigens einen Azubi mit Autismus" is no aside).
 */
const isRemark = ({ cues, statement, understanding: u }: Reading): boolean =>
  REMARKS.has(cues.smallTalk!) && !!statement && (u.intent === 'knowledge' || u.intent === 'out-of-scope') && u.decision !== 'answer' && !u.placeMentioned && !u.remitEvidence;

/**
 * Reads a message against the conversation: small talk, a changed levy figure, the remembered place, a broad
 * question (overview), a follow-up facet of the current topic (or of the topic it names), the answer to an
 * interrupted dialog, or a new question.
 * @param overviewTopics the topics of the overview under discussion (empty when none)
 */
export function interpret(r: Reading, ctx: ConversationContext, overviewTopics: readonly string[] = []): Interpretation {
  const { cues, understanding: u } = r;
  if (isOnlySmallTalk(r)) return { kind: 'small-talk', talk: cues.smallTalk! };
  const summary = aboutAnswer(r, ctx, overviewTopics);
  if (summary) return summary;
  // a levy calculation asked for outright is no answer to a kept finder step ("Wir haben 30 Leute, was zahlen wir?")
  const levyElsewhere = u.intent === 'levy-calculator' && ctx.suspended?.dialog !== 'levy';
  const personNotCount = ctx.suspended?.dialog === 'levy' && namesPersonInQuestion(r);
  // "und unabhängig davon, ab wie vielen Leuten muss man …? wir sind 21" asks a question the recognizer answers: no answer to the step
  const answeredQuestion = !r.statement && u.intent === 'knowledge' && u.decision === 'answer';
  if (ctx.suspended && r.fitsSuspended && u.intent !== 'find-contact' && !cues.contact && !levyElsewhere && !personNotCount && !answeredQuestion) return { kind: 'resume', dialog: ctx.suspended.dialog };
  // "Zählt eine gleichgestellte Kollegin voll mit?": a counting question whose only count is an article changes no figure
  const levyChange = asksCountingRule(r) && !r.writesOutCount ? undefined : r.levyChange;
  if (levyChange && ctx.topic === LEVY_TOPIC && (cues.followUp || cues.contentWords <= NAMED_FACET_WORDS || r.levyCorrection) && u.intent !== 'find-contact' && !asksOtherSubject(r)) return { kind: 'levy-recalculation', figures: levyChange };
  // "Und wenn wir einen dritten Schwerbehinderten einstellen?" after a question in between: the levy figures are kept
  if (levyChange && ctx.levy && levyHypothesis(r)) return { kind: 'levy-recalculation', figures: levyChange };
  const association = associationQuestion(r, ctx);
  if (association) return association;
  // "Bis wann muss das bezahlt werden (und an wen)?" right after a levy result: the due date and payee of that result
  const aboutLevy = cues.namedTopics.every((id) => LEVY_DUTY_TOPICS.has(id));
  // "Und die Meldung an die Arbeitsagentur – auch bis dahin?": the office the report goes to names no other subject
  if (ctx.levy && ctx.lastAnswer === 'levy' && (cues.facet === 'deadline' || r.levyPayee) && !cues.levyDuty && (aboutLevy || r.agencyOnly) && u.intent !== 'find-contact') return { kind: 'levy-recalculation', figures: ctx.levy, payment: true };
  // "Wer bekommt eigentlich die Ausgleichsabgabe?": the employer pays it, so who gets it is the office that collects it
  if (r.levyPayee && cues.namedTopics.includes(LEVY_TOPIC) && aboutLevy && !cues.contact && u.intent !== 'find-contact' && (!cues.facet || cues.facet === 'beneficiaries' || cues.facet === 'provider')) return { kind: 'facet', topic: LEVY_TOPIC, facet: 'provider' };
  // "Was genau würden wir zahlen?", "Müssen wir die Ausgleichsabgabe zahlen?", "Warum zahlen wir für 22 Plätze?" right after a
  // levy result: the result again, whose card shows how it comes about
  const asksResult = (cues.facet === 'amount' && cues.namedTopics.length === 0) || ((cues.levyDuty || r.asksWhyLevy) && cues.namedTopics.every((id) => LEVY_DUTY_TOPICS.has(id)));
  if (ctx.levy && ctx.lastAnswer === 'levy' && asksResult && u.intent !== 'find-contact') return { kind: 'levy-recalculation', figures: ctx.levy };
  const site = anotherSite(r) ?? eachSite(r, ctx);
  if (site) return site;
  // "und für unsere Geschäftsstelle in Gütersloh?", "Gilt das auch für die Filiale in Lippstadt?" right after a contact
  // card asks for the contacts there
  const sameForPlace = cues.facet === 'beneficiaries' && cues.anaphor;
  if (u.district && ctx.lastAnswer === 'contact' && (cues.followUp || cues.branch || sameForPlace) && (!cues.facet || sameForPlace) && cues.namedTopics.length === 0 && u.intent !== 'levy-calculator') {
    return { kind: 'contact', districtKey: u.district, role: cues.role };
  }
  // "Und fürs Lager?" after "Unsere Zentrale ist in 41539, das Lager in Kempen.": the contacts of that site's place
  const named = cues.site ? ctx.sites?.[cues.site] : undefined;
  const asksSite = (!cues.facet || cues.contact) && cues.contentWords <= NAMED_FACET_WORDS && (u.intent === 'find-contact' || !REQUEST_INTENTS.has(u.intent));
  if (named && asksSite && !u.placeMentioned && cues.namedTopics.length === 0) return { kind: 'contact', districtKey: named, role: cues.role };
  // "ich meinte Dortmund" after an answer that named the office of the old place: that answer for the new place
  if (cues.correction && u.district && ctx.lastAnswer === 'topic' && ctx.topic && r.placeDependent && !cues.facet && cues.namedTopics.length === 0) {
    return { kind: 'facet', topic: ctx.topic, facet: ctx.facet ?? 'provider', condition: ctx.condition };
  }
  const counting = countingQuestion(r, ctx);
  if (counting) return counting;
  const office = officeOfKnownPlace(r);
  if (office) return office;
  const corrected = correctedSituation(r, ctx) ?? correctedCase(r, ctx);
  if (corrected) return corrected;
  const levyStart = levyWithKnownWorkforce(r, ctx) ?? levyForStatedWorkforce(r, ctx) ?? levyForUnmetDuty(r, ctx);
  if (levyStart) return levyStart;
  // "Wir haben 30 Mitarbeiter." before anything was discussed tells the size of the business and asks nothing: a welcome
  // that keeps the figure, not whatever topic the recognizer finds for the word "Mitarbeiter"
  const nothingDiscussed = !ctx.topic && !ctx.overview && !ctx.levy && !ctx.suspended;
  if (nothingDiscussed && r.statement && r.workplaces !== undefined && cues.contentWords <= FIGURE_ONLY_WORDS && cues.namedTopics.length === 0
    && !cues.facet && !cues.condition && !cues.contact && !cues.situation && u.district === null && !REQUEST_INTENTS.has(u.intent)) return { kind: 'introduction' };
  // "Welche Ansprechstelle ist in Prüm zuständig?" names a place the data does not know: not the place remembered
  const district = u.district ?? (u.placeMentioned && cues.contact ? undefined : ctx.districtKey);
  // "Who can advise us locally?" asks for an office near the employer even where "who can advise us" names the provider facet
  const advises = cues.facet === 'provider' || cues.facet === 'advice';
  const localAdvice = !!cues.local && (cues.contact || advises) && (!cues.facet || advises);
  const aboutTopicAtHand = !!ctx.topic && ctx.lastAnswer === 'topic' && cues.namedTopics.length === 0 && !REQUEST_INTENTS.has(u.intent);
  // a contact card in between does not change the subject: "Muss ich ihn dann nach Tarif bezahlen?" after it is still about the topic
  const topicBeforeContact = !!ctx.topic && ctx.lastAnswer === 'contact' && cues.namedTopics.length === 0 && !REQUEST_INTENTS.has(u.intent);
  // "Wer unterstützt uns dabei?" names no topic: who advises on the topic at hand (its texts name the offices), not a topic on help
  if (cues.facet === 'advice' && aboutTopicAtHand && !localAdvice && !cues.contact) return { kind: 'facet', topic: ctx.topic!, facet: 'advice' };
  // "Bekommt sie dann Tariflohn?" about the person of the topic at hand: its own sentence on wages; the referral only when it says nothing
  if (cues.facet === 'wage' && (aboutTopicAtHand || topicBeforeContact) && r.facetInTopic) return { kind: 'facet', topic: ctx.topic!, facet: 'wage' };
  if ((cues.contact || localAdvice) && district && u.intent !== 'levy-calculator') return { kind: 'contact', districtKey: district, detail: cues.detail, role: cues.role };
  // "Welches Inklusionsamt ist für uns zuständig?" with no place known: ask for the place rather than between offices
  if ((cues.contact || localAdvice) && !district && (!cues.facet || localAdvice) && cues.namedTopics.length === 0 && !REQUEST_INTENTS.has(u.intent) && u.decision !== 'answer') return { kind: 'contact', role: cues.role };
  if (cues.detail && u.district && !cues.facet) return { kind: 'contact', districtKey: u.district, detail: cues.detail, role: cues.role };
  // "Welche Förderung gibt es in Niedersachsen …?" names a subject outside the remit: the referral, not the overview
  const outside = u.intent === 'out-of-scope' && !!u.outOfScopeSubject;
  // a person's status ("eine Bewerberin mit GdB 50") says who is meant, not what is asked
  const subjects = cues.namedSubjects;
  // "…braucht jemanden, der ihr die Post vorliest. Gibt es dafür Unterstützung?": the need is one instrument, found alone
  const [only, ...others] = u.topics;
  const pinned = u.decision === 'answer' && others.length === 0 && !!only && cues.situationTopics.includes(only.id);
  // "Der Bewerber ist übrigens 56. Gibt es dann länger Geld?" after the card of one of the situation's instruments asks
  // that instrument's facet, not for the overview again
  const facetOfTopicAtHand = !!cues.facet && aboutTopicAtHand && cues.situationTopics.includes(ctx.topic!);
  if (cues.overview && subjects.length === 0 && !OVERVIEW_BLOCKERS.has(u.intent) && !outside && !pinned && !facetOfTopicAtHand) return { kind: 'overview', situation: cues.overview };
  // "Das ist viel. Was kann ich machen?" after a levy result asks what there is for the situation of the topic at hand
  if (cues.asksSupport && !cues.facet && !cues.situation && r.situationAtHand && subjects.length === 0 && u.decision !== 'answer' && !OVERVIEW_BLOCKERS.has(u.intent) && !outside) return { kind: 'overview', situation: r.situationAtHand };
  // "Wir wollen eine gehörlose Buchhalterin einstellen." tells a situation with a disabled person and asks nothing the
  // recognizer can place: what there is for that situation
  if (r.statement && cues.situation && u.remitEvidence && u.intent === 'knowledge' && u.decision !== 'answer' && subjects.length === 0 && !cues.facet && !cues.condition) return { kind: 'overview', situation: cues.situation };
  // "Müssen wir in der Küche umbauen und wer bezahlt sowas?" between two instruments of that situation: the facet of each
  if (u.decision === 'ask-back' && u.intent === 'knowledge' && cues.situation && cues.facet && cues.namedTopics.length === 0 && u.topics.slice(0, 2).every((t) => cues.situationTopics.includes(t.id))) {
    return { kind: 'overview', situation: cues.situation, facet: cues.facet };
  }
  // "Wie kündige ich in der Probezeit?" was referred elsewhere; "Und wenn er schwerbehindert ist?" makes it ours. A
  // continuation that names no topic stays with the neighbour even when the recognizer answers another topic from a
  // word like "zusätzlich" ("Und wenn der Fahrer schwerbehindert ist, was muss ich dann zusätzlich beachten?")
  // "Muss ich ihm irgendwann so ein Eingliederungsgespräch anbieten?" after the referral of a sick-pay question about him
  // asks about the same person something the recognizer cannot place: the neighbour too
  const samePersonUnplaced = cues.person && u.decision === 'dont-know' && !u.outOfScopeSubject;
  if (ctx.neighbourTopic && (u.remitEvidence || samePersonUnplaced) && !(u.intent === 'knowledge' && u.decision === 'answer' && !cues.followUp) && !REQUEST_INTENTS.has(u.intent)
    && cues.namedTopics.length === 0 && cues.contentWords <= (cues.followUp ? CIRCUMSTANCE_WORDS : NAMED_FACET_WORDS)) return { kind: 'topics', topics: [ctx.neighbourTopic] };
  // "…meiner schwerbehinderten Mitarbeiterin…" then "Und wie viele Urlaubstage hat sie extra?": the neighbour of the remit
  if (u.intent === 'out-of-scope' && u.remitTopic && u.remitTopic !== ctx.topic && ctx.remitPerson && cues.person && !u.remitEvidence && cues.namedTopics.length === 0) return { kind: 'topics', topics: [u.remitTopic] };
  // "Eine Kollegin hat jetzt einen GdB von 50. Was ändert sich für mich?": the status the message names is the subject (its
  // answer lists the duties and rights that attach to it), not a topic the recognizer finds from the illness beside it
  // (a status the recognizer answers stays: "GdB 40 … gleichstellen lassen … was heißt das für uns" is the Gleichstellung)
  const status = u.topics[0] && cues.isStatusTopic(u.topics[0].id) ? u.topics[0].id : cues.statusTopics[0];
  if (cues.implications && status && cues.namedSubjects.length === 0 && !cues.facet && !REQUEST_INTENTS.has(u.intent)) return { kind: 'topics', topics: [status] };
  // "Was ändert sich dadurch für uns?", "What does that mean for us?": the topic at hand again (what it brings), not a
  // topic on employers that the recognizer finds from "Betrieb" or "Arbeitgeber"
  // (a situation of its own, "…, wenn wir einen Azubi einstellen?", is a new question)
  if (cues.implications && ctx.topic && (ctx.lastAnswer === 'topic' || ctx.lastAnswer === 'contact') && !cues.facet && !cues.condition && !cues.situation && subjects.length === 0
    && !REQUEST_INTENTS.has(u.intent) && (cues.anaphor || u.decision !== 'answer' || u.topics[0]?.id === ctx.topic)) return { kind: 'topics', topics: [ctx.topic] };
  // "Wie viele Tage Zusatzurlaub hat eine Kollegin, die 6 Tage die Woche arbeitet?": the fact computed from the figures
  // the message gives (the special case of the topic), however many other words it has, not the topic's card
  if (r.computedFactTopic && !cues.contact && !REQUEST_INTENTS.has(u.intent)) return { kind: 'facet', topic: r.computedFactTopic, facet: 'conditions', condition: cues.condition };
  const combined = combination(r, ctx);
  if (combined) return combined;
  const payer = agencyAsPayer(r, ctx);
  if (payer) return payer;
  // "A young guy from a sheltered workshop wants to work in our kitchen. What support can I get?" names the subject the
  // support is for: its answer, not the programme finder that the broad question alone would start
  const [subject, ...more] = cues.namedSubjects;
  if (u.intent === 'programme-finder' && subject && more.length === 0 && !r.statement && u.topics.slice(0, 3).some((t) => t.id === subject)) return { kind: 'topics', topics: [subject] };
  const outright = namedOutright(r);
  const follows = outright ? undefined : followUp(r, ctx, overviewTopics);
  if (follows) return follows;
  // a question that refers back ("lower it further"), whose near-equal reading is a neighbour of the topic under discussion, means that neighbour
  if (r.relatedCandidate && cues.anaphor && u.intent === 'knowledge') return { kind: 'topics', topics: [r.relatedCandidate] };
  return outright ? { kind: 'topics', topics: outright } : { kind: 'new-question' };
}

/**
 * "Muss ich das Inklusionsamt fragen, bevor ich einem schwerbehinderten Azubi kündige?": a question the recognizer
 * answers with a topic besides the levy and the duty, whose only count is an article, names a person rather than
 * answering the levy calculator's "how many?".
 */
function namesPersonInQuestion(r: Reading): boolean {
  const { understanding: u } = r;
  return !r.statement && !r.writesOutCount && u.intent === 'knowledge' && u.decision === 'answer' && !LEVY_DUTY_TOPICS.has(u.topics[0]?.id ?? '');
}

/**
 * While a guided dialog waits: is the message its answer, or a different request to answer first? A contact
 * question, a levy calculation, the finder (in another dialog), a broad question or a clear knowledge question
 * is a digression; a levy sentence is never taken as finder answers.
 */
export function isDigression(r: Reading, waiting: GuidedDialog, fitsStep: boolean): boolean {
  const { cues, understanding: u } = r;
  // "Super, danke!" while a dialog waits for a place or a number: the conversation is ending, not answering the step
  if (!fitsStep && isOnlySmallTalk(r)) return true;
  // a bare place answers the finder's place step; a contact question ("wer ist in Bielefeld zuständig?") does not
  if (waiting !== 'contact' && cues.contact && (u.intent === 'find-contact' || u.district !== null || r.knowsDistrict)) return true;
  if (waiting !== 'contact' && u.intent === 'find-contact' && u.district !== null && !fitsStep) return true;
  if (u.intent === 'levy-calculator' && (waiting !== 'levy' || !fitsStep)) return true;
  if (u.intent === 'programme-finder' && waiting !== 'finder' && !fitsStep) return true;
  if (cues.overview && !fitsStep) return true;
  // "Moment, kurz was anderes: ab wann muss ich einem Mitarbeiter ein BEM anbieten?" holds a number word, but the
  // recognizer answers another topic the message names: no count for the levy calculator
  const namesOtherTopic = u.intent === 'knowledge' && u.decision === 'answer' && cues.namedTopics.includes(u.topics[0]?.id ?? '') && !LEVY_DUTY_TOPICS.has(u.topics[0]!.id);
  if (waiting === 'levy' && namesOtherTopic) return true;
  if (waiting === 'levy' && namesPersonInQuestion(r)) return true;
  // "Zählen unsere Azubis und die Aushilfen mit 12 Stunden mit?" while the calculator waits: the counting rule first
  if (waiting === 'levy' && !fitsStep && asksCountingRule(r)) return true;
  // the contact finder answers a knowledge question itself and asks for the place again
  if (fitsStep || waiting === 'contact') return false;
  return (u.intent === 'knowledge' && u.decision === 'answer') || (cues.facet !== undefined && cues.namedTopics.length > 0);
}
