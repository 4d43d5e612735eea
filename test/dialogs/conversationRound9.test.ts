import { describe, it } from 'vitest';
import { expectReply } from '../helpers/replyCase.js';

describe('round 9: thanks inside a guided dialog, who helps before the place, a workforce stated after the levy was explained', () => {
  it.each([
    {
      case: 'thanks while the contact finder waits for a place ends the search instead of being taken for a place',
      locale: 'de-DE',
      messages: ['Wer hilft mir beim Ausfüllen der Anträge?', 'Super, danke!'],
      shows: [/Gern geschehen/u],
      hides: [/Diesen Ort finde ich/u, /weitermachen/u],
    },
    {
      case: 'a goodbye while the levy calculator waits for a number ends it too',
      locale: 'de-DE',
      messages: ['Ich möchte die Ausgleichsabgabe berechnen', 'Tschüss und schönes Wochenende'],
      shows: [/Wiedersehen/u],
      hides: [/Bitte nennen Sie eine Zahl/u, /keine gesicherte Information/u],
    },
    {
      case: 'English thanks inside the contact finder',
      locale: 'en-US',
      messages: ['Who can help us with the paperwork?', 'Great, thanks!'],
      shows: [/welcome/iu],
      hides: [/cannot find this place/u],
    },
    {
      case: 'a contact search without a place names the EAA as first port of call before asking for the place',
      locale: 'de-DE',
      messages: ['Wer hilft mir beim Ausfüllen der Anträge?'],
      shows: [/Einheitliche Ansprechstelle für Arbeitgeber \(EAA\)/u, /hilft auch bei Anträgen/u, /Für welchen Ort/u],
      hides: [],
    },
    {
      case: 'asked for one office, the question for the place does not name the EAA first',
      locale: 'de-DE',
      messages: ['Wo ist das Inklusionsamt für uns zuständig?'],
      shows: [/Für welchen Ort/u],
      hides: [/Erste Anlaufstelle/u],
    },
    {
      case: 'a head count right after the levy was explained starts the calculation for it',
      locale: 'de-DE',
      messages: ['Was kostet die Ausgleichsabgabe?', 'Wir sind 30 Leute.'],
      shows: [/Wie viele schwerbehinderte oder gleichgestellte Menschen/u, /30 Arbeitsplätzen/u],
      hides: [/Werkstatt/u, /Broschüre/u],
    },
    {
      case: 'a "keine" that stands for the disabled people of the duty just explained, in English',
      locale: 'en-US',
      messages: ['Do we have to employ disabled people? We have 70 employees.', 'And how much do we pay if we have none at all?'],
      // 70 workplaces: 4 places (3.5 rounded up), none filled → 815 € × 4 × 12
      shows: [/39,120/u],
      hides: [/How many severely disabled/u],
    },
    {
      case: '"keiner davon ist mit einem Schwerbehinderten besetzt" counts nobody, "achtunddreißig" as a number word',
      locale: 'de-DE',
      messages: ['Wir sind ein Steuerbüro mit achtunddreißig Arbeitsplätzen, keiner davon ist mit einem Schwerbehinderten besetzt. Müssen wir was zahlen?'],
      // under 40 workplaces, nobody: 235 € × 12
      shows: [/2\.820\s€/u, /für 2026/u, /31\.03\.2027/u],
      hides: [/\b0\s€/u],
    },
  ])('$case', expectReply);
});

