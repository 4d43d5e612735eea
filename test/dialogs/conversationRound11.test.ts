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
