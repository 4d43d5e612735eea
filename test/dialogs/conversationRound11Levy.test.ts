import { describe, it } from 'vitest';
import { expectReply } from '../helpers/replyCase.js';

describe('round 11: the levy calculator in conversations', () => {
  it.each([
    {
      case: 'a list after a colon is part of the head count: trainees and a short part-timer come off it',
      locale: 'de-DE',
      messages: ['Wir haben 24 Beschäftigte: drei Lehrlinge und zwei Minijobber mit 10 Stunden, der Rest Vollzeit. Niemand ist schwerbehindert. Was zahlen wir?'],
      shows: [/Bei 19 Arbeitsplätzen/u, /keine Ausgleichsabgabe/u],
      hides: [/2\.820/u],
    },
    {
      case: 'the part-timers raised to 18 hours or more count again',
      locale: 'de-DE',
      messages: ['Wir haben 24 Beschäftigte: drei Lehrlinge und zwei Minijobber mit 10 Stunden, der Rest Vollzeit. Niemand ist schwerbehindert. Was zahlen wir?', 'Und wenn die Minijobber auf 25 Stunden gehen?'],
      shows: [/2\.820/u],
      hides: [],
    },
    {
      case: 'hours in a counting question asked while the calculator waits are no workplaces; every group named is answered',
      locale: 'de-DE',
      messages: ['Ausgleichsabgabe berechnen', 'Vorab: zählen Lehrlinge und Teilzeitkräfte mit 15 Stunden mit?'],
      shows: [/§ 157 Abs\. 1/u, /18 Stunden/u, /weitermachen/u],
      hides: [/15 Arbeitsplätze/u, /nicht als Zahl verstanden/u],
    },
    {
      case: 'the workplaces given "ohne Lehrlinge" after that question resume the calculation',
      locale: 'de-DE',
      messages: ['Ausgleichsabgabe berechnen', 'Vorab: zählen Lehrlinge und Teilzeitkräfte mit 15 Stunden mit?', 'gut, dann sind es 95 ohne Lehrlinge, davon 2 schwerbehindert'],
      shows: [/9\.900/u],
      hides: [],
    },
    {
      case: 'a question about dismissing one disabled person is answered, not read as one disabled employee',
      locale: 'de-DE',
      messages: ['Ausgleichsabgabe berechnen', '150', 'Kurze Zwischenfrage: brauche ich die Zustimmung des Inklusionsamts, wenn ich einer schwerbehinderten Mitarbeiterin kündige?'],
      shows: [/Kündigungsschutz/u, /weitermachen/u],
      hides: [/Ihre Ausgleichsabgabe/u],
    },
    {
      case: '"eine Behindertenwerkstatt" is no disabled employee',
      locale: 'de-DE',
      messages: ['Ausgleichsabgabe berechnen', '150', 'Lassen sich eigentlich Aufträge an eine Behindertenwerkstatt anrechnen?'],
      shows: [/50 %/u, /weitermachen/u],
      hides: [/Ihre Ausgleichsabgabe/u],
    },
    {
      case: 'someone who leaves from a month on is counted in the months before',
      locale: 'de-DE',
      messages: ['Was zahlen wir bei 64 Arbeitsplätzen mit zwei schwerbehinderten Beschäftigten?', 'Und wenn einer davon ab Oktober in Rente geht?'],
      shows: [/4\.125/u],
      hides: [/9\.720/u],
    },
    {
      case: '"der" who retires, with "keinen mehr" saying what is left',
      locale: 'de-DE',
      messages: ['Was zahlen wir bei 64 Arbeitsplätzen mit einem schwerbehinderten Beschäftigten?', 'Und wenn der ab April in Rente gegangen ist und wir danach keinen mehr hatten?'],
      shows: [/Monat für Monat/u],
      hides: [/14\.580|19\.560/u],
    },
    {
      case: 'disabled trainees among those counted, asked for another year: that year',
      locale: 'de-DE',
      messages: ['Wir haben 500 Beschäftigte, darunter 40 Azubis. 20 sind schwerbehindert. Was zahlen wir für 2024?', 'Zwei von den 20 sind Azubis. Was heißt das für 2025?'],
      shows: [/für 2025/u, /1\.860/u, /40 Ausbildungsstellen/u],
      hides: [/1\.680/u, /42 Ausbildungsstellen/u],
    },
    {
      case: '"eine Strafe zahlen" with fewer than 20 known: no duty',
      locale: 'de-DE',
      messages: ['Wir sind 15 Mitarbeiter.', 'Müssen wir eigentlich eine Strafe zahlen, wenn keiner schwerbehindert ist?'],
      shows: [/keine Beschäftigungspflicht/u],
      hides: [/235/u],
    },
    {
      case: '"sind wir eigentlich 23" with short part-timers among them: still fewer than 20 workplaces',
      locale: 'de-DE',
      messages: ['Wir sind 15 Mitarbeiter.', 'Müssen wir eigentlich eine Strafe zahlen, wenn keiner schwerbehindert ist?', 'Moment, mit den Aushilfen sind wir eigentlich 23 – vier Minijobber mit je 9 Stunden.'],
      shows: [/Bei 19 Arbeitsplätzen/u, /§ 156 Abs\. 3/u],
      hides: [/23 Arbeitsplätze/u, /Ihre Ausgleichsabgabe/u],
    },
    {
      case: 'a count of trainees after a result asks whether they count, it changes no figure',
      locale: 'de-DE',
      messages: ['Was zahlen wir bei 30 Arbeitsplätzen ohne Schwerbehinderte?', 'und die 3 Lehrlinge zählen aber nicht mit, oder?'],
      shows: [/§ 157 Abs\. 1/u],
      hides: [/Ihre Ausgleichsabgabe/u],
    },
    {
      case: 'English: a list after a colon, with hours, is part of the staff',
      locale: 'en-US',
      messages: ['How much levy do we pay with 80 staff: 10 apprentices and 4 cleaners on 12 hours a week, nobody disabled?'],
      shows: [/29,340/u],
      hides: [/39,120/u],
    },
  ])('$case', async (c) => {
    await expectReply(c);
  });
});
