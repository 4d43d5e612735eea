import { describe, it } from 'vitest';
import { expectReply } from '../helpers/replyCase.js';

describe('round 12: the levy in conversations and single messages', () => {
  it.each([
    {
      case: 'gleichgestellte "davon" are among the disabled people counted, not added',
      locale: 'de-DE',
      messages: ['Gärtnerei mit 150 Arbeitsplätzen, 5 Schwerbehinderte, 2 davon gleichgestellt. Was zahlen wir?'],
      shows: [/5\.580/u],
      hides: [/1\.860/u],
    },
    {
      case: 'a corrected head count stated as "mit … sinds 45" recalculates',
      locale: 'de-DE',
      messages: ['Metzgerei mit 28 Arbeitsplätzen, niemand schwerbehindert. Was kostet uns das?', 'Stimmt nicht ganz, mit dem Partyservice sinds 45.'],
      shows: [/11\.160/u],
      hides: [/nicht als Zahl verstanden|keine gesicherte Information/u],
    },
    {
      case: 'another year "ganz ohne" the disabled people counted',
      locale: 'de-DE',
      messages: ['Wir haben 70 Arbeitsplätze und zwei schwerbehinderte Kollegen. Was zahlen wir?', 'Und 2024, ganz ohne?'],
      shows: [/34\.560/u],
      hides: [/6\.600/u],
    },
    {
      case: '"für dieses Jahr" after a calculation for 2024 is the running year',
      locale: 'de-DE',
      messages: ['Wir hatten 2024 im Schnitt 110 Arbeitsplätze und drei schwerbehinderte Beschäftigte. Wie hoch war die Abgabe?', 'Und mit denselben Zahlen für dieses Jahr?'],
      shows: [/9\.900/u, /2026/u],
      hides: [/8\.820/u],
    },
    {
      case: 'both figures for the yearly report ask for a calculation, also when the duty topic comes first',
      locale: 'de-DE',
      messages: ['Zur Anzeige für 2025: 130 Arbeitsplätze, vier schwerbehinderte Mitarbeiterinnen. Was ergibt das?'],
      shows: [/5\.580/u],
      hides: [],
    },
    {
      case: 'one of the people counted came only in a later month',
      locale: 'de-DE',
      messages: ['Wir haben 100 Arbeitsplätze und drei Schwerbehinderte. Was zahlen wir für 2025?', 'Korrektur: der dritte kam erst im April dazu.'],
      shows: [/7\.425/u, /Monat für Monat/u],
      hides: [/3\.720/u],
    },
    {
      case: 'thanks beside a question: the question is answered',
      locale: 'de-DE',
      messages: ['Wir haben 100 Arbeitsplätze und drei Schwerbehinderte. Was zahlen wir?', 'Alles klar, danke! Wo bezahle ich es denn?'],
      shows: [/Inklusionsamt/u, /31\. März/u],
      hides: [/Gern geschehen/u],
    },
    {
      case: 'what the money is used for',
      locale: 'de-DE',
      messages: ['Wir haben 100 Arbeitsplätze und drei Schwerbehinderte. Was zahlen wir?', 'Und was passiert eigentlich mit dem Geld?'],
      shows: [/zweckgebunden/u, /Ausgleichsfonds/u],
      hides: [/nicht sicher, was Sie meinen/u],
    },
    {
      case: 'English: what the money is used for',
      locale: 'en-US',
      messages: ['What levy do we pay with 100 workplaces and three severely disabled employees?', 'What is the money used for?'],
      shows: [/earmarked/u],
      hides: [],
    },
    {
      case: 'paying late: the late-payment surcharges',
      locale: 'de-DE',
      messages: ['Wir haben 100 Arbeitsplätze und drei Schwerbehinderte. Was zahlen wir?', 'Was passiert, wenn wir zu spät zahlen?'],
      shows: [/Säumniszuschläge/u],
      hides: [],
    },
    {
      case: 'an exemption asked for: the levy is for private and public employers',
      locale: 'de-DE',
      messages: ['Wir sind eine Stadtverwaltung mit 300 Arbeitsplätzen und 12 Schwerbehinderten. Was zahlen wir?', 'Sind Behörden davon nicht befreit?'],
      shows: [/Private und öffentliche/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'whether a gleichgestellte person counts in full',
      locale: 'de-DE',
      messages: ['Wir haben 100 Arbeitsplätze und drei Schwerbehinderte. Was zahlen wir?', 'Zählt eine gleichgestellte Kollegin da eigentlich voll mit?'],
      shows: [/§ 158 Abs\. 1/u],
      hides: [/Antrag bei der Agentur für Arbeit eingeht/u],
    },
    {
      case: '"und falls nicht, was dann?" after the duty for a known workforce: the levy for nobody employed',
      locale: 'de-DE',
      messages: ['Wir sind ein Malerbetrieb mit 32 Leuten. Müssen wir Schwerbehinderte beschäftigen?', 'Und falls nicht, was dann?'],
      shows: [/2\.820/u],
      hides: [],
    },
    {
      case: 'a question why names a figure of the result: the result again, not a new head count',
      locale: 'de-DE',
      messages: ['Wir haben 100 Arbeitsplätze und drei Schwerbehinderte. Was zahlen wir?', 'Wieso müssen wir für zwei Plätze zahlen?'],
      shows: [/3\.720/u],
      hides: [/Wie viele schwerbehinderte/u],
    },
    {
      case: 'English: why do we pay for N places',
      locale: 'en-US',
      messages: ['What levy do we pay with 100 workplaces and three severely disabled employees?', 'Why do we pay for 2 places?'],
      shows: [/3,720/u],
      hides: [/€0\b/u],
    },
    {
      case: 'a share in per cent of disabled people is no count for the calculator',
      locale: 'de-DE',
      messages: ['Wir sind eine Wäscherei mit 45 Leuten und wollen ein Inklusionsbetrieb mit 35% Menschen mit Behinderung werden. Gibt es dafür Geld?'],
      shows: [/Inklusionsbetrieb/u],
      hides: [/Wie viele schwerbehinderte/u],
    },
  ])('$case', async (c) => {
    await expectReply(c);
  });
});
