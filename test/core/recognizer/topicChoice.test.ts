import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { repoRoot } from './fixture.js';

// round 3 of issue 13: which of several fitting topics comes first (held-out top-1)
const { understand } = loadUnderstand(repoRoot);
const first = (question: string): string | undefined => understand(question).topics[0]?.id;

// the situation beside the question tells which of the question's own topics is meant
const SITUATION_PICKS: [question: string, topic: string][] = [
  ['Wir wollen einen Mitarbeiter aus der Werkstatt fest einstellen. Gibt es dafür einen Lohnkostenzuschuss?', 'budget-fuer-arbeit'],
  ['Ein junger Mann arbeitet bisher in einer Behindertenwerkstatt. Bekommen wir einen Lohnkostenzuschuss, wenn wir ihn einstellen?', 'budget-fuer-arbeit'],
  ['Eine Frau aus der WfbM möchte zu uns wechseln. Gibt es einen Lohnkostenzuschuss?', 'budget-fuer-arbeit'],
  ['Wir haben einen Langzeitarbeitslosen mit Behinderung im Blick. Gibt es einen Lohnkostenzuschuss?', 'eingliederungszuschuss'],
];

// a longer name held whole ("GdB 30", "stufenweise Wiedereingliederung") beats the topic that has only its first word
const LONGER_NAMES: [question: string, topic: string][] = [
  ['Er hat einen GdB von 30. Zählt das schon?', 'gleichstellung'],
  ['Unsere Buchhalterin hat GdB 40 bekommen. Was bedeutet das für uns?', 'gleichstellung'],
  ['Ein Fahrer war lange krank, jetzt empfiehlt die Ärztin eine stufenweise Wiedereingliederung. Was kommt auf uns zu?', 'stufenweise-wiedereingliederung'],
  ['Wir sind ein Pflegeheim mit 60 Mitarbeitenden im Kreis Unna. Eine Pflegekraft ist nach langer Krankheit zurück und der Arzt schlägt eine stufenweise Wiedereingliederung vor. Was heißt das für mich?', 'stufenweise-wiedereingliederung'],
];

// "Behindertenwerkstatt" is the Werkstatt: it completes the Werkstatt phrases ("jemanden aus der Werkstatt übernehmen")
const WORKSHOP_WORDS: [question: string, topic: string][] = [
  ['Ich habe eine Schreinerwerkstatt mit sechs Leuten. Kann ich jemanden aus einer Behindertenwerkstatt übernehmen?', 'werkstatt-uebergang'],
  ['Wir sind eine kleine Gärtnerei. Können wir eine Frau aus der Behindertenwerkstatt übernehmen?', 'werkstatt-uebergang'],
];

// a modal verb of obligation ("muss", "have to") asks about a duty
const OBLIGATIONS: [question: string, topic: string][] = [
  ['Muss meine Firma Menschen mit Behinderung einstellen?', 'beschaeftigungspflicht'],
  ['Muss ein kleiner Betrieb Menschen mit Behinderung beschäftigen?', 'beschaeftigungspflicht'],
  ['Do we have to hire people with disabilities?', 'beschaeftigungspflicht'],
  ['We have 45 employees. Do we have to employ a severely disabled person?', 'beschaeftigungspflicht'],
];

// a verb form names the topic of its noun: "vermittelt" the Vermittlung of the Arbeitgeber-Service
const VERB_NOUNS: [question: string, topic: string][] = [
  ['Dachdeckermeister sucht Azubi mit Behinderung – wer vermittelt?', 'arbeitgeber-service-ba'],
  ['Tischlerei sucht Lehrling mit Handicap. Wer vermittelt so jemanden?', 'arbeitgeber-service-ba'],
];

// "kann nicht mehr gut hören" is a hearing loss (fixed expressions of data/matching/synonyms.json)
const SENSES: [question: string, acceptable: string[]][] = [
  ['Meine Mitarbeiterin kann nicht mehr gut hören. Was kann ich tun?', ['arbeitsplatzausstattung', 'arbeitsassistenz', 'technischer-beratungsdienst']],
  ['Our receptionist is hard of hearing. What support is there?', ['arbeitsplatzausstattung', 'arbeitsassistenz', 'technischer-beratungsdienst']],
];

