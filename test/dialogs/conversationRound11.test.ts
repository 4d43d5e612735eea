import { describe, it } from 'vitest';
import { expectReply } from '../helpers/replyCase.js';

// round 11 (lead): own sentences for the causes of misses on hold-out sets 9 and 10
describe('round 11: asking what the bot is, asking for fitting programmes', () => {
  it.each([
    {
      case: 'whether the chat is a human, after a greeting word: the bot says it is a chatbot and where people advise',
      locale: 'de-DE',
      messages: ['Servus, sind Sie ein echter Mensch oder ein Programm?'],
      shows: [/Chatbot/u, /kein Mensch/u, /EAA/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'the same in English',
      locale: 'en-US',
      messages: ['Hi, am I chatting with a real person?'],
      shows: [/chatbot/iu, /not a human/iu],
      hides: [/not sure what you mean/iu],
    },
    {
      case: 'the same in Einfache Sprache',
      locale: 'de-DE',
      messages: ['Einfache Sprache bitte', 'Bist du ein Roboter?'],
      shows: [/Computer-Programm/u, /kein Mensch/u, /Ansprech-Stelle/u],
      hides: [/Chatbot/u],
    },
    {
      case: 'programmes that fit one\'s own business start the programme finder',
      locale: 'de-DE',
      messages: ['Welche Förderprogramme kommen für unsere Gärtnerei in Betracht? Welche passen zu unserem Betrieb?'],
      shows: [/passende Förderprogramme/u, /Worum geht es/u],
      hides: [/keine gesicherte Information/u],
    },
  ])('$case', expectReply);
});

describe('round 11: what NRW offers on top', () => {
  it.each([
    {
      case: 'asking what the state has extra gives the overview of NRW programmes',
      locale: 'de-DE',
      messages: ['Hat NRW da noch was extra, das andere Länder nicht haben?'],
      shows: [/speziell in Nordrhein-Westfalen/u, /Prämien der Inklusionsämter/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'the same in English',
      locale: 'en-US',
      messages: ['Is there anything extra in North Rhine-Westphalia that other states lack?'],
      shows: [/specifically in North Rhine-Westphalia/u],
      hides: [/no reliable information/u],
    },
  ])('$case', expectReply);
});

describe('round 11: what a new status of an employee means for the employer', () => {
  it.each([
    {
      case: 'a GdB of 50 beside an illness: the status card (its duties and rights), not return-to-work management',
      locale: 'de-DE',
      messages: ['Wir haben ein Ingenieurbüro mit 7 Leuten. Eine Zeichnerin hat jetzt einen GdB von 50 wegen Rheuma. Was ändert sich für uns?'],
      shows: [/Schwerbehindertenausweis und Grad der Behinderung/u, /Kündigungsschutz/u, /Zusatzurlaub/u],
      hides: [/Betriebliches Eingliederungsmanagement \(BEM\)\*\*/u],
    },
    {
      case: 'the same in English',
      locale: 'en-US',
      messages: ['Our receptionist just got a disability card with a degree of 60 because of her back. What changes for us?'],
      shows: [/degree of disability/iu],
      hides: [/not sure what you mean/iu],
    },
  ])('$case', expectReply);
});
