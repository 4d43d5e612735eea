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