// a named technical aid ("Lichtsignale", "Hörgerät") stands for "Hilfsmittel"; a new hire's aids are the Arbeitsagentur's
const AIDS: [question: string, acceptable: string[]][] = [
  ['Unser neuer Kollege ist gehörlos – wer bezahlt Lichtsignale und Vibrationsalarm am Arbeitsplatz, wenn wir ihn einstellen?', ['arbeitshilfen-ba']],
  ['Für einen neuen Mitarbeiter mit Hörbehinderung brauchen wir eine Lichtklingel. Wer zahlt das?', ['arbeitshilfen-ba', 'arbeitsplatzausstattung']],
  ['Eine langjährige Mitarbeiterin braucht jetzt ein Hörgerät für die Arbeit. Wer zahlt?', ['arbeitsplatzausstattung', 'arbeitshilfen-ba']],
  // a compound that ends with an aid ("Patientenlifter") is that aid
  ['Unsere Pflegehelferin hat einen GdB von 50. Gibt es Geld für einen elektrischen Patientenlifter auf ihrer Station?', ['arbeitsplatzausstattung', 'arbeitshilfen-ba']],
];

// vocabulary added from the misses of the tuning set (data/topics match fields, expressions of synonyms.json)
const VOCABULARY: [question: string, topic: string][] = [
  ['Kann ein Jugendlicher ohne Abschluss bei uns erst ein Langzeitpraktikum machen und dann eine Ausbildung beginnen?', 'einstiegsqualifizierung-asa'],
  ['We need to lay off a worker who has a disability ID. What do we have to do?', 'kuendigungsschutz'],
  ['Our company wants to let her go. She has a severe disability. What is the procedure?', 'kuendigungsschutz'],
  ['Is there an apprenticeship for a young person with a learning disability?', 'fachpraktikerausbildung'],
];

// a request to be guided that names no programme starts at the one-stop advice point
const GUIDED: [question: string, intent: string, topic: string | undefined][] = [
  ['Wir wollen einen schwerbehinderten Mitarbeiter einstellen. Können Sie mit mir Schritt für Schritt durchgehen, was passt?', 'programme-finder', 'eaa'],
  ['Können Sie mich Schritt für Schritt durch die Förderungen führen? Wir wollen eine Rollstuhlfahrerin einstellen.', 'programme-finder', undefined],
  ['Könnten Sie bitte auf Deutsch antworten?', 'language', undefined],
];

// a heading before a colon is a self-description ("Stadtverwaltung Warburg: …"), not the subject
const HEADINGS: [question: string, topic: string][] = [
  ['Stadtverwaltung Warburg: Wir suchen die zuständige Ansprechstelle für Arbeitgeber.', 'eaa'],
  ['Kreisverwaltung Olpe: Wer ist bei uns die Ansprechstelle für Arbeitgeber?', 'eaa'],
];

describe('topic choice', () => {
  it.each(HEADINGS)('"%s" → %s first', (question, topic) => {
    expect(first(question)).toBe(topic);
  });

  it.each(VOCABULARY)('"%s" → %s first', (question, topic) => {
    expect(first(question)).toBe(topic);
  });

  it.each(GUIDED)('"%s" → %s', (question, intent, topic) => {
    const u = understand(question);
    expect(u.intent).toBe(intent);
    if (topic) expect(u.topics[0]?.id).toBe(topic);
  });

  it.each(AIDS)('"%s" → one of %j first', (question, acceptable) => {
    expect(acceptable).toContain(first(question));
  });

  it.each(SENSES)('"%s" is about aids for a hearing loss', (question, acceptable) => {
    const u = understand(question);
    expect(u.decision).not.toBe('dont-know');
    expect(acceptable).toContain(u.topics[0]?.id);
  });

  it.each(VERB_NOUNS)('"%s" → %s first', (question, topic) => {
    expect(first(question)).toBe(topic);
  });

  it.each(OBLIGATIONS)('"%s" → %s first', (question, topic) => {
    expect(first(question)).toBe(topic);
  });

  it.each(WORKSHOP_WORDS)('"%s" is answered with %s', (question, topic) => {
    const u = understand(question);
    expect(u.decision).toBe('answer');
    expect(u.topics[0]?.id).toBe(topic);
  });

  it.each(LONGER_NAMES)('"%s" → %s first', (question, topic) => {
    expect(first(question)).toBe(topic);
  });

  it.each(SITUATION_PICKS)('"%s" → %s first', (question, topic) => {
    expect(first(question)).toBe(topic);
  });
});
