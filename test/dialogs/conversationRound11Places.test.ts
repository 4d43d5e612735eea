import { describe, it } from 'vitest';
import { expectReply } from '../helpers/replyCase.js';

const LEVY_80_1 = 'Wir haben 80 Arbeitsplätze und einen schwerbehinderten Mitarbeiter. Wie hoch ist unsere Ausgleichsabgabe?';

describe('round 11: places in conversations', () => {
  it.each([
    {
      case: 'a place told with words of its own and no question: the contacts there',
      locale: 'de-DE',
      messages: ['In Lemgo, mitten in der Altstadt.'],
      shows: [/Kreis Lippe/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'a site told in a sentence: the contacts there, a Stadtteil after its town',
      locale: 'de-DE',
      messages: ['Unsere Lagerhalle steht übrigens in Bochum-Wattenscheid.'],
      shows: [/Ansprechstellen für Bochum/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'two sites in one message, each in its own district: the contacts of both',
      locale: 'de-DE',
      messages: ['Unsere beiden Praxen liegen in Detmold und in Kleve.'],
      shows: [/Ansprechstellen für Kreis Lippe/u, /Ansprechstellen für Kreis Kleve/u],
      hides: [/Welchen meinen Sie/u],
    },
    {
      case: 'a question sentence beside the seat after a levy result: the due date and the payee of the seat',
      locale: 'en-US',
      messages: ['We have 80 workplaces and one severely disabled employee. What is our compensatory levy for 2025?', "When is it due, and to whom does it go? We're located in Bocholt."],
      shows: [/31 March/u, /LWL/u],
      hides: [/These are your contact points/u],
    },
    {
      case: 'the other Landschaftsverband named after a levy result: corrected, paid to the office of the place',
      locale: 'de-DE',
      messages: [LEVY_80_1, 'Wir sitzen in Paderborn – geht das Geld an den LVR?'],
      shows: [/Nein: Kreis Paderborn gehört zum Gebiet des Landschaftsverbands Westfalen-Lippe \(LWL\)\. Zuständig ist das LWL-Inklusionsamt Arbeit, nicht der LVR\./u, /an das LWL-Inklusionsamt Arbeit/u],
      hides: [/an das LVR-Inklusionsamt/u],
    },
    {
      case: 'the other Landschaftsverband asked about for a known place: corrected, the office of the place',
      locale: 'en-US',
      messages: ['Our bakery is in Euskirchen.', 'Is the LWL responsible for us?'],
      shows: [/No: Kreis Euskirchen lies in the area of the Landschaftsverband Rheinland \(LVR\), so the LVR-Inklusionsamt \(Integration Office of the LVR\) is responsible, not the LWL\./u, /LVR/u],
      hides: [],
    },
    {
      case: 'a region of one Landschaftsverband and the other office named: corrected, the office of the region',
      locale: 'de-DE',
      messages: ['Unsere Firma ist am Niederrhein. Ist der LWL für uns zuständig?'],
      shows: [/Nein: Niederrhein gehört zum Gebiet des Landschaftsverbands Rheinland/u, /\*\*LVR-Inklusionsamt/u],
      hides: [/\*\*LWL-Inklusionsamt Arbeit/u],
    },
    {
      case: 'a region of both Landschaftsverbände and one office named: the question for the town',
      locale: 'de-DE',
      messages: ['Wir betreiben Pflegeheime im Ruhrgebiet. Ist das LVR-Inklusionsamt für uns zuständig?'],
      shows: [/Rheinland \(LVR\) und in Westfalen-Lippe \(LWL\)/u, /In welchem Kreis oder welcher Stadt/u],
      hides: [/\*\*LVR-Inklusionsamt/u],
    },
    {
      case: 'a site named with its place earlier: "und für den Laden?" gets the contacts there',
      locale: 'de-DE',
      messages: ['Unser Hauptsitz ist in Bielefeld, der Laden in Siegen. Wer ist für den Hauptsitz zuständig?', 'Und für den Laden?'],
      shows: [/Ansprechstellen für Kreis Siegen-Wittgenstein/u],
      hides: [/Ansprechstellen für Bielefeld/u],
    },
    {
      case: 'a move asked about in English: who to talk to at the new place',
      locale: 'en-US',
      messages: ['We are relocating to Minden next year – who would we talk to then?'],
      shows: [/contact points for Kreis Minden-Lübbecke/u],
      hides: [/no reliable information/u],
    },
  ])('$case', async (c) => {
    await expectReply(c);
  });
});
