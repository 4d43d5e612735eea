import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { repoRoot } from './fixture.js';

const { understand } = loadUnderstand(repoRoot);

// a situation told at length or in plain words: the topic it describes is answered, not asked back (own sentences)
const SITUATIONS: [string, string][] = [
  // a person from the Werkstatt who does less than the others: the Budget für Arbeit's wage subsidy makes up for it
  ['Eine Frau aus der Behindertenwerkstatt hilft bei uns in der Gärtnerei aus. Wir wollen sie übernehmen, aber sie schafft nicht so viel wie die anderen. Was gibt es da?', 'budget-fuer-arbeit'],
  // turning the business into an inclusion company founds one; it converts no workplace
  ['Wir möchten unsere Gärtnerei in ein Inklusionsunternehmen umwandeln. Wie geht das?', 'integration-unternehmen'],
  // someone who comes to look at it is a visit on site
  ['Unser Schlosser hat nur noch eine Hand. Kann jemand kommen und sich die Werkbank anschauen?', 'technischer-beratungsdienst'],
  // misunderstandings in the team, being overwhelmed: conflicts the Integrationsfachdienst helps with
  ['Ein Kollege mit ADHS und das Team haben ständig Missverständnisse. Gibt es jemanden, der uns berät?', 'integrationsfachdienst'],
  ['Unsere Küchenhilfe hat eine Angststörung und ist oft überfordert. Gibt es jemanden für uns?', 'integrationsfachdienst'],
  // a person at the employee's side at work is a work assistant
  ['Unser blinder Telefonist braucht eigentlich jemanden an seiner Seite im Büro.', 'arbeitsassistenz'],
  // what the agency pays when the employer hires is its wage subsidy
  ['What does the job centre pay if we employ a deaf warehouse worker?', 'eingliederungszuschuss'],
  ['Was gibt das Arbeitsamt dazu, wenn ich eine Rollstuhlfahrerin als Bürokraft einstelle?', 'eingliederungszuschuss'],
  // one's own employee who is slower now than before: the Beschäftigungssicherungszuschuss
  ['Sie ist mittlerweile langsamer geworden. Bekommen wir dafür Geld?', 'beschaeftigungssicherungszuschuss'],
];

describe('situations told at length or in plain words', () => {
  it.each(SITUATIONS)('answers the topic described: %s', (question, topic) => {
    const u = understand(question);
    expect(u.intent).toBe('knowledge');
    expect(u.decision).toBe('answer');
    expect(u.topics[0]?.id).toBe(topic);
  });
});

// chat forms ("moin", "krieg", "würd") are fillers like "hallo", "kriegt", "würde": they do not dilute the question
const FILLED: [string, string][] = [
  ['Moin, krieg ich Geld, wenn ich einen Rollstuhlfahrer einstelle?', 'Bekomme ich Geld, wenn ich einen Rollstuhlfahrer einstelle?'],
  ['Ich würd gern eine gehörlose Köchin einstellen. Gibt es Zuschüsse?', 'Ich würde gern eine gehörlose Köchin einstellen. Gibt es Zuschüsse?'],
];

describe('chat fillers', () => {
  it.each(FILLED)('reads %s like %s', (chatted, plain) => {
    const [a, b] = [understand(chatted), understand(plain)];
    expect(a.decision).toBe(b.decision);
    expect(a.topics).toEqual(b.topics);
  });
});

describe('subjects next to the remit, in English', () => {
  it.each([
    'Does an apprentice from Eritrea need a work permit, and who issues it?',
    'Our new cook is from Ghana – can you sort out his residence permit?',
  ])('refers a residence or work permit to the immigration office: %s', (question) => {
    const u = understand(question);
    expect(u.intent).toBe('out-of-scope');
    expect(u.outOfScopeSubject).toBe('aufenthalt-visum');
  });
});

describe('a request for help with a place', () => {
  it.each([
    ['Wo finde ich in Brilon Hilfe? Wir haben einen Betrieb.', '05958'],
    ['Wer hilft in Lennestadt', '05966'],
  ])('asks for the contacts of the place: %s', (question, district) => {
    const u = understand(question);
    expect(u.intent).toBe('find-contact');
    expect(u.topics[0]?.id).toBe('eaa');
    expect(u.district).toBe(district);
  });
});
