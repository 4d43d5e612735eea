/** What kind of message a load-test question stands for. */
export type QuestionKind = 'topic' | 'contact' | 'levy' | 'smalltalk' | 'out-of-scope' | 'garbage';

/** One message of the load mix. */
export interface MixQuestion {
  kind: QuestionKind;
  text: string;
}

/**
 * Messages an employer might type, written for the load benchmark only (not taken from the eval sets): German,
 * English and plain German, across programmes, contact points with places and postal codes, levy sentences,
 * greetings, help, questions the bot cannot answer and noise. Sent in this order, they also walk the dialogs
 * (a contact or levy question that lacks a detail is followed by an unrelated message).
 */
export const QUESTION_MIX: readonly MixQuestion[] = [
  { kind: 'smalltalk', text: 'Guten Morgen' },
  { kind: 'topic', text: 'Welche Zuschüsse gibt es, wenn ich einen schwerbehinderten Bewerber einstelle?' },
  { kind: 'contact', text: 'Wer berät Arbeitgeber in Bielefeld?' },
  { kind: 'levy', text: 'Wir haben 85 Arbeitsplätze und zwei schwerbehinderte Beschäftigte. Wie hoch ist die Abgabe?' },
  { kind: 'topic', text: 'Zahlt jemand den Umbau eines Arbeitsplatzes für einen Rollstuhlfahrer?' },
  { kind: 'topic', text: 'Can I get money for adapting a workstation for an employee who is blind?' },
  { kind: 'contact', text: 'Ansprechstelle für 44137' },
  { kind: 'smalltalk', text: 'Hilfe' },
  { kind: 'topic', text: 'Darf ich einem schwerbehinderten Mitarbeiter einfach kündigen?' },
  { kind: 'levy', text: 'Ausgleichsabgabe bei 300 Stellen und 6 Schwerbehinderten' },
  { kind: 'out-of-scope', text: 'Wie wird das Wetter morgen in Köln?' },
  { kind: 'topic', text: 'Wie viele Tage Zusatzurlaub stehen einer Mitarbeiterin mit Schwerbehinderung zu?' },
  { kind: 'contact', text: 'Who is the contact for employers in the Rhein-Sieg-Kreis?' },
  { kind: 'garbage', text: 'asdf jklö qwertz' },
  { kind: 'topic', text: 'Was ist das Budget für Arbeit?' },
  { kind: 'topic', text: 'Ich möchte einen Menschen aus der Werkstatt einstellen. Was gibt es da?' },
  { kind: 'levy', text: 'How much is the levy for 45 employees without any disabled staff?' },
  { kind: 'topic', text: 'Was muss ich beim betrieblichen Eingliederungsmanagement beachten?' },
  { kind: 'contact', text: 'Integrationsfachdienst in der Nähe von Paderborn' },
  { kind: 'smalltalk', text: 'Danke, das hilft mir.' },
  { kind: 'topic', text: 'Wer bezahlt eine Arbeitsassistenz?' },
  { kind: 'topic', text: 'Ich habe einen kleinen Betrieb. Gibt es Hilfe, wenn ich einen Azubi mit Behinderung nehme?' },
  { kind: 'out-of-scope', text: 'Kannst du mir eine Pizza bestellen?' },
  { kind: 'contact', text: 'EAA Kreis Lippe' },
  { kind: 'topic', text: 'Ab wie vielen Mitarbeitern muss ich schwerbehinderte Menschen beschäftigen?' },
  { kind: 'levy', text: 'Wir sind 22 Leute. Müssen wir zahlen?' },
  { kind: 'garbage', text: '???' },
  { kind: 'topic', text: 'Was macht der Technische Beratungsdienst?' },
  { kind: 'topic', text: 'Gibt es eine Probezeit mit Zuschuss, damit ich jemanden erst kennenlerne?' },
  { kind: 'contact', text: 'Ich sitze in 52062 Aachen, wen kann ich anrufen?' },
  { kind: 'topic', text: 'What does the Inklusionsamt do for employers?' },
  { kind: 'smalltalk', text: 'Hallo, wer bist du?' },
  { kind: 'topic', text: 'Muss ich eine Bewerbung von einem schwerbehinderten Menschen besonders prüfen?' },
  { kind: 'contact', text: 'Beratung für Firmen in Gelsenkirchen' },
  { kind: 'levy', text: 'Abgabe 2025: 130 Arbeitsplätze, 1 gleichgestellter Mitarbeiter' },
  { kind: 'garbage', text: '12345 67890' },
  { kind: 'topic', text: 'Was ist ein Inklusionsbetrieb?' },
  { kind: 'out-of-scope', text: 'Wie melde ich ein Gewerbe an?' },
  { kind: 'topic', text: 'Wo finde ich Infos in einfacher Sprache über Geld für Arbeitgeber?' },
  { kind: 'contact', text: 'Wer hilft Arbeitgebern im Hochsauerlandkreis?' },
  { kind: 'smalltalk', text: 'Tschüss' },
];