describe('round 9: a guided tour asked for, and the named topic the recognizer is sure of', () => {
  it.each([
    { case: '"durch die Förderprogramme führen" asks for the programme finder', locale: 'de-DE', messages: ['Kannst du mich durch die Förderprogramme führen?'], shows: [/passende Förderprogramme/u], hides: [/keine gesicherte Information/u] },
    { case: '"walk me through" in English', locale: 'en-US', messages: ['Could you walk me through the funding options?'], shows: [/questions/iu], hides: [/no reliable information/u] },
    {
      case: 'a question naming the duty\'s Anzeige and the agency it goes to, after a levy result, is about the Anzeige',
      locale: 'de-DE',
      messages: ['Wir haben 45 Arbeitsplätze und einen Schwerbehinderten. Was zahlen wir?', 'Bis wann muss die Anzeige bei der Arbeitsagentur sein?'],
      shows: [/31\. März/u],
      hides: [/Arbeitgeber-Service der Agentur für Arbeit\*\* – was Sie vorher beachten müssen/u],
    },
    {
      case: 'the Inklusionsamt asked about where the place is known is the one of its Landschaftsverband (Westfalen-Lippe)',
      locale: 'de-DE',
      messages: ['Greven', 'Und bei welchem Inklusionsamt landen wir mit beiden Standorten?'],
      shows: [/LWL-Inklusionsamt/u],
      hides: [/LVR-Inklusionsamt/u, /Meinten Sie/u],
    },
    {
      case: 'the same for a place in the Rhineland',
      locale: 'de-DE',
      messages: ['Köln', 'Was macht das Inklusionsamt?'],
      shows: [/LVR-Inklusionsamt/u],
      hides: [/LWL-Inklusionsamt/u, /Meinten Sie/u],
    },
    {
      case: 'the wage asked about after the move from a Werkstatt says what the Budget für Arbeit requires (§ 61 Abs. 1 SGB IX)',
      locale: 'de-DE',
      messages: ['Ein Mitarbeiter aus der Werkstatt soll bei uns anfangen.', 'Muss ich ihn dann nach Mindestlohn bezahlen?'],
      shows: [/nach Tarif/u, /ortsüblich/u, /§ 61 Abs\. 1 SGB IX/u],
      hides: [],
    },
    {
      case: '"damit er weiter bei mir arbeiten kann" names keeping a job: the overview of its instruments, not the finder',
      locale: 'de-DE',
      messages: ['Ich bin Maurermeister in Bochum. Einer meiner Gesellen hat jetzt GdB 50. Welche Hilfen gibt es, damit er weiter bei mir arbeiten kann?'],
      shows: [/bei Ihnen bleiben kann/u, /Beschäftigungssicherungszuschuss|Arbeitsplätzen/u],
      hides: [/stelle dazu ein paar kurze Fragen/u],
    },
    {
      case: '"continue to work" in English',
      locale: 'en-US',
      messages: ['One of our workers now has a disability. What support is there so he can continue to work here?'],
      shows: [/To keep an employee/u],
      hides: [/ask a few short questions/u],
    },
    {
      case: 'without a place it still asks which one',
      locale: 'de-DE',
      messages: ['Was macht das Inklusionsamt?'],
      shows: [/Meinten Sie/u],
      hides: [],
    },
  ])('$case', expectReply);
});

describe('round 9: an introduction without a question is welcomed, and what it says is kept', () => {
  it.each([
    { case: 'a German introduction with place and head count', locale: 'de-DE', messages: ['Hallo, wir sind ein Logistikunternehmen aus Dortmund mit 120 Mitarbeitern.'], shows: [/Danke für Ihre Angaben/u, /Wobei kann ich Ihnen helfen/u], hides: [/keine gesicherte Information/u] },
    { case: '"ca." does not end the introduction\'s sentence (the project\'s sentence splitter)', locale: 'de-DE', messages: ['Hallo, wir sind ein Betrieb mit ca. 120 Mitarbeitern in Bonn.'], shows: [/Danke für Ihre Angaben/u], hides: [/keine gesicherte Information/u] },
    { case: 'an English one', locale: 'en-US', messages: ['Hi, we are a logistics company in Dortmund with 120 staff.'], shows: [/How can I help/u], hides: [/no reliable information/u] },
    { case: 'the place of the introduction answers the contact question after it', locale: 'en-US', messages: ['Hi, we are a logistics company in Dortmund with 120 staff.', 'Who is our contact point?'], shows: [/Dortmund/u], hides: [/For which place/u] },
    { case: 'the head count of the introduction answers the levy question after it', locale: 'de-DE', messages: ['Guten Tag, wir sind eine Spedition in Hamm mit 45 Beschäftigten.', 'Was zahlen wir an Ausgleichsabgabe, wenn wir keinen Schwerbehinderten haben?'], shows: [/11\.160\s€/u], hides: [] },
    { case: 'a question after the introduction is answered, not welcomed', locale: 'de-DE', messages: ['Wir sind ein Autohaus in Köln. Gibt es Zuschüsse, wenn wir einen Rollstuhlfahrer einstellen?'], shows: [/Hilfen|Zuschuss|Eingliederungszuschuss/u], hides: [/Danke für Ihre Angaben/u] },
    { case: 'an amount asked for that the topic states as a dated amount is not followed by "nichts Genaues"', locale: 'de-DE', messages: ['Bekommt ein schwerbehinderter Mitarbeiter mehr Urlaub?', 'Wie viele Tage?'], shows: [/5 Tage pro Jahr/u], hides: [/nichts Genaues/u] },
    { case: 'a hiring situation told without a question gets the overview of what there is for it', locale: 'de-DE', messages: ['Wir wollen eine gehörlose Buchhalterin einstellen.'], shows: [/Wenn Sie einen Menschen mit Behinderung einstellen/u], hides: [/Meinten Sie/u] },
    { case: 'a statement that is no introduction keeps the honest answer', locale: 'de-DE', messages: ['Der Drucker im Büro ist kaputt.'], shows: [/keine gesicherte Information|kann ich leider nicht helfen/u], hides: [/Danke für Ihre Angaben/u] },
  ])('$case', expectReply);
});
