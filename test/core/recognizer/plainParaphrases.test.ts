import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { loadIntents } from '../../../src/core/recognizer/intentData.js';
import { createParaphraseRewriter } from '../../../src/core/recognizer/plainParaphrases.js';
import { analyzerFor } from '../../../src/core/recognizer/recognizerTerms.js';
import { foldGerman } from '../../../src/core/text/fold.js';
import { repoRoot } from './fixture.js';

// round 4 of issue 13: questions in Einfache Sprache (own example sentences, none from an eval set)
const intents = loadIntents(repoRoot);
const analyzer = analyzerFor(intents);
const rewrite = createParaphraseRewriter({ paraphrases: intents.plainParaphrases, ...intents.plainClasses });
const wordsOf = (text: string): string[] => rewrite(text, analyzer.tokens(text)).map((t) => t.folded);

// a paraphrase in one sentence becomes the knowledge's word
const PARAPHRASES: [text: string, meant: string][] = [
  ['Unser Lagerist sieht kaum noch etwas.', 'sehbehindert'],
  ['Die Köchin kann seit dem Unfall nicht mehr richtig sehen.', 'sehbehindert'],
  ['Mein Azubi hört sehr wenig.', 'schwerhörig'],
  ['Der Fahrer hört nicht mehr gut.', 'schwerhörig'],
  ['Er kann nicht lange stehen.', 'behindert'],
  ['Sie kann die Arme kaum bewegen.', 'behindert'],
  ['Der junge Mann lernt sehr langsam.', 'Lernbehinderung'],
  ['Seit dem Schlaganfall spricht sie undeutlich.', 'behindert'],
  ['Wir brauchen jemanden, der Zeichensprache kann.', 'Gebärdensprache'],
  ['Bei uns hat niemand einen Ausweis.', 'Pflichtarbeitsplätze'],
  ['In meiner Werkstatt arbeiten keine Menschen mit Behinderung.', 'Pflichtarbeitsplätze'],
  ['Die Verkäuferin hat einen Ausweis.', 'schwerbehindert'],
  ['Er hat den Ausweis gestern bekommen.', 'Schwerbehindertenausweis'],
  ['Sie hat 40 Prozent.', 'GdB'],
  ['Er ist nur leicht behindert.', 'schwerbehindert'],
  ['Kann sie wie eine Schwerbehinderte zählen?', 'gleichgestellt'],
  ['Er möchte Stück für Stück wieder anfangen.', 'Wiedereingliederung'],
  ['Am Anfang nur drei Stunden am Tag.', 'stundenweise'],
  ['Sie lag sechs Wochen im Krankenhaus.', 'krank'],
  ['Bekommt er jetzt mehr Tage frei?', 'Zusatzurlaub'],
  ['Sie ist langsamer als früher.', 'Minderleistungsausgleich'],
  ['Nächste Woche kommt er zurück.', 'Rückkehr'],
  ['Er schafft nur noch halb so viel.', 'Minderleistungsausgleich'],
  ['Die neue Kraft arbeitet sehr langsam.', 'Minderleistung'],
  ['Die Kollegen übernehmen viel von seiner Arbeit.', 'Belastungen'],
  ['Sie braucht jemanden, der ihr beim Tragen hilft.', 'Arbeitsassistenz'],
  ['Er braucht eine spezielle Tastatur.', 'Hilfsmittel'],
  ['Kann ich die Frau nehmen?', 'einstellen'],
  ['Ein Mann aus der Werkstatt möchte bei uns anfangen.', 'einstellen'],
  ['Kann jemand zu uns kommen und das prüfen?', 'vorbeikommen'],
  ['Gibt es Schulungen im Internet?', 'Webinar'],
  ['Darf ich den Bewerber fragen, ob er krank ist?', 'Fragerecht'],
  ['Brauchen wir jemanden für die Schwerbehinderten?', 'Vertrauensperson'],
  ['Wir wollen eine Firma aufmachen.', 'gründen'],
  ['Ich will die Frau nicht länger beschäftigen.', 'kündigen'],
  ['Kann mir das Amt Bewerber schicken?', 'Vermittlung'],
  ['Ich suche Leute für mein Lager.', 'Personal'],
  ['Kann ich das auch online nachlesen?', 'Informationsportal'],
  // round 5: verbs in every form, split separable verbs, slips of long cue words, cues across sentences
  ['Wer arbeitet ihn ein, wenn er bei uns anfängt?', 'Jobcoach'],
  ['Der Chef schmeißt ihn raus.', 'kündigen'],
  ['Wir müssen ihn leider entlasen.', 'kündigen'],
  ['Sie hat einen Schwerbehindertenausweiß.', 'schwerbehindert'],
  ['They gave notice to the driver.', 'kündigen'],
  ['Er arbeitet in einer Werkstatt. Gibt es dauerhaft Geld, wenn er zu uns kommt?', 'Werkstattwechsel'],
  ['Ein Junge aus der WfbM sucht eine Lehrstelle.', 'Budget'],
];

