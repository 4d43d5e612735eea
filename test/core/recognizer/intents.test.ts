import { describe, expect, it } from 'vitest';
import { fixtureRecognizer } from './fixture.js';

const recognizer = fixtureRecognizer();

describe('recognizer: intents', () => {
  it.each([
    ['Hallo', 'greeting'],
    ['Guten Tag!', 'greeting'],
    ['hi', 'greeting'],
    ['Moin moin', 'greeting'],
    ['Hilfe', 'help'],
    ['Was kannst du?', 'help'],
    ['help', 'help'],
    ['Datenschutz', 'privacy'],
    ['Was speichern Sie über mich?', 'privacy'],
    ['Quellen', 'sources'],
    ['Woher stammen die Infos?', 'sources'],
    ['Wer ist mein Ansprechpartner?', 'find-contact'],
    ['Kontakt', 'find-contact'],
    ['Ansprechstelle finden', 'find-contact'],
    ['EAA in Gütersloh', 'find-contact'],
    ['Wir sitzen in Bielefeld, an wen wenden wir uns?', 'find-contact'],
    ['33602', 'find-contact'],
    ['Ausgleichsabgabe berechnen', 'levy-calculator'],
    ['Kannst du die Abgabe ausrechnen? 45 Arbeitsplätze, 1 schwerbehinderter Beschäftigter', 'levy-calculator'],
    ['Wie viel müssen wir zahlen bei 90 Arbeitsplätzen und 2 schwerbehinderten Mitarbeitern?', 'levy-calculator'],
    ['Welche Förderung passt zu uns?', 'programme-finder'],
    ['Was gibt es alles an Unterstützung?', 'programme-finder'],
    ['Kannst du mich durchfragen?', 'programme-finder'],
    ['Wir wollen jemanden mit Behinderung einstellen. Welche Hilfe passt für unseren Betrieb?', 'programme-finder'],
    ['We are hiring a man with epilepsy. What kind of support could we get?', 'programme-finder'],
    ['Hallo, wie hoch ist die Ausgleichsabgabe?', 'knowledge'],
    ['Zahlen wir Ausgleichsabgabe bei 25 Mitarbeitern?', 'knowledge'],
    ['Hilfe bei der Kündigung eines schwerbehinderten Mitarbeiters', 'knowledge'],
    ['Welche Förderungen gibt es beim Budget für Arbeit?', 'knowledge'],
    ['Was macht die EAA für Arbeitgeber?', 'knowledge'],
  ])('"%s" → %s', (q, intent) => {
    expect(recognizer.recognize(q).intent).toBe(intent);
  });

  it.each([
    ['einfacher bitte', 'de-x-simple'],
    ['Einfache Sprache', 'de-x-simple'],
    ['Leichte Sprache bitte', 'de-x-simple'],
    ['English please', 'en'],
    ['can we continue in English?', 'en'],
    ['auf Deutsch', 'de'],
    // the verb of the request belongs to it: "schreib" is no topic evidence ("Schreibtisch")
    ['Schreib mir das bitte in Leichter Sprache', 'de-x-simple'],
    ['Kannst du in einfacher Sprache schreiben?', 'de-x-simple'],
    ['Kannst du das in einfacher Sprache sagen?', 'de-x-simple'],
    ['I do not speak German well. Can you reply in English?', 'en'],
    ['Could you write in German again?', 'de'],
  ])('"%s" asks for answers in %s', (q, language) => {
    expect(recognizer.recognize(q)).toMatchObject({ intent: 'language', language });
  });

  it('does not take a lone cue word inside a sentence for a request', () => {
    expect(recognizer.recognize('Wer wird deutscher Meister im Handball dieses Jahr?').intent).not.toBe('language');
    expect(recognizer.recognize('Bekommen schwerbehinderte Beschäftigte 5 Tage Zusatzurlaub?').intent).toBe('knowledge');
  });

  it('ranks eaa first for contact questions and ausgleichsabgabe for levy questions', () => {
    expect(recognizer.recognize('Wer ist unsere Ansprechstelle in Münster?').topics[0]?.id).toBe('eaa');
    expect(recognizer.recognize('Ausgleichsabgabe ausrechnen für 60 Arbeitsplätze und 1 Schwerbehinderten').topics[0]?.id).toBe('ausgleichsabgabe');
  });

  it('guesses the language a question is written in', () => {
    expect(recognizer.recognize('Who pays for a workplace adaptation?').questionLanguage).toBe('en');
    expect(recognizer.recognize('Wer bezahlt den Umbau?').questionLanguage).toBe('de');
  });
});

describe('recognizer: places', () => {
  it('does not let a place the caller recognised lower the topic score', () => {
    const plain = recognizer.recognize('Zusatzurlaub Regelung');
    const withPlace = recognizer.recognize('Zusatzurlaub Regelung Recklinghausen', { ignoreTokens: ['Recklinghausen'] });
    expect(withPlace.topics[0]).toEqual(plain.topics[0]);
    expect(withPlace.placeMentioned).toBe(true);
  });

  it('takes a message that only names a place the caller recognised as a contact search', () => {
    expect(recognizer.recognize('Wuppertal', { ignoreTokens: ['Wuppertal'] })).toMatchObject({ intent: 'find-contact', placeMentioned: true });
  });

  it('counts an unknown word against the topics unless the caller says it is a place', () => {
    const unknownWord = recognizer.recognize('Kündigungsschutz Xanten').topics[0]!.score;
    const place = recognizer.recognize('Kündigungsschutz Xanten', { ignoreTokens: ['Xanten'] }).topics[0]!.score;
    expect(unknownWord).toBeLessThan(place);
  });

  it('takes a short message naming the EAA and an unknown word for a contact search', () => {
    expect(recognizer.recognize('EAA Xanten')).toMatchObject({ intent: 'find-contact', placeMentioned: true });
  });
});
