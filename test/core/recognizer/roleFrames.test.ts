import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { repoRoot } from './fixture.js';

// round 5 of issue 13: questions that describe what happens (an action, a role, a person) instead of naming the
// programme; frames of data/matching/plain-language.json (own sentences, none from an eval set)
const { understand } = loadUnderstand(repoRoot);
const first = (question: string): string | undefined => understand(question).topics[0]?.id;

// an action with the person it concerns names the programme: every form of the verb, split or joined, slips, English
const ACTIONS: [question: string, topic: string][] = [
  ['Unsere Firma muss Personal abbauen. Darf ich die schwerbehinderte Kassiererin auch entlassen?', 'kuendigungsschutz'],
  ['Wir werfen ihn raus, er ist schwerbehindert. Brauchen wir eine Erlaubnis?', 'kuendigungsschutz'],
  ['Wir wollen uns von einem Fahrer mit Behinderung trennen. Was ist zu beachten?', 'kuendigungsschutz'],
  ['Wir müssen einen schwerbehinderten Lageristen entlasen. Was gilt da?', 'kuendigungsschutz'],
  ['We want to lay off a worker who is severely disabled. What do we have to do?', 'kuendigungsschutz'],
  ['Our company wants to fire him, he has a disability ID. Is that allowed?', 'kuendigungsschutz'],
  // learning the job at the start is the in-company qualification (UB's own 'Anlernen im Betrieb'; the IFD accompanies a job that runs)
  ['Wer kann unsere neue Kollegin mit Down-Syndrom in den ersten Wochen anlernen?', 'unterstuetzte-beschaeftigung'],
  ['Is there someone who can coach our new employee with a learning disability on the job?', 'unterstuetzte-beschaeftigung'],
  ['Brauchen wir im Betrieb jemanden, der sich für die schwerbehinderten Mitarbeiter einsetzt?', 'schwerbehindertenvertretung'],
  ['Who speaks for the disabled employees in our company?', 'schwerbehindertenvertretung'],
  // the concerns, interests or Belange of the disabled colleagues are the representative's task (§ 178 SGB IX)
  ['Brauchen wir im Betrieb eine gewählte Person, die sich um die Anliegen der schwerbehinderten Kollegen kümmert?', 'schwerbehindertenvertretung'],
  ['Gibt es jemanden, der die Interessen der schwerbehinderten Mitarbeiter vertritt?', 'schwerbehindertenvertretung'],
  ['Do we need someone who represents the interests of disabled staff?', 'schwerbehindertenvertretung'],
  ['Kann bitte jemand zu uns in den Betrieb kommen? Unser Mitarbeiter mit Rollstuhl braucht einen neuen Arbeitsplatz.', 'technischer-beratungsdienst'],
  ['Could an expert visit us to look at the workstation of our deaf employee?', 'technischer-beratungsdienst'],
  ['Wir möchten den Bewerber erst mal vier Wochen testen. Er ist schwerbehindert. Zahlt jemand?', 'probebeschaeftigung'],
  ['Gibt es jemanden bei der Stadt, der uns beim Umbau der Toilette für unseren Rollstuhlfahrer hilft?', 'fachstellen-arbeitsleben'],
  ['Who at the city council helps with adapting a workplace for a blind employee?', 'fachstellen-arbeitsleben'],
];

// a person and a situation: a young person and an apprenticeship, the Werkstatt and an apprenticeship or lasting money,
// slowness only at the start
const SITUATIONS: [question: string, topic: string][] = [
  ['Eine Schülerin mit Behinderung will bei mir lernen. Gibt es Geld?', 'ausbildungszuschuss'],
  ['Ein Mann ist seit Jahren in der WfbM. Er möchte bei uns eine Ausbildung machen. Wer zahlt?', 'budget-fuer-ausbildung'],
  ['Eine Frau aus der Behindertenwerkstatt arbeitet bei uns mit. Sie wird immer langsamer sein als andere. Gibt es Geld?', 'budget-fuer-arbeit'],
  ['Der neue Kollege mit Behinderung ist am Anfang noch langsam. Gibt es einen Zuschuss?', 'eingliederungszuschuss'],
  // one of the employer's own staff who is slow keeps the job with the BSZ; a new hire who is slow is the EGZ's
  ['Unsere Köchin mit Behinderung ist viel langsamer als die anderen. Gibt es Geld dafür?', 'beschaeftigungssicherungszuschuss'],
  ['Wir wollen einen Bewerber mit Behinderung einstellen, er ist langsamer. Gibt es Geld?', 'eingliederungszuschuss'],
  // an easier apprenticeship is the Fachpraktiker one; "Muss ich etwas tun?" asks whether there is a duty
  ['Gibt es für unsere neue Bewerberin mit Behinderung auch eine einfachere Lehre?', 'fachpraktikerausbildung'],
  ['Wir haben 30 Mitarbeiter. Müssen wir wegen der Schwerbehinderten irgendwas tun?', 'beschaeftigungspflicht'],
  // a GdB of 50 or more that a person has makes her schwerbehindert: the question is about her, not about the GdB
  ['Der Chef will den Lageristen mit GdB 50 rauswerfen. Geht das einfach so?', 'kuendigungsschutz'],
  ['Wir wollen einen Bewerber mit einem GdB von 70 als Lagerhelfer einstellen. Gibt es einen Zuschuss zum Lohn?', 'eingliederungszuschuss'],
];

// the same words without the role: no frame
const NOT_FRAMES: [question: string, notTopic: string][] = [
  ['Wir wollen die neue Software erst mal testen. Ist die barrierefrei?', 'probebeschaeftigung'],
  ['Das Büro ist für die Behinderten gut erreichbar.', 'schwerbehindertenvertretung'],
  ['Ich arbeite bei der Stadt Essen als Personalleiter. Was muss ich bei der Einstellung Schwerbehinderter beachten?', 'fachstellen-arbeitsleben'],
  ['Wir brauchen eine Werkstatt für behinderte Menschen für einen Auftrag.', 'budget-fuer-arbeit'],
  ['Is there an apprenticeship for a young person with a learning disability?', 'ausbildungszuschuss'],
  ['Die Werkstatt in unserem Betrieb braucht eine Rampe für einen Gesellen im Rollstuhl. Gibt es Geld?', 'budget-fuer-arbeit'],
];

// a GdB below 50, or a question about the GdB itself, keeps the topics of the GdB
const ABOUT_THE_GDB: string[] = [
  'Unsere Kassiererin hat GdB 30. Gilt sie als schwerbehindert?',
  'Wie bekommt ein Mitarbeiter mit GdB 50 den Ausweis?',
];

describe('an action names the programme', () => {
  it.each(ACTIONS)('%s → %s', (question, topic) => {
    expect(first(question)).toBe(topic);
  });
});

describe('a person in a situation names the programme', () => {
  it.each(SITUATIONS)('%s → %s', (question, topic) => {
    expect(first(question)).toBe(topic);
  });
});

describe('the GdB as the subject', () => {
  it.each(ABOUT_THE_GDB)('%s', (question) => {
    expect(['schwerbehindertenausweis-gdb', 'gleichstellung']).toContain(first(question));
  });
});

describe('no role, no frame', () => {
  it.each(NOT_FRAMES)('%s is not %s', (question, notTopic) => {
    expect(first(question)).not.toBe(notTopic);
  });
});
