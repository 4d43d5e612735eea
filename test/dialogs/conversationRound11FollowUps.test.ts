import { describe, it } from 'vitest';
import { expectReply } from '../helpers/replyCase.js';

describe('round 11: follow-ups that depend on the topic at hand', () => {
  it.each([
    {
      case: 'a combination with another named instrument stays with the topic at hand, not the sentence on its own two forms',
      locale: 'de-DE',
      messages: ['Eine Lageristin mit MS schafft seit Monaten nur noch die Hälfte. Gibt es einen Ausgleich für uns?', 'Wir haben für sie außerdem einen Eingliederungszuschuss bekommen – lässt sich das kombinieren?'],
      shows: [/Beschäftigungssicherungszuschuss\)\*\* – zusammen mit anderen Hilfen/u],
      hides: [/beide lassen sich kombinieren/u, /Eingliederungszuschuss \(EGZ\)\*\*/u],
    },
    {
      case: 'a combination the texts do not speak of is said openly, with whom to ask',
      locale: 'de-DE',
      messages: ['Was ist Arbeitsplatzausstattung?', 'Wir bekommen außerdem eine Probebeschäftigung bezahlt. Geht beides zusammen?'],
      shows: [/Arbeitsplätzen\*\* – zusammen mit anderen Hilfen/u, /kombinieren lassen, steht nicht in meinen Unterlagen/u],
      hides: [/Probebeschäftigung\*\*/u],
    },
    {
      case: 'after the combination question, the application is still the one of the topic at hand',
      locale: 'de-DE',
      messages: ['Eine Lageristin mit MS schafft seit Monaten nur noch die Hälfte. Gibt es einen Ausgleich für uns?', 'Wir haben für sie außerdem einen Eingliederungszuschuss bekommen – lässt sich das kombinieren?', 'Und wo beantragen wir das?'],
      shows: [/Beschäftigungssicherungszuschuss\)\*\* – Antrag und Ablauf/u, /Inklusionsamt/u],
      hides: [/Arbeitgeber-Service/u],
    },
    {
      case: 'a combination the texts speak of is answered from their sentence on the other instrument',
      locale: 'de-DE',
      messages: ['Ein Mann aus einer Werkstatt für behinderte Menschen möchte zu uns in den Betrieb wechseln. Was gibt es da?', 'Wir würden auch Leistungen bei außergewöhnlichen Belastungen beantragen. Geht das beides zusammen?'],
      shows: [/zusammen mit anderen Hilfen/u, /nicht noch einmal/u],
      hides: [/steht nicht in meinen Unterlagen/u],
    },
    {
      case: 'English: both at the same time',
      locale: 'en-US',
      messages: ['Is there support when a colleague regularly has to help our disabled forklift driver?', 'We also get the integration subsidy for him. Can we get both at the same time?'],
      shows: [/together with other support/u],
      hides: [/Integration subsidy \(EGZ\)\*\*/u],
    },
    {
      case: 'a continuation for a person of equal status asks about the topic at hand, not the Gleichstellung',
      locale: 'de-DE',
      messages: ['Was ist Arbeitsassistenz?', 'Und bei einer Kollegin, die gleichgestellt ist?'],
      shows: [/Arbeitsassistenz\*\* – Voraussetzungen und Sonderfälle/u],
      hides: [/Gleichstellung mit schwerbehinderten Menschen\*\*/u],
    },
    {
      case: 'a timing question after a topic in between goes to the topic discussed before that the recognizer is sure of',
      locale: 'de-DE',
      messages: ['Unsere Buchhalterin hat GdB 40 und möchte sich gleichstellen lassen. Was bedeutet das?', 'Was ist die Ausgleichsabgabe?', 'Ab wann gilt das denn, schon ab dem Antrag?'],
      shows: [/Gleichstellung mit schwerbehinderten Menschen\*\* – ab wann es gilt/u, /ab dem Tag, an dem der Antrag/u],
      hides: [/Ausgleichsabgabe\*\*/u],
    },
    {
      case: 'who can support us in a longer phrase is the advice of the topic at hand',
      locale: 'de-DE',
      messages: ['Was ist ein BEM?', 'Und wer könnte uns bei der Durchführung unterstützen?'],
      shows: [/BEM\)\*\* – wer berät und unterstützt/u],
      hides: [/Meinten Sie/u],
    },
    {
      case: 'whether it applies although the person is not disabled asks who it applies to',
      locale: 'de-DE',
      messages: ['Was ist ein BEM?', 'Muss ich das anbieten, auch wenn sie nicht schwerbehindert ist?'],
      shows: [/für wen es gilt/u, /nicht nur für schwerbehinderte/u],
      hides: [/Meinten Sie/u],
    },
    {
      case: 'English: even though she is not disabled',
      locale: 'en-US',
      messages: ['What is a BEM?', 'Must we offer it even if she is not disabled?'],
      shows: [/who it applies to/u, /not only/u],
      hides: [/not sure what you mean/u],
    },
    {
      case: 'the full pay after the Budget für Arbeit is its wage facet',
      locale: 'de-DE',
      messages: ['Eine junge Frau aus der Werkstatt möchte über das Budget für Arbeit bei uns anfangen.', 'Zahlen wir ihr dann das volle Gehalt?'],
      shows: [/Budget für Arbeit\*\* – Lohn/u, /Tarif/u],
      hides: [/Wiedereingliederung/u],
    },
    {
      case: '"bleibt es" asks about the amount said before, not about keeping a job',
      locale: 'de-DE',
      messages: ['Welche Förderung gibt es, wenn wir eine schwerbehinderte Bürokraft einstellen?', 'Und bleibt es die ganze Förderzeit bei dieser Höhe?'],
      shows: [/Wie viel – für jede Hilfe kurz/u, /Eingliederungszuschuss/u],
      hides: [/keine gesicherte Information/u],
    },
  ])('$case', expectReply, 20_000);
});
