import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { repoRoot } from './fixture.js';

const { understand } = loadUnderstand(repoRoot);
const topIds = (question: string, n: number): string[] => understand(question).topics.slice(0, n).map((t) => t.id);

// a named health condition is evidence of an illness at work, even when no topic uses the word
const HEALTH_CONDITIONS: [question: string, acceptable: string[]][] = [
  ['Unsere Kassiererin hat Rückenschmerzen und fehlt ständig. Was sollten wir tun?', ['bem', 'stufenweise-wiedereingliederung']],
  ['Ein Monteur ist nach einem Herzinfarkt zurück. Wie können wir ihn behalten?', ['bem', 'stufenweise-wiedereingliederung', 'beschaeftigungssicherungszuschuss']],
  ['Mitarbeiter mit Burnout – wie kann ich ihn im Unternehmen halten?', ['bem', 'stufenweise-wiedereingliederung', 'integrationsfachdienst']],
  ['Our warehouse worker has diabetes and misses many days. What can we do?', ['bem', 'stufenweise-wiedereingliederung', 'integrationsfachdienst']],
];

// a calculation verb next to the levy asks for the calculator, never for a topic the verb resembles ("anrechnen")
const CALCULATION_REQUESTS = [
  'Ausgleichsabgabe bitte ausrechnen',
  'Wie kann ich unsere Ausgleichsabgabe berechnen?',
  'Rechne mir die Ausgleichsabgabe aus',
  'calculate the compensatory levy for us',
];

// the duty named together with both figures asks for the figures of the duty
const DUTY_WITH_FIGURES = [
  'Wir haben 30 Beschäftigte, davon keiner schwerbehindert. Welche Pflicht haben wir?',
  'Praxis mit 24 Angestellten, einer davon schwerbehindert: Welche Pflichten gelten für uns?',
];

// a compound written as two words names its topic ("zur Probe beschäftigen")
const SEPARATED_COMPOUNDS: [question: string, topic: string][] = [
  ['Darf ich eine Bewerberin mit Behinderung zunächst zur Probe beschäftigen?', 'probebeschaeftigung'],
  ['Wir möchten einen Rollstuhlfahrer erst auf Probe beschäftigen, geht das?', 'probebeschaeftigung'],
];

// the question clause that names a topic outweighs a strong keyword in the statement before it
const QUESTION_CLAUSE: [question: string, topic: string][] = [
  ['Eine Verkäuferin hat seit letztem Jahr einen GdB von 60 anerkannt bekommen. Können wir ihr trotzdem kündigen?', 'kuendigungsschutz'],
  ['Der Lagerist hat einen GdB von 50. Dürfen wir ihm betriebsbedingt kündigen?', 'kuendigungsschutz'],
  ['Unser Fahrer ist seit dem Unfall gleichgestellt. Dürfen wir ihm jetzt noch kündigen?', 'kuendigungsschutz'],
];

// the zu-infinitive of a separable verb is the verb: "anzupassen" is "anpassen"
const ZU_INFINITIVES: [question: string, topic: string][] = [
  ['Ist es möglich, einen gehörlosen Bewerber erst einmal zur Probe einzustellen?', 'probebeschaeftigung'],
  ['Wir planen, eine Rollstuhlfahrerin im Lager einzustellen und müssen dafür den Arbeitsplatz umbauen. Wer hilft?', 'arbeitsplatzausstattung'],
];

describe('recognizer mechanisms', () => {
  it.each(ZU_INFINITIVES)('"%s" → %s among the first two', (question, topic) => {
    expect(topIds(question, 2)).toContain(topic);
  });

  it.each(HEALTH_CONDITIONS)('"%s" is about illness at work', (question, acceptable) => {
    const u = understand(question);
    expect(u.decision).not.toBe('dont-know');
    expect(acceptable).toContain(u.topics[0]?.id);
  });

  it.each(CALCULATION_REQUESTS)('"%s" starts the levy calculator', (question) => {
    expect(understand(question).intent).toBe('levy-calculator');
  });

  it.each(DUTY_WITH_FIGURES)('"%s" is calculated', (question) => {
    expect(understand(question).intent).toBe('levy-calculator');
  });

  it.each(SEPARATED_COMPOUNDS)('"%s" → %s', (question, topic) => {
    expect(topIds(question, 1)).toEqual([topic]);
  });

  it.each(QUESTION_CLAUSE)('"%s" → %s', (question, topic) => {
    expect(topIds(question, 1)).toEqual([topic]);
  });

  it('a word that merely begins like a condition stays ordinary', () => {
    expect(topIds('Wir suchen einen Schreibtisch für den Empfang.', 3)).not.toContain('bem');
  });
});