// everyday phrases without the subject of a paraphrase stay as they are
const NOT_PARAPHRASES: [text: string, notMeant: string][] = [
  ['Ich sehe keinen Grund, das zu bezahlen.', 'sehbehindert'],
  ['Wir hören oft, dass die Lage schlecht ist.', 'schwerhörig'],
  ['Geht das nicht mehr?', 'behindert'],
  ['Wie viele Menschen mit Behinderung arbeiten in NRW?', 'Inklusionsbetrieb'],
  ['Kann mir jemand helfen?', 'Arbeitsassistenz'],
  ['Mein Mitarbeiter will Urlaub nehmen.', 'einstellen'],
  ['Wir sind ein Krankenhaus in Essen.', 'krank'],
  ['Er hat keine Behinderung.', 'Pflichtarbeitsplätze'],
  ['Bei uns arbeiten 40 Leute.', 'einstellen'],
  ['Er war drei Tage krank.', 'stundenweise'],
  ['Wir haben mehr Arbeit, wenn ich frei habe.', 'Zusatzurlaub'],
  ['Er arbeitet nur noch drei Tage die Woche.', 'Minderleistungsausgleich'],
  ['Ich suche Infos im Internet.', 'Personal'],
  ['Der Bewerber spricht schlecht Deutsch.', 'behindert'],
  ['Er ist nicht mehr krank.', 'kündigen'],
  // the cues of one paraphrase stand in one sentence
  ['Er sieht gut aus. Die Zahlen sind schlecht.', 'sehbehindert'],
  // a separable particle inside its clause is an article ("arbeitet ein neues Team"), an ending no slip ("ausweisen")
  ['Er arbeitet ein neues Team ein paar Tage lang.', 'Jobcoach'],
  ['Wir wollen einen Parkplatz ausweisen lassen.', 'Schwerbehindertenausweis'],
  ['Die Kollegen entlasten ihn.', 'kündigen'],
];

describe('plain-language paraphrases', () => {
  it.each(PARAPHRASES)('"%s" says %s', (text, meant) => {
    expect(wordsOf(text)).toContain(foldGerman(meant));
  });

  it.each(NOT_PARAPHRASES)('"%s" does not say %s', (text, notMeant) => {
    expect(wordsOf(text)).not.toContain(foldGerman(notMeant));
  });

  it('reads a message-scope paraphrase with a gap only within the gap, and its exceptions in the whole message', () => {
    const frame = createParaphraseRewriter({ paraphrases: [{ means: ['Minderleistungsausgleich'], scope: 'message', gap: 2, cues: [['langsamer'], ['als die Kollegen']], unless: ['Werkstatt'] }] });
    const said = (text: string): string[] => frame(text, analyzer.tokens(text)).map((t) => t.folded);
    expect(said('Er ist langsamer als die Kollegen.')).toContain('minderleistungsausgleich');
    expect(said('Er ist langsamer geworden, aber immer noch besser als die Kollegen.')).not.toContain('minderleistungsausgleich');
    expect(said('Er kommt aus der Werkstatt. Er ist langsamer als die Kollegen.')).not.toContain('minderleistungsausgleich');
  });

  it('keeps the place of the words it replaces and every other word', () => {
    const tokens = rewrite('Er sieht fast nichts. Wer hilft?', analyzer.tokens('Er sieht fast nichts. Wer hilft?'));
    expect(tokens.map((t) => [t.folded, t.index])).toEqual([['er', 0], ['sehbehindert', 1], ['wer', 4], ['hilft', 5]]);
  });
});

