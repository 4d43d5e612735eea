import { describe, expect, it } from 'vitest';
import { lastReply } from '../helpers/testBot.js';

describe('round 4b: whole conversations', () => {
  it.each([
    {
      case: 'a continuation with a facet the recognizer places nowhere for sure stays with the topic',
      messages: ['Wir holen einen Mann aus der Werkstatt für behinderte Menschen in unsere Schreinerei, fest angestellt. Welche Hilfen gibt es?', 'Wie hoch ist der Zuschuss?', 'und wie lange wird der gezahlt?'],
      shows: [/Werkstatt[^*]*\*\* – wie lange/u],
      hides: [/Meinten Sie eines dieser Themen/u],
    },
    {
      case: '"was passiert, wenn wir das nicht machen?" asks for the consequences',
      messages: ['Was ist ein BEM?', 'Und was passiert, wenn ein Betrieb das gar nicht anbietet?'],
      shows: [/– was passiert, wenn nicht:/u, /nicht direkt bestraft/u],
      hides: [],
    },
    {
      case: 'the consequences of dismissing without consent',
      messages: ['Wir wollen einem schwerbehinderten Lagerarbeiter kündigen. Was müssen wir beachten?', 'Was passiert, wenn wir ohne Zustimmung kündigen?'],
      shows: [/– was passiert, wenn nicht:/u, /unwirksam/u],
      hides: [],
    },
    {
      case: 'help that refers back is help with the topic, not with the bot',
      messages: ['Was ist ein BEM?', 'Und wer kann mir dabei helfen?'],
      shows: [/Eingliederungsmanagement[^*]*\*\* – wer berät und unterstützt/u],
      hides: [/So können Sie mich nutzen/u],
    },
    {
      case: 'funding in another federal state is referred, not answered with the NRW overview',
      messages: ['Gibt es in Bayern auch Zuschüsse, wenn ich dort jemanden mit Behinderung einstelle?'],
      shows: [/Bayern liegt nicht in Nordrhein-Westfalen/u],
      hides: [/Eingliederungszuschuss/u],
    },
    {
      case: '"und in Paderborn?" right after that asks for the contacts there',
      messages: ['Gibt es in Bayern auch Zuschüsse, wenn ich dort jemanden mit Behinderung einstelle?', 'Und für unseren Standort in Paderborn?'],
      shows: [/Paderborn/u, /LWL/u],
      hides: [/LVR-Inklusionsamt/u, /keine gesicherte Information/u],
    },
    {
      case: 'an agency named as the one who pays in a situation gets that situation\'s instruments',
      messages: ['Wir möchten einen Kraftfahrer im Rollstuhl neu einstellen. Wie viel vom Gehalt zahlt uns die Agentur für Arbeit dazu?'],
      shows: [/Eingliederungszuschuss/u, /70 %/u],
      hides: [/^\*\*Arbeitgeber-Service der Agentur für Arbeit\*\*/u],
    },
    {
      case: 'the agency asked about itself still gets its card',
      messages: ['Was macht eigentlich der Arbeitgeber-Service der Arbeitsagentur?'],
      shows: [/Arbeitgeber-Service der Agentur für Arbeit/u],
      hides: [],
    },
    {
      case: '"vier weitere Schwerbehinderte" after a levy result adds to those counted',
      messages: ['Wir haben 400 Arbeitsplätze und 8 schwerbehinderte Beschäftigte. Wie hoch ist unsere Ausgleichsabgabe für 2025?', 'Und wenn wir vier weitere Schwerbehinderte einstellen?'],
      shows: [/Rechnung 14\.880\s€/u],
      hides: [],
    },
    {
      case: '"zwei mehr, also zehn" gives the new total itself',
      messages: ['Wir haben 400 Arbeitsplätze und 8 schwerbehinderte Beschäftigte. Wie hoch ist unsere Ausgleichsabgabe für 2025?', 'Und wenn wir zwei mehr einstellen, also zehn Schwerbehinderte?'],
      shows: [/Rechnung 33\.000\s€/u],
      hides: [],
    },
    {
      case: '"Zahlen wir dann noch Ausgleichsabgabe?" once the workforce is known starts the calculation',
      messages: ['Wir sind ein Büro mit 50 Angestellten.', 'Zahlen wir eigentlich Ausgleichsabgabe?'],
      shows: [/Wie viele schwerbehinderte/u],
      hides: [],
    },
    {
      case: 'one more person stated by the status ("hat jetzt einen Schwerbehindertenausweis") after a levy result',
      messages: ['Wir haben 100 Arbeitsplätze und 2 Schwerbehinderte. Was zahlen wir für 2025?', 'Ein Kollege aus dem Lager hat jetzt auch einen Schwerbehindertenausweis bekommen. Was zahlen wir dann?'],
      shows: [/Rechnung 3\.720\s€/u],
      hides: [],
    },
  ])('$case', async ({ messages, shows, hides }) => {
    const reply = await lastReply(messages);
    for (const pattern of shows) expect(reply).toMatch(pattern);
    for (const pattern of hides) expect(reply).not.toMatch(pattern);
  });
});
