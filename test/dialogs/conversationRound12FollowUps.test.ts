import { describe, it } from 'vitest';
import { expectReply } from '../helpers/replyCase.js';

describe('round 12: facets of the topic at hand, back-references, honest answers without a figure', () => {
  it.each([
    {
      case: 'a topic of earlier named by a paraphrase is the subject, not the topic at hand',
      locale: 'de-DE',
      messages: ['Wir stellen eine Lageristin mit GdB 50 ein, sie war lange arbeitslos. Gibt es einen Eingliederungszuschuss?', 'Was ist Arbeitsplatzausstattung?', 'Zurück zum Zuschuss für den Lohn von vorhin: wie lange läuft der?'],
      shows: [/Eingliederungszuschuss \(EGZ\)\*\* – wie lange/u, /24 Monate/u],
      hides: [/Arbeitsplätzen\*\* – wie lange/u],
    },
    {
      case: 'how quickly an application is decided is answered from the sentence on the decision time',
      locale: 'de-DE',
      messages: ['Was ist Arbeitsassistenz?', 'Wie schnell entscheidet das Amt über so einen Antrag?'],
      shows: [/Arbeitsassistenz\*\* – wie lange die Entscheidung dauert/u, /sechs Wochen/u],
      hides: [/Pflichten bei Stellenbesetzung/u],
    },
    {
      case: 'where the texts name no processing time, the answer says so and whom to ask',
      locale: 'de-DE',
      messages: ['Was ist der Eingliederungszuschuss?', 'Und wie lange braucht die Bearbeitung vom Antrag ungefähr?'],
      shows: [/Eine feste Bearbeitungsdauer nennen meine Unterlagen/u, /hängt vom Einzelfall ab/u, /Agentur für Arbeit/u],
      hides: [/24 Monate/u],
    },
    {
      case: 'English: how long the decision takes',
      locale: 'en-US',
      messages: ['What is work assistance?', 'How quickly will the application be decided?'],
      shows: [/how long the decision takes/u, /six weeks/u],
      hides: [/Duties when filling vacancies/u],
    },
    {
      case: 'after an overview, the processing time of each instrument with one honest note',
      locale: 'de-DE',
      messages: ['Wir wollen eine Rollstuhlfahrerin einstellen. Welche Förderungen gibt es dafür?', 'Wie lange dauert so ein Antrag in etwa?'],
      shows: [/Wie lange die Entscheidung dauert/u, /sonst hängt die Dauer vom Einzelfall ab/u],
      hides: [/Dauer bei Menschen mit Behinderung/u],
    },
    {
      case: 'an upper limit asks for the amount of the topic at hand',
      locale: 'de-DE',
      messages: ['Ein blinder Sachbearbeiter braucht jemanden, der ihm Post vorliest. Wer zahlt das?', 'Gibt es dafür eine Höchstgrenze?'],
      shows: [/Arbeitsassistenz\*\* – wie viel/u],
      hides: [/Meinten Sie/u],
    },
    {
      case: 'a few weekly hours said with "nur" are part-time',
      locale: 'de-DE',
      messages: ['Was ist Arbeitsassistenz?', 'Geht das auch, wenn sie nur 25 Stunden da ist?'],
      shows: [/Voraussetzungen und Sonderfälle/u, /15 Wochenstunden/u],
      hides: [/Nicht Sie beantragen diese Hilfe/u],
    },
    {
      case: 'the protection against dismissal for apprentices is a sourced special case',
      locale: 'de-DE',
      messages: ['Wir wollen einem schwerbehinderten Lageristen kündigen. Was müssen wir beachten?', 'Ist das bei Lehrlingen genauso?'],
      shows: [/auch für schwerbehinderte und gleichgestellte Auszubildende/u, /wichtigem Grund/u],
      hides: [/nichts Genaues/u],
    },
    {
      case: 'a special case of the topic before an overview is answered there, not per instrument of the overview',
      locale: 'de-DE',
      messages: ['Wir überlegen, einem schwerbehinderten Fahrer zu kündigen.', 'Welche Hilfen gibt es, um ihn doch zu halten?', 'Er ist allerdings erst seit drei Monaten bei uns beschäftigt. Ändert das was?'],
      shows: [/Kündigungsschutz\*\* – Voraussetzungen und Sonderfälle/u, /ersten sechs Monaten/u],
      hides: [/kurz für jede Förderung/u],
    },
    {
      case: 'a continuation stating a special case the topic at hand has a fact on stays with it, though it names the GdB',
      locale: 'de-DE',
      messages: ['Wie viel Zusatzurlaub bekommt eine schwerbehinderte Verkäuferin?', 'Und wenn ihr GdB erst im August festgestellt wurde?'],
      shows: [/Zusatzurlaub für schwerbehinderte Beschäftigte\*\* – Voraussetzungen und Sonderfälle/u, /Zwölftel/u],
      hides: [/Schwerbehindertenausweis und Grad der Behinderung \(GdB\)\*\*/u],
    },
    {
      case: 'a question of its own that names the topic at hand does not repeat the facet asked last',
      locale: 'de-DE',
      messages: ['Was ist ein BEM?', 'Wer unterstützt uns dabei?', 'Und dürfen wir im BEM nach der genauen Krankheit fragen?'],
      shows: [/Betriebliches Eingliederungsmanagement \(BEM\)\*\*/u],
      hides: [/wer berät und unterstützt/u],
    },
    {
      case: 'help from outside is the advice of the topic at hand',
      locale: 'de-DE',
      messages: ['Eine Verkäuferin war dieses Jahr insgesamt neun Wochen krank. Was müssen wir tun?', 'Sollen wir dafür jemanden von extern dazuholen?'],
      shows: [/BEM\)\*\* – wer berät und unterstützt/u],
      hides: [/Beschäftigungspflicht/u],
    },
    {
      case: 'a timing question the recognizer ranks first, unsure, for the topic discussed before goes there',
      locale: 'de-DE',
      messages: ['Ein Fahrer hat GdB 30 und will sich gleichstellen lassen. Was bringt ihm das?', 'Zählt er dann für unsere Pflichtquote?', 'Wer entscheidet über so einen Antrag, und ab wann gilt das dann?'],
      shows: [/Gleichstellung mit schwerbehinderten Menschen\*\* – ab wann es gilt/u],
      hides: [/Beschäftigungspflicht und jährliche Anzeige\*\*/u],
    },
  ])('$case', async (replyCase) => {
    await expectReply(replyCase);
  });
});
