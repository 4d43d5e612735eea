import { describe, expect, it } from 'vitest';
import { lastReply } from '../helpers/testBot.js';

describe('round 5b: situations, corrected cases, neighbours of the topic', () => {
  it.each([
    {
      case: 'learning a trade names the training situation of a broad question',
      messages: ['Ein blinder junger Mann will bei uns Tischler lernen. Welche Unterstützung bekommen wir?'],
      shows: [/Ausbildungsvergütung/u],
      hides: [/stelle dazu ein paar kurze Fragen/u],
    },
    {
      case: 'a declining capacity of a present employee names the keeping situation',
      messages: ['Unsere Lageristin kann wegen ihrer Arthrose kaum noch stehen. Sie hat einen GdB von 60. Welche Hilfen gibt es?'],
      shows: [/Arbeitsplatz/u, /Eingliederungsmanagement|BEM/u],
      hides: [/stelle dazu ein paar kurze Fragen/u],
    },
    {
      case: '"was können wir tun" asks for the options of the situation',
      messages: ['Ein Maurer mit GdB 50 darf nicht mehr auf Gerüste steigen. Was können wir tun, damit er bleibt?'],
      shows: [/Arbeitsplatz/u],
      hides: [/Meinten Sie eines dieser Themen/u],
    },
    {
      case: 'a corrected person after a topic asks that special case of the topic',
      messages: ['Was ist der Eingliederungszuschuss?', 'Halt, ich meinte: er hat GdB 40, nicht 50.'],
      shows: [/Eingliederungszuschuss \(EGZ\)\*\* – Voraussetzungen/u, /gleichgestellt/u],
      hides: [/Meinten Sie eines dieser Themen/u],
    },
    {
      case: 'a corrected person after an overview gets who qualifies for each of its instruments',
      messages: ['Wir wollen einen Bewerber mit GdB 60 als Fahrer einstellen. Welche Förderung gibt es?', 'Korrektur: er hat GdB 30, nicht 60.'],
      shows: [/für jede Hilfe kurz/u, /gleichgestellt/u],
      hides: [/Meinten Sie eines dieser Themen/u],
    },
    {
      case: 'a status that began during the year asks the part-year case of the leave (sourced: § 208 Abs. 2 SGB IX)',
      messages: ['Ein Lagerist ist jetzt schwerbehindert. Wie viel Zusatzurlaub bekommt er?', 'Der Bescheid gilt aber erst ab Mai.'],
      shows: [/Zwölftel/u, /§ 208 Abs\. 2 SGB IX/u],
      hides: [/Meinten Sie eines dieser Themen/u],
    },
  ])('$case', async ({ messages, shows, hides }) => {
    const reply = await lastReply(messages);
    for (const pattern of shows) expect(reply).toMatch(pattern);
    for (const pattern of hides) expect(reply).not.toMatch(pattern);
  });

  it('in English: a question that refers back to the levy means the neighbour of the levy among close readings', async () => {
    const reply = await lastReply(['We have 80 workplaces and no severely disabled employees. How much levy do we pay for 2025?', 'Could we cut it further by purchasing services from a sheltered workshop?'], 'en-US');
    expect(reply).toMatch(/50 ?%|half|labou?r/u);
    expect(reply).not.toMatch(/Moving from a sheltered workshop/u);
  });
});
