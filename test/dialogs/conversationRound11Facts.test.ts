import { describe, it } from 'vitest';
import { expectReply } from '../helpers/replyCase.js';

const NOTHING_PRECISE = /nichts Genaues|keine genaue Angabe|nothing precise/u;
const NO_INFORMATION = /keine gesicherte Information|no reliable information/u;

// round 11: sourced facts that follow-up questions reach (laws read in the consolidated copies with Stand 24.07.2026
// and, for the SchwbAV, 24.11.2023; see docs/conversations.md "Round 11: facts")
describe('round 11: a follow-up reaches the sourced fact of the topic at hand', () => {
  it.each([
    { case: 'Arbeitsassistenz in part-time', locale: 'de-DE', messages: ['Was ist eine Arbeitsassistenz?', 'Bekommt er die auch in Teilzeit mit 25 Stunden?'], shows: [/mindestens 15 Wochenstunden/u, /§ 185 Abs\. 2 Satz 3 SGB IX/u] },
    { case: 'work assistance part-time (en)', locale: 'en-US', messages: ['What is work assistance?', 'Does that also apply if she works part-time, 18 hours a week?'], shows: [/at least 15 hours a week/u, /section 185 \(2\) sentence 3/u] },
    { case: 'Arbeitsassistenz for equal status', locale: 'de-DE', messages: ['Was ist eine Arbeitsassistenz?', 'Gilt das auch für Gleichgestellte?'], shows: [/gleichgestellte Beschäftigte haben Anspruch auf die Arbeitsassistenz/u, /§ 151 Abs\. 3 SGB IX/u] },
    { case: 'Gleichstellung: from when', locale: 'de-DE', messages: ['Was bringt eine Gleichstellung?', 'Ab wann gilt sie?'], shows: [/§ 151 Abs\. 2 Satz 2 SGB IX/u, /rückwirkend ab dem Antragstag/u] },
    { case: 'Gleichstellung: the quota', locale: 'de-DE', messages: ['Zählt ein gleichgestellter Fahrer bei unserer Beschäftigungsquote mit?'], shows: [/Pflichtarbeitsplatz angerechnet \(§ 158 Abs\. 1 mit § 151 Abs\. 3 SGB IX\)/u] },
    { case: 'Inklusionsbeauftragter: must he be disabled', locale: 'de-DE', messages: ['Was macht ein Inklusionsbeauftragter?', 'Welche Voraussetzungen muss der Inklusionsbeauftragte erfüllen?'], shows: [/muss es aber nicht \(§ 181 SGB IX\)/u] },
    { case: 'Fachpraktiker: the trainer', locale: 'de-DE', messages: ['Was ist eine Fachpraktikerausbildung?', 'Welche Voraussetzungen muss ich als Ausbilder dafür erfüllen?'], shows: [/ReZA, 320 Stunden/u] },
    { case: 'Schwerbehinderung: Mehrarbeit', locale: 'de-DE', messages: ['Was bedeutet ein Schwerbehindertenausweis für uns als Arbeitgeber?', 'Unter welchen Voraussetzungen muss er Mehrarbeit leisten?'], shows: [/§ 207 SGB IX/u] },
  ])('$case', async ({ locale, messages, shows }) => {
    await expectReply({ locale, messages, shows, hides: [NOTHING_PRECISE, NO_INFORMATION] });
  });
});

// the additional leave for the working days per week the question gives, on its first asking (§ 208 Abs. 1 SGB IX)
describe('round 11: the additional leave computed for the stated working days', () => {
  it.each([
    { case: 'four days, in words', locale: 'de-DE', messages: ['Wie viel Zusatzurlaub bekommt ein schwerbehinderter Koch, der in unserer Küche an vier Tagen pro Woche arbeitet?'], shows: [/Bei 4 Arbeitstagen in der Woche sind es 4 Tage Zusatzurlaub/u, /§ 208 Abs\. 1 SGB IX/u] },
    { case: 'six days (en)', locale: 'en-US', messages: ['How much additional leave does a severely disabled baker get who works 6 days per week in our shift plan?'], shows: [/6 days of additional leave a year/u] },
    { case: 'two days in Einfache Sprache', locale: 'de-DE', messages: ['Einfache Sprache bitte', 'Wie viele Tage Zusatzurlaub hat ein schwerbehinderter Hausmeister mit 2 Tagen pro Woche?'], shows: [/2 Tage Zusatz-Urlaub/u] },
  ])('$case', async ({ locale, messages, shows }) => {
    await expectReply({ locale, messages, shows, hides: [NOTHING_PRECISE, NO_INFORMATION, /^\*\*[^*]+\*\*\n\nSchwerbehinderte Beschäftigte haben Anspruch/u] });
  });
});
