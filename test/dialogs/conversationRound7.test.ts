import { describe, expect, it } from 'vitest';
import { lastReply } from '../helpers/testBot.js';

describe('round 7: follow-ups that keep the topic', () => {
  it.each([
    {
      case: '"if it does not work out" after the Budget für Arbeit asks what happens then (return to the Werkstatt, § 220 Abs. 3 SGB IX)',
      locale: 'de-DE',
      messages: ['Was ist das Budget für Arbeit?', 'Und falls es mit der Festanstellung doch nicht klappt?'],
      shows: [/was passiert, wenn nicht/u, /§ 220 Abs\. 3 SGB IX/u],
      hides: [/Ausbildungsvergütung/u],
    },
    {
      case: 'the same in English',
      locale: 'en-US',
      messages: ['What is the budget for work?', "And what if the job doesn't work out?"],
      shows: [/what happens if not/u, /taken back into a workshop/u],
      hides: [],
    },
    {
      case: 'a continuation after a general dismissal question stays with the Kündigungsschutz although "zusätzlich" sounds like Zusatzurlaub',
      locale: 'de-DE',
      messages: ['Welche Kündigungsfrist hat eine Bürokraft nach drei Jahren?', 'Und wenn sie schwerbehindert ist, worauf muss ich zusätzlich achten?'],
      shows: [/Besonderer Kündigungsschutz/u, /Zustimmung des Inklusionsamts/u],
      hides: [/Zusatzurlaub/u],
    },
    {
      case: 'help a colleague gives is the circumstance of a follow-up, not a request for help with the bot',
      locale: 'de-DE',
      messages: ['Was sind Leistungen bei außergewöhnlichen Belastungen?', 'Und falls ein Kollege ihm jeden Morgen zwanzig Minuten helfen muss, gibt es dafür auch was?'],
      shows: [/außergewöhnlichen Belastungen/u, /Hilfe von Kolleginnen und Kollegen/u],
      hides: [/So können Sie mich nutzen/u],
    },
    {
      case: '"Wer könnte mich dabei beraten?" asks who supports, not who is eligible',
      locale: 'de-DE',
      messages: ['Was ist ein BEM?', 'Wer könnte mich dabei beraten?'],
      shows: [/wer berät und unterstützt/u, /EAA/u],
      hides: [/für wen es gilt/u],
    },
    {
      case: 'a correction lead does not hide the new subject that follows it',
      locale: 'de-DE',
      messages: ['Was ist ein BEM?', 'Korrektur: sie will danach erstmal nur ein paar Stunden wieder anfangen. Geht das?'],
      shows: [/Stufenweise Wiedereingliederung/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'a correction lead does not leave the follow-up with the topic before it',
      locale: 'de-DE',
      messages: ['Was ist ein BEM?', 'Gemeint war: sie will danach zuerst nur stundenweise zurückkommen. Wie läuft sowas?'],
      shows: [/Stufenweise Wiedereingliederung/u],
      hides: [/Betriebliches Eingliederungsmanagement \(BEM\)\*\* – Antrag/u, /keine gesicherte Information/u],
    },
    {
      case: 'after a sick-pay referral, an unplaced question about the same person gets the neighbour of the remit (BEM)',
      locale: 'de-DE',
      messages: ['Muss ich einer Köchin, die seit drei Wochen krankgeschrieben ist, das Gehalt weiterzahlen?', 'Okay. Muss ich mit ihr irgendwann so ein Eingliederungstreffen machen?'],
      shows: [/Betriebliches Eingliederungsmanagement/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: '"Gilt das auch für …" with a second place right after a contact card gives the contacts there',
      locale: 'de-DE',
      messages: ['Wer ist unsere EAA? Wir sitzen in Bocholt.', 'Gilt das auch für unser Lager in Lippstadt?'],
      shows: [/Ansprechstellen für Kreis Soest/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'a second place outside NRW is said to be outside, not answered with the place remembered',
      locale: 'de-DE',
      messages: ['Wer ist unser Inklusionsamt? Wir sitzen in Monschau.', 'Wir haben noch einen Betrieb in Bitburg – wer ist dort zuständig?'],
      shows: [/Bitburg liegt nicht in Nordrhein-Westfalen/u],
      hides: [/Städteregion Aachen/u],
    },
    {
      case: 'asking for advice nearby after a topic is a contact question: with no place known, the place is asked for',
      locale: 'en-US',
      messages: ['What is the additional leave for severely disabled staff?', 'Who could advise us locally?'],
      shows: [/For which place are you looking for contact points/u],
      hides: [/who pays and decides/u],
    },
  ])('$case', async ({ locale, messages, shows, hides }) => {
    const reply = await lastReply(messages, locale);
    for (const pattern of shows) expect(reply).toMatch(pattern);
    for (const pattern of hides) expect(reply).not.toMatch(pattern);
  });
});
