import { describe, it } from 'vitest';
import { expectReply } from '../helpers/replyCase.js';

const NO_INFORMATION = /keine gesicherte Information/u;

describe('round 12: sites of the business, dialogs left for a question, language switches with content, small talk', () => {
  it.each([
    {
      case: 'another site asked about right after a contact card: the contacts there',
      locale: 'de-DE',
      messages: ['Wir sind in 33602, wer ist unsere Ansprechstelle?', 'Wir eröffnen bald ein Lager in Siegen – ist das dieselbe Stelle?'],
      shows: [/Ansprechstellen für Kreis Siegen-Wittgenstein/u],
      hides: [NO_INFORMATION],
    },
    {
      case: 'a branch asked about after an office card: the contacts of the branch',
      locale: 'de-DE',
      messages: ['Unser Betrieb ist in Krefeld.', 'Und das Inklusionsamt für uns?', 'Wir haben noch eine Filiale in Ahaus – auch dort die gleiche Stelle?'],
      shows: [/Ansprechstellen für Kreis Borken/u],
      hides: [NO_INFORMATION],
    },
    {
      case: 'the seat asked for again after another site: the place known before it',
      locale: 'de-DE',
      messages: ['Unser Betrieb sitzt in Bonn, wer berät uns?', 'Jetzt kommt noch ein Werk in Arnsberg dazu, gilt das da genauso?', 'Und für den Hauptsitz, welches Inklusionsamt war das?'],
      shows: [/Ansprechstellen für Bonn/u],
      hides: [/Ansprechstellen für Hochsauerlandkreis/u],
    },
    {
      case: 'both sites asked about: the office of each',
      locale: 'de-DE',
      messages: ['Unsere Praxis hat die PLZ 48143, wer hilft Arbeitgebern?', 'Die zweite Praxis ist in Düren.', 'Haben beide Standorte dasselbe Inklusionsamt?'],
      shows: [/Münster – LWL-Inklusionsamt Arbeit/u, /Kreis Düren – LVR-Inklusionsamt/u, /Ansprechstellen für Kreis Düren/u],
      hides: [NO_INFORMATION],
    },
    {
      case: 'a question the recognizer answers while the finder is left: answered, not taken for the step',
      locale: 'de-DE',
      messages: ['Ich möchte passende Förderprogramme finden.', 'Kurz dazwischen: Wo sitzt die EAA für Gütersloh?', 'Danke. Und ganz allgemein: ab wie vielen Mitarbeitern muss man schwerbehinderte Menschen beschäftigen? Wir haben 25.'],
      shows: [/20/u],
      hides: [/Worum geht es bei Ihnen/u],
    },
    {
      case: 'a place learned while the finder was left answers its place step',
      locale: 'de-DE',
      messages: ['Welche Förderung passt zu uns? Fragen Sie mich ruhig.', 'Vorher: wer ist für 59555 zuständig?', 'Wir möchten eine Frau aus einer Werkstatt für behinderte Menschen fest anstellen.'],
      shows: [/passen zu Ihren Angaben/u],
      hides: [/Wo ist Ihr Betrieb/u],
    },
    {
      case: 'who is responsible for us there, with the place said before: the contacts of that place',
      locale: 'de-DE',
      messages: ['Wir haben eine Bäckerei in Meschede. Was ist eigentlich das Budget für Arbeit?', 'Und wer ist bei uns dort zuständig?'],
      shows: [/Ansprechstellen für Hochsauerlandkreis/u],
      hides: [NO_INFORMATION],
    },
    {
      case: 'who guides us through the application, with a place: the contacts there',
      locale: 'en-US',
      messages: ["We're located in Kleve, by the way. Who can walk me through the forms?"],
      shows: [/contact points for Kreis Kleve/u],
      hides: [/ask a few short questions/u],
    },
    {
      case: 'an overview asked for again in English: the switch and the overview',
      locale: 'de-DE',
      messages: ['Welche Hilfen gibt es, wenn wir einen Menschen mit Behinderung einstellen?', 'Could you show me that list in English, please?'],
      shows: [/I will answer in English/u, /Integration subsidy/u],
      hides: [/Eingliederungszuschuss \(EGZ\)\*\* ·/u],
    },
    {
      case: 'a levy result asked for again in English: the switch and the result',
      locale: 'de-DE',
      messages: ['Wir haben 250 Arbeitsplätze und 5 Schwerbehinderte. Wie hoch ist die Ausgleichsabgabe für 2025?', 'Sorry, could you explain that in English? Why so much?'],
      shows: [/I will answer in English/u, /compensatory levy/u, /Compulsory places/u],
      hides: [],
    },
    {
      case: 'documents asked to be sent: the bot cannot send, and sums up the overview',
      locale: 'de-DE',
      messages: ['Welche Hilfen gibt es, wenn wir einen Azubi mit Behinderung ausbilden?', 'Könnten Sie mir die Formulare dafür schicken?'],
      shows: [/kann ich Ihnen nichts schicken/u],
      hides: [NO_INFORMATION],
    },
    {
      case: 'either Landschaftsverband asked about with a place: which one the place belongs to',
      locale: 'de-DE',
      messages: ['Unsere Werkstatt liegt in Siegburg. Gehören wir zum LVR oder zum LWL?'],
      shows: [/Rhein-Sieg-Kreis gehört zum Gebiet des Landschaftsverbands Rheinland \(LVR\)/u],
      hides: [/LWL-Inklusionsamt/u],
    },
    {
      case: 'support asked for a subject the message names: its answer, not the programme finder',
      locale: 'en-US',
      messages: ['I manage three shops with 50 employees. Someone from a sheltered workshop wants to join us. Which support is available for me?'],
      shows: [/sheltered workshop to a regular job/u],
      hides: [/ask a few short questions/u],
    },
    {
      case: 'who made the bot and whether it belongs to an authority: who it is',
      locale: 'de-DE',
      messages: ['Moin, wer hat diesen Bot eigentlich entwickelt? Sind Sie eine Behörde?'],
      shows: [/Chatbot/u, /helfen/u],
      hides: [NO_INFORMATION],
    },
    {
      case: 'frustration about earlier answers: an offer to help',
      locale: 'de-DE',
      messages: ['Ich hab jetzt zweimal gefragt und nichts Vernünftiges gekriegt.'],
      shows: [/Wobei kann ich Ihnen helfen/u],
      hides: [NO_INFORMATION],
    },
    {
      case: 'thanks and a farewell at once: both answered',
      locale: 'de-DE',
      messages: ['Danke dir, schönes Wochenende!'],
      shows: [/Gern geschehen/u, /Auf Wiedersehen/u],
      hides: [],
    },
    {
      case: 'thanks and a farewell at once in English',
      locale: 'en-US',
      messages: ['Thanks, have a nice weekend!'],
      shows: [/You're welcome/u],
      hides: [],
    },
  ])('$case', async (c) => {
    await expectReply(c);
  });
});
