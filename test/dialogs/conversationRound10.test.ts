import { describe, it } from 'vitest';
import { expectReply } from '../helpers/replyCase.js';

describe('round 10: who pays which instrument, a timing question beside a special case', () => {
  it.each([
    {
      case: 'after the hiring overview, what the employment agency pays: its instruments only',
      locale: 'de-DE',
      messages: ['Welche Förderungen gibt es, wenn wir eine Frau mit Schwerbehinderung einstellen?', 'Und was davon bezahlt die Agentur für Arbeit?'],
      shows: [/Gefördert von Bundesagentur für Arbeit/u, /Eingliederungszuschuss/u],
      hides: [/Behinderungsgerechte Einrichtung/u, /Arbeitgeber-Service der Agentur für Arbeit\*\* –/u],
    },
    {
      case: 'a payer and a situation in one question: that payer\'s instruments of the situation',
      locale: 'de-DE',
      messages: ['Zahlt das Inklusionsamt etwas dazu, wenn wir eine schwerbehinderte Buchhalterin einstellen?'],
      shows: [/Gefördert von LVR-Inklusionsamt, LWL-Inklusionsamt Arbeit/u, /Einrichtung von Arbeitsplätzen/u],
      hides: [/Eingliederungszuschuss/u],
    },
    {
      case: 'asking which office pays names no payer: no payer list',
      locale: 'de-DE',
      messages: ['Welche Förderungen gibt es, wenn wir eine Frau mit Schwerbehinderung einstellen?', 'Welches Inklusionsamt ist für uns zuständig?'],
      shows: [],
      hides: [/Gefördert von/u],
    },
    {
      case: 'a timing question about the training overview keeps its facet although "apprenticeship" names a special case',
      locale: 'en-US',
      messages: ['What support is there when we train an apprentice with a disability?', 'Do we need to apply before the apprenticeship begins?'],
      shows: [/before/iu],
      hides: [/requirements and special cases/iu],
    },
    {
      case: 'German: "vor Ausbildungsbeginn" asks the deadline, not the conditions',
      locale: 'de-DE',
      messages: ['Welche Hilfen gibt es, wenn wir einen Azubi mit Behinderung ausbilden?', 'Muss man das vor Ausbildungsbeginn beantragen?'],
      shows: [/vorher beachten/u],
      hides: [/Voraussetzungen und Sonderfälle/u],
    },
    {
      case: 'asking the bot how it is gets a friendly answer, not "no information"',
      locale: 'de-DE',
      messages: ['Was ist ein BEM?', 'Und wie geht es Ihnen so?'],
      shows: [/Danke der Nachfrage/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'English: how are you',
      locale: 'en-US',
      messages: ['How are you today?'],
      shows: [/Thanks for asking/u],
      hides: [/no reliable information/iu],
    },
    {
      case: 'a follow-up whose only other words are function words ("bis") stays with the topic at hand',
      locale: 'de-DE',
      messages: ['Was ist Arbeitsassistenz?', 'Wie lange dauert es, bis das genehmigt wird?'],
      shows: [/Arbeitsassistenz|Arbeits-Assistenz/u],
      hides: [/Kündigungsschutz/u],
    },
    {
      case: 'a question naming another topic while the levy calculator waits for a count is answered, not read as the count',
      locale: 'de-DE',
      messages: ['Ich möchte die Ausgleichsabgabe berechnen', '120', 'Kurze Zwischenfrage: wann muss ich einem Kollegen ein BEM anbieten?'],
      shows: [/Eingliederungsmanagement/u],
      hides: [/beträgt nach meiner Rechnung/u],
    },
    {
      case: 'an English hypothetical after a levy result recalculates it',
      locale: 'en-US',
      messages: ['We have 70 workplaces and no severely disabled employees. What levy do we pay for 2025?', 'How much would it be if we employed two severely disabled people?'],
      // 70 × 5 % = 3.5 → 4 places (60 or more: a half rounds up); 2 filled, quota 2.86 % (2 to under 3 %) → €275; 2 × 12 × 275 = 6,600
      shows: [/6,600/u],
      hides: [/Employment obligation and annual report/u],
    },
    {
      case: '"herausfinden, was für uns infrage kommt – fragen Sie mich ab" starts the programme finder',
      locale: 'de-DE',
      messages: ['Können wir zusammen herausfinden, welche Hilfe für unseren Betrieb infrage kommt? Fragen Sie mich einfach ab.'],
      shows: [/Worum geht es/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'after the EGZ card, "gibt es dann länger Geld?" asks how long it is paid, not for the overview again',
      locale: 'de-DE',
      messages: ['Welche Förderungen gibt es, wenn wir einen schwerbehinderten Mechaniker einstellen?', 'Erzählen Sie mehr zum Eingliederungszuschuss.', 'Sie ist nebenbei schon 57. Gibt es dann länger Geld?'],
      shows: [/96 Monate/u],
      hides: [/gibt es vor allem diese Hilfen/u],
    },
    {
      case: 'thanks followed by the answer the left levy calculator waits for resumes it',
      locale: 'de-DE',
      messages: ['Ausgleichsabgabe berechnen', '80', 'Welches Inklusionsamt ist für Bielefeld zuständig?', 'Danke. Wir haben übrigens drei Schwerbehinderte.'],
      shows: [/beträgt nach meiner Rechnung/u],
      hides: [/Gern geschehen/u],
    },
    {
      case: 'after a levy result, whether the report to the agency is due by then too: the due dates of that result',
      locale: 'de-DE',
      messages: ['Wir haben 90 Arbeitsplätze und zwei Schwerbehinderte. Wie hoch ist die Ausgleichsabgabe für 2025?', 'Und die Meldung bei der Agentur für Arbeit, auch bis dahin?'],
      shows: [/Anzeige/u, /31\. März/u],
      hides: [/Arbeitgeber-Service der Agentur für Arbeit\*\*/u],
    },
    {
      case: 'a first message that only tells the size of the business is welcomed, and the figure serves the levy question after it',
      locale: 'de-DE',
      messages: ['Bei uns sind es 35 Beschäftigte.', 'Müssen wir eine Ausgleichsabgabe zahlen?'],
      shows: [/auf diesen 35 Arbeitsplätzen/u],
      hides: [/Werkstatt/u],
    },
    {
      case: 'English: the size alone is welcomed',
      locale: 'en-US',
      messages: ['We have 25 employees.'],
      shows: [/size of your business/iu],
      hides: [/sheltered workshop/iu],
    },
  ])('$case', expectReply, 20_000);
});
