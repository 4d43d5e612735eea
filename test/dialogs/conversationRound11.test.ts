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

describe('round 11 (after hold-out 11): who is it here, thanks and goodbye, what is in it for us', () => {
  it.each([
    {
      case: 'a place and only "who?" asks for the contacts there',
      locale: 'de-DE',
      messages: ['Unsere Schreinerei ist in Hallenberg. Wer ist das für uns?'],
      shows: [/Ansprechstellen für Hochsauerlandkreis/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'the same in English, with the office asked for first',
      locale: 'en-US',
      messages: ['Which authority do we inform? Our plant is in Bünde.'],
      shows: [/contact points for Kreis Herford/u],
      hides: [/no reliable information/u],
    },
    {
      case: 'a part of a town joined by a hyphen is the town: a responsibility question there is a contact search',
      locale: 'de-DE',
      messages: ['Das neue Lager liegt in Lüdenscheid-Brügge. Wer ist dort zuständig?'],
      shows: [/Ansprechstellen für Märkischer Kreis/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'thanks with "that is all" is a goodbye, not an unknown question',
      locale: 'en-US',
      messages: ['What is the BEM?', 'Great, that is all for today.'],
      shows: [/Goodbye/u],
      hides: [/no reliable information/u],
    },
    {
      case: 'a compliment that compares the bot with someone is praise, not a question about that someone',
      locale: 'de-DE',
      messages: ['Was ist Zusatzurlaub?', 'Du bist ja besser als mein Anwalt!'],
      shows: [/Das freut mich/u],
      hides: [/Rechtsberatung|kann ich leider nicht helfen/u],
    },
    {
      case: '"was springt für uns raus" with a hiring situation asks for the support there is',
      locale: 'de-DE',
      messages: ['Wir wollen einen Rollstuhlfahrer als Buchhalter einstellen. Was springt da für uns raus?'],
      shows: [/Wenn Sie einen Menschen mit Behinderung einstellen, gibt es vor allem diese Hilfen/u],
      hides: [/Ich bin nicht sicher, was Sie meinen/u],
    },
    {
      case: '"what help is out there" with a hiring situation (English)',
      locale: 'en-US',
      messages: ['We plan to hire a blind call centre agent. What financial help is out there?'],
      shows: [/When you hire a person with a disability, these are the main kinds of support/u],
      hides: [/not sure what you mean/iu],
    },
  ])('$case', expectReply);
});

describe('round 11 (after hold-out 12): the steering wheel is no tax, going on with the finder, what to do about the levy', () => {
  it.each([
    {
      case: '"durchrechnen" starts the levy calculator',
      locale: 'de-DE',
      messages: ['Können Sie unsere Ausgleichsabgabe mal nachrechnen?'],
      shows: [/Wie viele Arbeitsplätze/u],
      hides: [/Für 2026 gelten dieselben Beträge/u],
    },
    {
      case: '"nicht mehr ans Steuer" is the steering wheel: a question about keeping the driver, not a tax question',
      locale: 'de-DE',
      messages: ['Unsere Lkw-Fahrerin darf wegen Epilepsie nicht mehr ans Steuer. Wir wollen sie im Büro weiterbeschäftigen. Welche Hilfen gibt es?'],
      shows: [/bleiben kann, gibt es vor allem diese Hilfen/u],
      hides: [/Steuerfragen/u],
    },
    {
      case: '"lass uns … weitermachen" after a side question resumes the programme finder',
      locale: 'de-DE',
      messages: ['Förderfinder starten', 'Wo sitzt die EAA für Olpe?', 'Gut, dann lass uns jetzt mit den Fragen weitermachen.'],
      shows: [/Worum geht es bei Ihnen/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'after a levy result, "what can I do" asks what there is for the levy',
      locale: 'de-DE',
      messages: ['Wir haben 64 Beschäftigte, davon keinen schwerbehinderten. Wie hoch ist die Ausgleichsabgabe?', 'Puh. Was können wir da machen?'],
      shows: [/Beschäftigungspflicht und Ausgleichsabgabe/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'English: "came to us only three months ago" after the dismissal question is the waiting period',
      locale: 'en-US',
      messages: ['Can we dismiss a severely disabled warehouse worker without asking anyone?', 'He came to us just three months ago, does that matter?'],
      shows: [/first six months/u],
      hides: [/no reliable information/u],
    },
    {
      case: 'disappointment, thanks and goodbye in one message is a goodbye',
      locale: 'de-DE',
      messages: ['Was ist Zusatzurlaub?', 'Schade, dennoch danke. Tschüss!'],
      shows: [/Auf Wiedersehen/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: '"Na, wie ist die Lage?" alone is small talk; with a topic it is a question',
      locale: 'de-DE',
      messages: ['Na, wie ist die Lage?'],
      shows: [/Danke der Nachfrage/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'English: "the right office for us" after the place is known asks for the contacts there',
      locale: 'en-US',
      messages: ['Our bakery is in Warendorf.', 'Which would be the right office for us?'],
      shows: [/contact points for Kreis Warendorf/u],
      hides: [/no reliable information/u],
    },
  ])('$case', expectReply);
});
