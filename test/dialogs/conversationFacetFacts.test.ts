import { describe, expect, it } from 'vitest';
import { lastReply } from '../helpers/testBot.js';

const NOTHING_PRECISE = /nichts Genaues|keine genaue Angabe|nothing precise/u;

// a follow-up asking one facet of the topic before reaches the sourced sentence of round 6 (data in locales/*/topics)
describe('round 6: a follow-up on a facet gets the sourced answer', () => {
  it.each([
    { case: 'Arbeitsassistenz: how long', locale: 'de-DE', messages: ['Was ist Arbeitsassistenz?', 'Wie lange wird das bezahlt?'], shows: [/– wie lange/u, /bis zu drei Jahre/u, /§ 49 Abs\. 8 SGB IX/u, /§ 185 Abs\. 5 SGB IX/u] },
    { case: 'Budget für Arbeit: what if it fails', locale: 'de-DE', messages: ['Was ist das Budget für Arbeit?', 'Was passiert, wenn es nicht klappt?'], shows: [/wieder in eine Werkstatt aufgenommen/u, /§ 220 Abs\. 3 SGB IX/u] },
    { case: 'Budget für Arbeit: wage', locale: 'de-DE', messages: ['Was ist das Budget für Arbeit?', 'Muss ich Tariflohn zahlen?'], shows: [/ortsüblichen Lohn \(§ 61 Abs\. 1 SGB IX\)/u] },
    { case: 'Übergang aus der Werkstatt: what if it fails', locale: 'de-DE', messages: ['Wir wollen jemanden aus der Werkstatt übernehmen.', 'Und was passiert, wenn es nicht klappt?'], shows: [/§ 220 Abs\. 3 SGB IX/u] },
    { case: 'stufenweise Wiedereingliederung: who applies', locale: 'de-DE', messages: ['Wie funktioniert die stufenweise Wiedereingliederung?', 'Wer muss das beantragen?'], shows: [/Einen Antrag stellen Sie als Arbeitgeber nicht/u] },
    { case: 'stufenweise Wiedereingliederung: from when', locale: 'de-DE', messages: ['Wie funktioniert die stufenweise Wiedereingliederung?', 'Ab wann geht das?'], shows: [/sechs Wochen/u, /§ 74 SGB V/u] },
    { case: 'stufenweise Wiedereingliederung: what if it fails', locale: 'de-DE', messages: ['Wie funktioniert die stufenweise Wiedereingliederung?', 'Was passiert, wenn es nicht klappt?'], shows: [/jederzeit abgebrochen/u] },
    { case: 'BEM: where to apply', locale: 'de-DE', messages: ['Was ist ein BEM?', 'Wo muss ich das beantragen?'], shows: [/Inklusionsamt hinzu/u, /§ 167 Abs\. 2 SGB IX/u] },
    { case: 'Beschäftigungspflicht: what if not', locale: 'de-DE', messages: ['Was ist die Beschäftigungspflicht?', 'Was passiert, wenn wir die Quote nicht erfüllen?'], shows: [/10\.000 €/u, /§ 238 SGB IX/u] },
    { case: 'Eingliederungszuschuss: what if the job ends', locale: 'de-DE', messages: ['Was ist der Eingliederungszuschuss?', 'Und was passiert, wenn das Arbeitsverhältnis während der Förderung endet?'], shows: [/Rückzahlung/u, /§ 92 Abs\. 2 SGB III/u] },
    { case: 'außergewöhnliche Belastungen: who applies', locale: 'de-DE', messages: ['Was ist der Beschäftigungssicherungszuschuss?', 'Wer stellt den Antrag?'], shows: [/Den Antrag stellen Sie als Arbeitgeber \(§ 27 Abs\. 1 SchwbAV\)/u] },
    { case: 'außergewöhnliche Belastungen: how long', locale: 'de-DE', messages: ['Was ist der Beschäftigungssicherungszuschuss?', 'Wie lange gibt es den?'], shows: [/§ 27 Abs\. 4 SchwbAV/u] },
    { case: 'Budget für Arbeit in Einfacher Sprache: what if it fails', locale: 'de-DE', messages: ['Bitte in Einfacher Sprache.', 'Was ist das Budget für Arbeit?', 'Was passiert, wenn es nicht klappt?'], shows: [/ohne Nachteil zurück in die Werkstatt/u] },
    { case: 'work assistance in English: how long', locale: 'en-US', messages: ['What is work assistance?', 'How long is it paid for?'], shows: [/up to three years/u, /section 49 \(8\) SGB IX/u] },
    { case: 'employment duty in English: what if not', locale: 'en-US', messages: ['What is the employment quota?', "What happens if we don't meet it?"], shows: [/fine of up to €10,000/u] },
  ])('$case', async ({ locale, messages, shows }) => {
    const reply = await lastReply(messages, locale);
    for (const pattern of shows) expect(reply).toMatch(pattern);
    expect(reply).not.toMatch(NOTHING_PRECISE);
  });
});

// round 8: § 159 SGB IX re-read in the consolidated text of 24.07.2026, which has Abs. 2a (straight from a Werkstatt or with a Budget für Arbeit: two places for two years)
describe('round 8: the multiple-crediting case names § 159 Abs. 2a', () => {
  it.each([
    ['de-DE', ['Was ist die Beschäftigungspflicht?', 'Kann ein schwerbehinderter Mitarbeiter mehrfach angerechnet werden?'], /§ 159 Abs\. 2a SGB IX/u],
    ['en-US', ['What is the employment quota?', 'Can one employee count for several mandatory places?'], /section 159 \(2a\) SGB IX/u],
  ])('(%s) %j', async (locale, messages, expected) => {
    const reply = await lastReply(messages, locale);
    expect(reply).toMatch(expected);
    expect(reply).toMatch(/(drei|three) (Pflichtarbeitsplätze|mandatory places)/u);
  });
});
