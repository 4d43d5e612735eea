import { describe, it } from 'vitest';
import { expectReply } from '../helpers/replyCase.js';

const NO_INFORMATION = /keine gesicherte Information|no reliable information/u;
const CANNOT_HELP = /kann ich leider nicht helfen|cannot help/u;

describe('round 12: several places in one message, remarks between questions', () => {
  it.each([
    {
      case: 'four sites in one message: the office of each district, not one ambiguous place',
      locale: 'de-DE',
      messages: ['Wir betreiben Läden in Bocholt, Emsdetten, Lemgo und Siegen. Welche Ansprechstelle gilt wo?'],
      shows: [/Kreis Borken/u, /Kreis Steinfurt/u, /Kreis Lippe/u, /Kreis Siegen-Wittgenstein/u],
      hides: [/passt zu mehreren Orten/u],
    },
    {
      case: 'branches and the seat in one message: the levy goes to the office of the seat',
      locale: 'de-DE',
      messages: ['Unsere Niederlassungen sind in Wesel, Kleve und Viersen, die Verwaltung sitzt in Bielefeld. Wer ist wo zuständig?', 'An wen zahlen wir die Ausgleichsabgabe?'],
      shows: [/LWL-Inklusionsamt/u],
      hides: [/LVR-Inklusionsamt/u, /passt zu mehreren Orten/u],
    },
    {
      case: 'a question about one of several sites named before is no choice of a place',
      locale: 'de-DE',
      messages: ['Wir haben Filialen in Bocholt, Emsdetten, Lemgo und Siegen.', 'In Lemgo arbeitet eine schwerbehinderte Aushilfe 12 Stunden die Woche. Zählt sie für die Quote?'],
      shows: [/18 Stunden/u],
      hides: [/Ansprechstellen für Kreis Lippe/u],
    },
    {
      case: 'venting about bureaucracy: a calm reply, no "no information"',
      locale: 'de-DE',
      messages: ['Dieser ganze Papierkram mit den Behörden raubt mir echt den letzten Nerv'],
      shows: [/verstehen/u],
      hides: [NO_INFORMATION, CANNOT_HELP],
    },
    {
      case: 'a personal aside about a holiday: friendly small talk, no place looked up',
      locale: 'de-DE',
      messages: ['Wo finde ich Hilfe in Gütersloh?', 'Wir fliegen übrigens im Mai ans Meer, endlich mal raus'],
      shows: [/gute Zeit/u],
      hides: [NO_INFORMATION, /Ansprechstellen für/u],
    },
    {
      case: 'a compliment that names another profession is praise, not an out-of-scope question',
      locale: 'de-DE',
      messages: ['Ab wie vielen Beschäftigten gilt die Beschäftigungspflicht?', 'Du bist schneller als mein Anwalt, lol'],
      shows: [/freut mich/u],
      hides: [CANNOT_HELP, /Rechtsberatung|Rechtsanwalt/u],
    },
    {
      case: 'an English goodbye with a colloquial address',
      locale: 'en-US',
      messages: ['How many extra days of leave does a severely disabled employee get?', 'cheers mate, have a great weekend'],
      shows: [/welcome|all the best/u],
      hides: [NO_INFORMATION],
    },
    {
      case: 'where to get advice locally, with the place known: the contacts there',
      locale: 'en-US',
      messages: ['Our office is in Wermelskirchen.', 'How many extra days of leave does a severely disabled employee get?', 'where could we find some advice locally?'],
      shows: [/contact points for Rheinisch-Bergischer Kreis/u],
      hides: [NO_INFORMATION],
    },
    {
      case: 'venting in English: a calm reply',
      locale: 'en-US',
      messages: ['so much red tape with all these offices'],
      shows: [/I understand/u],
      hides: [NO_INFORMATION],
    },
  ])('$case', async ({ locale, messages, shows, hides }) => {
    await expectReply({ locale, messages, shows, hides });
  });
});
