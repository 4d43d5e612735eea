import { describe, expect, it } from 'vitest';
import { fixtureRecognizer } from './fixture.js';

const recognizer = fixtureRecognizer();
const recognize = (q: string, ignoreTokens?: string[]) => recognizer.recognize(q, ignoreTokens ? { ignoreTokens } : {});

describe('recognizer: the three outcomes', () => {
  it.each([
    ['Wie hoch ist die Ausgleichsabgabe?', 'ausgleichsabgabe'],
    ['Zusatzurlaub für schwerbehinderte Beschäftigte', 'zusatzurlaub'],
    ['Braucht die Kündigung einer schwerbehinderten Frau die Zustimmung des Inklusionsamts?', 'kuendigungsschutz'],
    ['Umbau Arbeitsplatz behinderungsgerecht', 'arbeitsplatzausstattung'],
    ['Schwerbehindertenabgabe', 'ausgleichsabgabe'],
    ['kündigungsschutz schwerbehindert', 'kuendigungsschutz'],
    ['Kündigungschutz', 'kuendigungsschutz'],
    ['How much is the compensatory levy?', 'ausgleichsabgabe'],
    ['Can I dismiss an employee with a severe disability?', 'kuendigungsschutz'],
  ])('answers "%s" with %s', (q, id) => {
    const r = recognize(q);
    expect(r).toMatchObject({ intent: 'knowledge', decision: 'answer' });
    expect(r.topics[0]?.id).toBe(id);
    expect(r.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('asks back when two topics fit equally well', () => {
    const r = recognize('Lohnkostenzuschuss');
    expect(r.decision).toBe('ask-back');
    expect(r.topics.map((t) => t.id).sort()).toEqual(['budget-fuer-arbeit', 'eingliederungszuschuss']);
    expect(r.confidence).toBeLessThan(0.6);
  });

  it.each([
    'Wie backe ich einen Apfelkuchen?',
    'Welche Farbe hat der Himmel?',
    'Quantenphysik Doktorarbeit Gliederung',
  ])('does not know "%s"', (q) => {
    const r = recognize(q);
    expect(r.decision).toBe('dont-know');
    expect(r.topics).toEqual([]);
    expect(r.confidence).toBeLessThan(0.3);
  });

  it('ranks the fitting topic first even when the question is vague', () => {
    const r = recognize('Wer zahlt eine Rampe für unseren Rollstuhlfahrer?');
    expect(r.decision).not.toBe('dont-know');
    expect(r.topics[0]?.id).toBe('arbeitsplatzausstattung');
  });

  it('ranks at most five topics, best first', () => {
    const r = recognize('schwerbehinderte Menschen beschäftigen Arbeitsplatz Inklusionsamt Zuschuss Lohn');
    expect(r.topics.length).toBeLessThanOrEqual(5);
    const scores = r.topics.map((t) => t.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('recognizer: known out-of-scope subjects', () => {
  it.each([
    ['Wie beantrage ich Elterngeld für meinen Mitarbeiter?', 'elterngeld-elternzeit'],
    ['Urlaub', 'urlaub-allgemein'],
    ['Resturlaub eines Minijobbers', 'urlaub-allgemein'], ['Wie melde ich eine Aushilfe bei der Minijob-Zentrale an?', 'minijob'],
    ['Gibt es in Bayern ein Förderprogramm?', 'andere-bundeslaender'],
    ['Wie wird das Wetter?', 'alltag-smalltalk'],
    ['Can you recommend a nice restaurant in Cologne for our team dinner?', 'alltag-smalltalk'],
    ['Kennen Sie ein gutes Hotel in Köln für unsere Weihnachtsfeier?', 'alltag-smalltalk'],
    ['Umsatzsteuer Voranmeldung', 'steuern'],
  ])('rejects "%s" as %s', (q, subject) => {
    expect(recognize(q)).toMatchObject({ intent: 'out-of-scope', decision: 'dont-know', topics: [], outOfScopeSubject: subject });
  });

  it('keeps a restaurant or hotel that employs in scope: the business is no subject of its own', () => {
    expect(recognize('Wir betreiben ein Restaurant und wollen einen schwerbehinderten Koch einstellen. Welche Förderung gibt es?').intent).not.toBe('out-of-scope');
    expect(recognize('We run a hotel and want to hire a deaf receptionist. What support is there?').intent).toBe('knowledge');
  });

  it('keeps Zusatzurlaub in scope although Urlaub alone is not', () => {
    expect(recognize('Wie viel Urlaub bekommen schwerbehinderte Beschäftigte zusätzlich?').topics[0]?.id).toBe('zusatzurlaub');
    expect(recognize('Zusatzurlaub').intent).toBe('knowledge');
  });
});
