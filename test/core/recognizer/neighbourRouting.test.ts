import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { toAskRecord } from '../../../src/core/understand.js';
import { repoRoot } from './fixture.js';

const { understand } = loadUnderstand(repoRoot);

const expectReferral = (question: string, referral: string): void => {
  expect(understand(question)).toMatchObject({ intent: 'out-of-scope', referral });
};
const expectTopic = (question: string, topic: string): void => {
  const record = toAskRecord(question, understand(question));
  expect(record.intent).not.toBe('out-of-scope');
  expect(record.ids.slice(0, 3)).toContain(topic);
};

describe('a subject whose remit neighbour leads, asked without a word of the remit', () => {
  it.each([
    ['Wie viele Urlaubstage bekommt eine Teilzeitkraft mit drei Tagen in der Woche?', 'urlaub'],
    ['Wie viel Urlaub muss ich einer Aushilfe geben, die zwei Tage pro Woche kommt?', 'urlaub'],
    ['Wie lange ist die Kündigungsfrist für eine Bürokraft nach drei Jahren?', 'kuendigung'],
  ])('"%s" → referral %s', expectReferral);

  it.each([
    ['Wie viele Urlaubstage mehr bekommt eine schwerbehinderte Teilzeitkraft?', 'zusatzurlaub'],
    ['Wie viel Zusatzurlaub gibt es bei drei Arbeitstagen in der Woche?', 'zusatzurlaub'],
    ['Wie lange dauert das Verfahren beim Amt bei einer Kündigung?', 'kuendigungsschutz'],
  ])('"%s" stays with %s', expectTopic);
});

describe('a question asked for a place outside NRW', () => {
  it.each([
    'Unsere Zentrale sitzt in Hannover. Welche Prämie zahlt das Amt dort für einen schwerbehinderten Azubi?',
    'Gibt es in Rheinland-Pfalz auch so etwas wie die Einheitliche Ansprechstelle?',
    'Welche Stelle berät Arbeitgeber in Leipzig zur Inklusion?',
  ])('"%s" is out of scope (other state)', (question) => {
    expect(understand(question)).toMatchObject({ intent: 'out-of-scope', outOfScopeSubject: 'andere-bundeslaender' });
  });

  it.each([
    ['What does the Hamburg model mean for an employee coming back after cancer?', 'stufenweise-wiedereingliederung'],
    ['Unser Lager ist in Köln, die Zentrale in Hannover. Welche Prämie gibt es für einen schwerbehinderten Azubi?', 'praemien-lvr-lwl'],
    ['Gilt der besondere Kündigungsschutz auch für unseren schwerbehinderten Monteur in der Filiale in Leipzig?', 'kuendigungsschutz'],
    // the levy and the quota are the whole employer's (paid to the office of the seat), also when an office is asked for
    ['An welches Inklusionsamt zahlen wir die Ausgleichsabgabe, auch für unsere Leute in Kassel?', 'ausgleichsabgabe'],
    ['Zählen die Mitarbeiter in unserer Niederlassung in Leipzig bei der Ausgleichsabgabe an das LWL-Inklusionsamt mit?', 'ausgleichsabgabe'],
  ])('"%s" stays with %s', expectTopic);

  it('a contact search for such a place stays one (the contact dialog answers that the place is not in NRW)', () => {
    expect(understand('Gib mir bitte die Telefonnummer der EAA in Leipzig.').intent).toBe('find-contact');
  });
});

describe('an illness beside the wage (plain-language paraphrase → Lohnfortzahlung)', () => {
  it.each([
    ['Unser Lagerist hat Grippe. Bekommt er für die Tage seinen Lohn?', 'krankenkasse'],
    ['Die Köchin ist seit vier Wochen krankgeschrieben – bis wann zahlen wir ihr Gehalt?', 'krankenkasse'],
  ])('"%s" → referral %s', expectReferral);

  it.each([
    ['Ein Mitarbeiter ist nach langer Krankheit in der stufenweisen Wiedereingliederung. Wer zahlt in der Zeit sein Gehalt?', 'stufenweise-wiedereingliederung'],
    ['Unsere schwerbehinderte Kollegin ist oft krank und schafft weniger. Gibt es einen Zuschuss zu ihrem Lohn?', 'beschaeftigungssicherungszuschuss'],
  ])('"%s" stays with %s', expectTopic);
});

describe('subject words and expressions of round 7', () => {
  it.each([
    ['Eine Kassiererin ist auf dem Heimweg mit dem Fahrrad gestürzt. Wer kommt dafür auf?', 'berufsgenossenschaft'],
    ['Kann ich die neue Rampe am Kundeneingang als Betriebsausgabe abschreiben?', 'finanzamt'],
    ['Gibt es Zuschüsse für die Digitalisierung unserer Buchhaltung?', 'gewerbeamt'],
  ])('"%s" → referral %s', expectReferral);

  it.each([
    'Wann kann man mit einem Schwerbehindertenausweis ohne Abzüge in Rente gehen?',
    'Unser Lieferwagen ist kaputt. Kennst du eine günstige Werkstatt in Dortmund?',
    'Was gehört in eine gute Stellenanzeige für eine Bürokraft?',
  ])('"%s" is out of scope', (question) => {
    expect(understand(question).intent).toBe('out-of-scope');
  });

  it.each([
    ['Wir wollen Aufträge an eine Werkstatt für behinderte Menschen vergeben. Wird das auf die Ausgleichsabgabe angerechnet?', 'werkstattauftraege-anrechnung'],
    ['Muss ich einen schwerbehinderten Bewerber zum Vorstellungsgespräch einladen?', 'pruefpflicht-bewerbung'],
  ])('"%s" stays with %s', expectTopic);
});

describe('what the employer must pay at least (plain-language paraphrase → Mindestlohn)', () => {
  it.each([
    'Wie viel Stundenlohn muss eine Schülerin im Nebenjob mindestens bekommen?',
    'Wie viel Vergütung bekommt eine Auszubildende im ersten Jahr mindestens?',
  ])('"%s" is general labour law', (question) => {
    expect(understand(question)).toMatchObject({ intent: 'out-of-scope', referral: 'arbeitsrecht' });
  });

  it('the share of the wage a grant pays at least stays the grant\'s', () => {
    expectTopic('Wie viel Prozent vom Lohn zahlt die Arbeitsagentur mindestens beim Eingliederungszuschuss?', 'eingliederungszuschuss');
  });
});
