import { describe, expect, it } from 'vitest';
import { lastReply } from '../helpers/testBot.js';

const WHEELCHAIR_DESK = 'Unsere Mitarbeiterin im Rollstuhl braucht einen höhenverstellbaren Schreibtisch. Wer bezahlt das?';

describe('round 5: whole conversations', () => {
  it.each([
    {
      case: 'a correction of the facts that asks again what there is gets the situation\'s overview without the topic answered on the old facts',
      messages: ['Wir wollen eine junge Frau aus einer Behindertenwerkstatt bei uns einstellen. Was ist das Budget für Arbeit?', 'Ach nein, Korrektur: sie war gar nicht in der Werkstatt, sie ist arbeitslos gemeldet und schwerbehindert. Welche Hilfen gibt es dann?'],
      shows: [/Eingliederungszuschuss/u, /einstellen, gibt es vor allem diese Hilfen/u],
      hides: [/"topic":"budget-fuer-arbeit"/u, /Schwerbehindertenausweis und Grad der Behinderung/u],
    },
    {
      case: 'a corrected person status with a question that names the topic by its head ("der Schutz") asks that special case of the topic',
      messages: ['Wir möchten einem schwerbehinderten Lagerarbeiter kündigen. Was ist zu tun?', 'Korrektur: er ist nicht schwerbehindert, sondern gleichgestellt. Greift der Schutz dann trotzdem?'],
      shows: [/Kündigungsschutz\*\* – Voraussetzungen/u, /gilt auch für Gleichgestellte/u, /§ 151 Abs\. 3 SGB IX/u],
      hides: [/^\*\*Gleichstellung mit schwerbehinderten Menschen\*\*/u],
    },
    {
      case: 'a person\'s status beside a broad funding question does not keep it from the overview',
      messages: ['Wir möchten einen Lageristen mit einem GdB von 60 einstellen. Gibt es da Geld vom Staat?'],
      shows: [/einstellen, gibt es vor allem diese Hilfen/u, /Eingliederungszuschuss/u],
      hides: [/^\*\*Schwerbehindertenausweis/u],
    },
    {
      case: 'after a corrected status, "den Zuschuss" is the one wage subsidy of the situation under discussion',
      messages: ['Wir möchten einen Lageristen mit einem GdB von 60 einstellen. Gibt es da Geld vom Staat?', 'Halt, Korrektur: er hat GdB 40, nicht 60.', 'Und bei wem beantragen wir den Zuschuss?'],
      shows: [/Eingliederungszuschuss \(EGZ\)\*\* – Antrag und Ablauf/u, /Agentur für Arbeit/u],
      hides: [/für jede Hilfe kurz/u],
    },
    {
      case: 'a broad question whose described need the recognizer finds in one instrument alone gets that instrument',
      messages: ['Unser neuer Sachbearbeiter sieht kaum noch etwas und braucht jemanden, der ihm die Akten vorliest. Gibt es dafür Geld?'],
      shows: [/^\*\*Arbeitsassistenz\*\*/u],
      hides: [/gibt es vor allem diese Hilfen/u],
    },
    {
      case: 'a neighbouring subject asked about the disabled person spoken of before gets the topic of the remit next to it',
      messages: ['Wo beantrage ich die Steuerklasse für meinen schwerbehinderten Fahrer?', 'Gut. Wie viele Urlaubstage hat er extra?'],
      shows: [/^\*\*Zusatzurlaub/u],
      hides: [/Den allgemeinen Urlaubsanspruch erkläre ich nicht/u],
    },
    {
      case: 'the same question without a disabled person spoken of is referred',
      messages: ['Wo beantrage ich die Steuerklasse für meinen Fahrer?', 'Gut. Wie viel Urlaub bekommt er denn?'],
      shows: [/Urlaubsanspruch erkläre ich nicht/u],
      hides: [/^\*\*Zusatzurlaub/u],
    },
    {
      case: 'a request to send the answer says honestly that the bot sends nothing and sums up the topic with the checklist',
      messages: ['Was ist ein BEM?', 'Könnten Sie mir das per Mail schicken?'],
      shows: [/kann ich Ihnen nichts schicken/u, /Kurz zusammengefasst/u, /BEM/u, /Als Checkliste/u],
      hides: [/keine gesicherte Information/u, /E-Mail-Adresse/u],
    },
    {
      case: 'a request to summarise before any topic says so',
      messages: ['Fassen Sie mir das bitte kurz zusammen.'],
      shows: [/noch kein Thema/u],
      hides: [/Als Checkliste/u, /nichts schicken/u],
    },
    {
      case: 'a request to summarise sums up the topic without talk of sending',
      messages: ['Ein Mitarbeiter war dieses Jahr acht Wochen krank. Was muss ich tun?', 'Können Sie das kurz zusammenfassen?'],
      shows: [/Kurz zusammengefasst/u, /BEM/u, /Als Checkliste/u],
      hides: [/nichts schicken/u],
    },
    {
      case: 'a clause outside the remit that only tells more does not take the question away from the topic',
      messages: ['Ein Mitarbeiter war dieses Jahr acht Wochen krank. Was muss ich tun?', 'Wer könnte uns dabei beraten? Einen Betriebsrat gibt es bei uns nicht.'],
      shows: [/Eingliederungsmanagement \(BEM\)\*\* – wer berät/u],
      hides: [/Allgemeine Fragen zum Arbeitsrecht/u],
    },
    {
      case: 'an e-mail address asked for is still a contact detail',
      messages: ['Was ist ein BEM?', 'Können Sie mir die E-Mail-Adresse der EAA in Köln schicken?'],
      shows: [/E-Mail-Adresse/u, /Köln/u],
      hides: [/Kurz zusammengefasst/u],
    },
    {
      case: 'a wage question after the Werkstatt transition stays with the topic although it names the minimum wage',
      messages: ['Wir übernehmen einen Beschäftigten aus der Werkstatt fest. Welche Hilfen gibt es?', 'Und welchen Lohn zahlen wir ihm dann? Reicht der Mindestlohn?'],
      shows: [/Werkstatt/u, /Den Lohn zahlen Sie als Arbeitgeber/u],
      hides: [/Allgemeine Fragen zum Arbeitsrecht/u],
    },
    {
      case: 'a subject outside the remit that names nothing the topic speaks of is still referred',
      messages: ['Wir wollen einer schwerbehinderten Buchhalterin kündigen. Was müssen wir beachten?', 'Und wer zahlt in der Zeit die Abfindung?'],
      shows: [/Allgemeine Fragen zum Arbeitsrecht/u],
      hides: [/Kündigungsschutz\*\* – wer zahlt/u],
    },
    {
      case: 'applying before buying is the deadline of the work aid, in German',
      messages: [WHEELCHAIR_DESK, 'Müssen wir den Antrag stellen, bevor wir den Tisch kaufen?'],
      shows: [/Einrichtung von Arbeitsplätzen\*\* – /u, /bevor Sie bestellen/u],
      hides: [/Meinten Sie eines dieser Themen/u],
    },
  ])('$case', async ({ messages, shows, hides }) => {
    const reply = await lastReply(messages);
    for (const pattern of shows) expect(reply).toMatch(pattern);
    for (const pattern of hides) expect(reply).not.toMatch(pattern);
  });

  it.each([
    {
      case: '"the application" of a timing follow-up is the work aid\'s, not the job application of another topic',
      messages: [WHEELCHAIR_DESK, 'Do we have to make the application before we order it?'],
      shows: [/what to bear in mind beforehand/u, /apply before you order/u],
      hides: [/Duties when filling vacancies/u],
    },
    {
      case: 'a message the recognizer cannot place as a whole is read by its asking sentence',
      messages: [WHEELCHAIR_DESK, 'Thanks. By the way, he cannot read the delivery notes. Can he get a person who reads them to him?'],
      shows: [/Work assistance \(Arbeitsassistenz\)/u],
      hides: [/no reliable information/u],
    },
    {
      case: 'an English request to e-mail the answer',
      messages: ['What is the Budget für Arbeit?', 'Could you email me this?'],
      shows: [/cannot send you anything/u, /In short/u, /As a checklist/u],
      hides: [/no reliable information/u],
    },
  ])('in English: $case', async ({ messages, shows, hides }) => {
    const reply = await lastReply(messages, 'en-US');
    for (const pattern of shows) expect(reply).toMatch(pattern);
    for (const pattern of hides) expect(reply).not.toMatch(pattern);
  });
});