const { understand } = loadUnderstand(repoRoot);
const first = (question: string): string | undefined => understand(question).topics[0]?.id;

// short sentences in Einfache Sprache: the situation names the concept in everyday words, the question is generic
const SIMPLE_QUESTIONS: [question: string, topic: string][] = [
  ['Mein Lagerist sieht kaum noch etwas. Er braucht einen großen Monitor. Wer bezahlt das?', 'arbeitsplatzausstattung'],
  ['Meine Köchin hört nicht mehr gut. Sie braucht ein Handy, das vibriert. Gibt es dafür Geld?', 'arbeitsplatzausstattung'],
  ['Bei uns arbeiten 30 Leute. Niemand hat einen Ausweis. Muss ich etwas bezahlen?', 'ausgleichsabgabe'],
  ['Mein Verkäufer hat einen Ausweis. Ich will ihm kündigen. Darf ich das?', 'kuendigungsschutz'],
  ['Meine Kollegin hat einen Ausweis. Bekommt sie mehr freie Tage?', 'zusatzurlaub'],
  ['Mein Fahrer lag zwei Monate im Krankenhaus. Jetzt kommt er zurück. Was muss ich machen?', 'bem'],
  ['Mein Maler war lange krank. Er will Stück für Stück wieder anfangen. Geht das?', 'stufenweise-wiedereingliederung'],
  ['Meine Mitarbeiterin ist behindert. Sie schafft nur noch halb so viel. Gibt es einen Ausgleich?', 'beschaeftigungssicherungszuschuss'],
  ['Mein Mitarbeiter ist blind. Er braucht eine Person, die ihm die Post vorliest. Wer bezahlt die?', 'arbeitsassistenz'],
  ['Mein Azubi lernt sehr langsam. Er schafft die Prüfung nicht. Was kann ich tun?', 'fachpraktikerausbildung'],
  ['Meine Mitarbeiterin hat 30 Prozent. Sie ist nicht schwer behindert. Kann sie trotzdem Schutz bekommen?', 'gleichstellung'],
  ['Kann jemand zu uns kommen und den Arbeitsplatz anschauen?', 'technischer-beratungsdienst'],
  ['Meine Mitarbeiterin hat einen Ausweis. Ich will sie nicht mehr beschäftigen. Geht das?', 'kuendigungsschutz'],
  ['Gibt es Schulungen im Internet für Chefs?', 'online-veranstaltungsreihe'],
];

// a plain request for help whose other words are generic gets the one-stop advice point first
const GENERIC_HELP: string[] = [
  'Ich habe einen Laden. Wer hilft mir beim Thema Behinderung?',
  'Wo bekomme ich Hilfe? Es geht um Arbeit und Behinderung.',
  'Mein neuer Mitarbeiter hat eine Behinderung. Wer kann mich beraten?',
];

describe('questions in Einfache Sprache', () => {
  it.each(SIMPLE_QUESTIONS)('"%s" is about %s', (question, topic) => {
    expect(first(question)).toBe(topic);
  });

  it.each(GENERIC_HELP)('"%s" offers the EAA first', (question) => {
    expect(first(question)).toBe('eaa');
  });

  it('keeps a specific word ahead of the advice point', () => {
    expect(first('Wer hilft mir beim Antrag auf Arbeitsassistenz für meine blinde Mitarbeiterin?')).toBe('arbeitsassistenz');
  });
});
