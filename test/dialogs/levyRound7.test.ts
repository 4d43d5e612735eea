import { describe, expect, it } from 'vitest';
import { lastReply } from '../helpers/testBot.js';

describe('round 7: the levy calculation through a conversation', () => {
  it.each([
    {
      case: 'a bare count after a question in between goes on with the suspended calculation',
      messages: ['Rechnen Sie mir bitte die Ausgleichsabgabe aus.', 'Was ist eigentlich eine Arbeitsassistenz?', 'so um die 70', 'keinen'],
      // 70 workplaces, none disabled: 4 places × 12 × 815 € (2025)
      shows: [/39\.120\s€/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'a levy hypothesis after another topic in between goes on with the last calculation',
      messages: ['Wir sind 90 Beschäftigte, zwei davon schwerbehindert. Wie viel Ausgleichsabgabe fällt an?', 'Was ist eigentlich Zusatzurlaub?', 'Und wenn wir einen dritten schwerbehinderten Kollegen einstellen?'],
      // 90 → 5 places (4,5 rounded up); 3 of 5 filled, quota 3,3 % → 2 × 12 × 155 €
      shows: [/3\.720\s€/u],
      hides: [/^\*\*Beschäftigungspflicht/u],
    },
    {
      case: 'a statement that adds a disabled trainee after a result recalculates with the trainee counted twice',
      messages: ['Wir sind 90 Beschäftigte, zwei davon schwerbehindert. Wie viel Ausgleichsabgabe fällt an?', 'Nachtrag: außerdem haben wir noch eine schwerbehinderte Auszubildende.'],
      // 2 + 2 credited of 5 places, quota 4,4 % → 1 × 12 × 155 €
      shows: [/1\.860\s€/u, /doppelt/u],
      hides: [/Zuschüsse zur Ausbildungsvergütung/u],
    },
    {
      case: 'hours cut below 18 for the one disabled person: not credited, the position no workplace, the 18 hours said',
      messages: ['Wir haben 36 Arbeitsplätze, davon ein schwerbehinderter Mitarbeiter mit 30 Wochenstunden. Zahlen wir Ausgleichsabgabe?', 'Und wenn er nur noch 16 Stunden arbeitet?'],
      // 35 workplaces, 1 place, none credited: 12 × 235 € (2025)
      shows: [/2\.820\s€/u, /18 Wochenstunden/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'who gets the money right after a result: when and to whom that result is paid',
      messages: ['Wir sind 90 Beschäftigte, zwei davon schwerbehindert. Wie viel Ausgleichsabgabe fällt an?', 'Und an wen geht das Geld?'],
      shows: [/Inklusionsamt Ihres Landschaftsverbands/u, /31\. März 2026/u],
      hides: [/für wen es gilt/u],
    },
    {
      case: 'who gets the levy, asked alone: the office that collects it, not whom the duty applies to',
      messages: ['Wer kassiert eigentlich die Ausgleichsabgabe?'],
      shows: [/LVR-Inklusionsamt/u],
      hides: [/für wen es gilt/u],
    },
    {
      case: 'whether seasonal help counts, asked while the calculator waits: the eight-week rule, and the calculation is kept',
      messages: ['Ich will die Ausgleichsabgabe berechnen.', 'Zählen eigentlich unsere Erntehelfer mit?'],
      shows: [/acht Wochen/u, /§ 156 Abs\. 3 SGB IX/u, /Weiter mit der Abgabe-Berechnung/u],
      hides: [/Arbeitsmarktzahlen/u],
    },
    {
      case: 'whether one person can count several times: the Mehrfachanrechnung by the Agentur für Arbeit',
      messages: ['Darf man eine schwerbehinderte Kollegin mehrfach anrechnen?'],
      shows: [/bis zu drei Pflichtarbeitsplätze/u, /§ 159 Abs\. 1 SGB IX/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'whether our apprentice counts, with the levy named: training places do not, a disabled apprentice counts twice',
      messages: ['Und zählt unsere Auszubildende bei der Ausgleichsabgabe mit?'],
      shows: [/§ 157 Abs\. 1 SGB IX/u, /zwei Pflichtarbeitsplätze/u],
      hides: [/Zuschüsse zur Ausbildungsvergütung/u],
    },
    {
      case: 'a changed circumstance that asks another subject is that subject, not a recalculation',
      messages: ['Wir sind 90 Beschäftigte, zwei davon schwerbehindert. Wie viel Ausgleichsabgabe fällt an?', 'Und wenn einer von ihnen kündigt, braucht es dann die Zustimmung des Inklusionsamts?'],
      shows: [/Kündigungsschutz/u],
      hides: [/Ihre Ausgleichsabgabe für/u],
    },
  ])('$case', async ({ messages, shows, hides }) => {
    // a day before 1 April: the amounts asked about are those of the year before, due 31 March
    const reply = await lastReply(messages, 'de-DE', () => new Date('2026-03-15T10:00:00Z'));
    for (const pattern of shows) expect(reply).toMatch(pattern);
    for (const pattern of hides) expect(reply).not.toMatch(pattern);
  });
});
