import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { repoRoot } from './fixture.js';

// round 8 (r8-pairs): what tells the topics of a near-equal pair apart (own sentences, none from an eval set)
const { understand } = loadUnderstand(repoRoot);
const ids = (question: string): string[] => understand(question).topics.map((t) => t.id);

describe('a levy calculation lists both levy topics, in the order the question asks', () => {
  it.each([
    // a cost word: what the employer pays
    ['Wir beschäftigen 48 Leute, eine davon schwerbehindert. Was kommt an Kosten auf uns zu?', 'ausgleichsabgabe', 'beschaeftigungspflicht'],
    ['Unsere Spedition hat 66 Stellen und zwei schwerbehinderte Fahrer. Was müssen wir bezahlen?', 'ausgleichsabgabe', 'beschaeftigungspflicht'],
    // a duty word and no cost word: the duty
    ['Unsere Kanzlei hat 27 Angestellte, davon niemand schwerbehindert. Welche Pflichten treffen uns?', 'beschaeftigungspflicht', 'ausgleichsabgabe'],
    ['We are 52 people and nobody has a severe disability. What are our obligations?', 'beschaeftigungspflicht', 'ausgleichsabgabe'],
  ])('%s', (question, first, second) => {
    const u = understand(question);
    expect(u.intent).toBe('levy-calculator');
    expect(ids(question).slice(0, 2)).toEqual([first, second]);
  });
});

describe('support in general when hiring: the wage subsidy and the workplace equipment are the candidates', () => {
  it.each([
    'Wir möchten einen Gärtner mit Behinderung einstellen. Welche Förderungen gibt es da?',
    'Ich will eine blinde Telefonistin anstellen. Gibt es Unterstützung für uns?',
    'We would like to hire a deaf carpenter. What support is there for us?',
  ])('%s', (question) => {
    expect(ids(question).slice(0, 3)).toEqual(expect.arrayContaining(['eingliederungszuschuss', 'arbeitsplatzausstattung']));
  });

  it('asks for the finder when the question asks for all options, the one-stop point first (the candidates name no programme)', () => {
    const u = understand('Welche Hilfen gibt es für unseren Betrieb, wenn wir eine Frau mit Behinderung einstellen?');
    expect(u.intent).toBe('programme-finder');
    expect(u.topics[0]?.id).toBe('eaa');
    expect(u.topics.slice(0, 3).map((t) => t.id)).toContain('eingliederungszuschuss');
  });

  it.each([
    // a named aim keeps its own topic
    ['Welche Förderung gibt es, wenn wir einen Azubi mit Behinderung einstellen?', 'arbeitsplatzausstattung'],
    ['Welche Unterstützung gibt es, wenn wir jemanden aus der Werkstatt einstellen?', 'arbeitsplatzausstattung'],
  ])('not when an aim is named: %s', (question, absent) => {
    expect(ids(question).slice(0, 1)).not.toContain(absent);
  });
});

describe('job coach at the start of a job or support in a conflict: Unterstützte Beschäftigung or Integrationsfachdienst', () => {
  it.each([
    // learning the job at the start: the in-company qualification
    ['Eine Kassiererin mit Down-Syndrom soll von einem Jobcoach angelernt werden. Wer organisiert das?', 'unterstuetzte-beschaeftigung'],
    ['Kann jemand unseren neuen Lagerhelfer mit Behinderung am Anfang begleiten, bis er die Arbeit kann?', 'unterstuetzte-beschaeftigung'],
    // a conflict in a job that runs: the IFD
    ['Ein schwerbehinderter Kollege hat ständig Streit mit seinem Team. Gibt es jemanden, der uns begleitet?', 'integrationsfachdienst'],
    ['Our employee with epilepsy keeps having conflicts with colleagues. Is there someone who can support us?', 'integrationsfachdienst'],
  ])('%s → %s', (question, topic) => {
    expect(ids(question)[0]).toBe(topic);
  });

  it('a dismissal beside a conflict stays the dismissal', () => {
    expect(ids('Ständig Streit mit unserem schwerbehinderten Fahrer. Dürfen wir ihm kündigen?')[0]).toBe('kuendigungsschutz');
  });
});

describe('colleagues who help, with compensation asked for: the Beschäftigungssicherungszuschuss, not the advice of the IFD', () => {
  it.each([
    'Unser schwerbehinderter Lagerist schafft vieles nicht allein, zwei Kollegen helfen ihm täglich eine Stunde. Bekommen wir dafür Geld?',
    'Our team spends hours every week helping a colleague with MS. Is there any compensation for the company?',
  ])('%s', (question) => {
    expect(ids(question)[0]).toBe('beschaeftigungssicherungszuschuss');
  });

  it('without compensation asked for, help among colleagues is no grant', () => {
    expect(ids('Die Kollegen helfen unserer blinden Mitarbeiterin gern. Wer berät uns zur Ausstattung ihres Arbeitsplatzes?')[0]).not.toBe('beschaeftigungssicherungszuschuss');
  });
});

describe('a work aid: the payer asked for tells the Reha-Träger from the Inklusionsamt', () => {
  it.each([
    ['Unser schwerhöriger Mechaniker braucht ein besseres Telefon. Übernimmt das die Agentur für Arbeit?', 'arbeitshilfen-ba'],
    ['Does the pension insurance pay for a special keyboard for our new programmer with a disability?', 'arbeitshilfen-ba'],
    // an aid of work-aids.json is an aid for the frames too (class workAid)
    ['Unser gehörloser Mechaniker braucht eine Lichtklingel. Übernimmt das die Agentur für Arbeit?', 'arbeitshilfen-ba'],
  ])('%s → %s', (question, topic) => {
    expect(ids(question)[0]).toBe(topic);
  });

  it('with the Inklusionsamt asked, the equipment of the workplace stays first', () => {
    expect(ids('Zahlt das Inklusionsamt eine Braillezeile für unsere blinde Sachbearbeiterin?')[0]).toBe('arbeitsplatzausstattung');
  });
});

describe('a person from the Werkstatt: who pays is the Budget für Arbeit, whether the change works is the Übergang', () => {
  it('who pays', () => {
    expect(ids('Eine Frau aus der Behindertenwerkstatt könnte bei uns in der Küche anfangen. Wer bezahlt sie dann?')[0]).toBe('budget-fuer-arbeit');
  });
});

describe('a body to involve in a procedure: the procedure is the subject, the body acts in it', () => {
  it.each([
    ['Müssen wir die SBV vor der Kündigung eines schwerbehinderten Lageristen anhören?', 'kuendigungsschutz'],
    ['Do we have to involve the disability representative when a disabled person applies for a job?', 'pruefpflicht-bewerbung'],
    // without a procedure the body is the subject
    ['Wann müssen wir die Schwerbehindertenvertretung informieren?', 'schwerbehindertenvertretung'],
  ])('%s → %s', (question, topic) => {
    expect(ids(question)[0]).toBe(topic);
  });

  it('the works council before any dismissal stays general labour law', () => {
    expect(understand('Muss der Betriebsrat bei jeder Kündigung angehört werden?').intent).toBe('out-of-scope');
  });
});
