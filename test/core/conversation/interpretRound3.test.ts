import { beforeAll, describe, expect, it } from 'vitest';
import { topicNamesOf } from '../../../dialogs/conversation/context.js';
import { loadContent, type Content } from '../../../src/core/content.js';
import { interpret, isDigression, readCues, type ConversationContext, type Reading } from '../../../src/core/conversation/index.js';
import type { RankedTopic } from '../../../src/core/recognizer/types.js';

let content: Content;
beforeAll(() => {
  content = loadContent(process.cwd());
});

const cuesOf = (text: string) => readCues(text, content.conversation, topicNamesOf(content.knowledge));
const reading = (text: string, understanding: Partial<Reading['understanding']> = {}, extra: Partial<Reading> = {}): Reading => ({
  understanding: { intent: 'knowledge', decision: 'dont-know', topics: [], district: null, ...understanding },
  cues: cuesOf(text),
  ...extra,
});
const askBack = (...topics: [string, number][]): Partial<Reading['understanding']> => ({ decision: 'ask-back', topics: topics.map(([id, score]): RankedTopic => ({ id, score })) });

describe('a follow-up whose other clauses only tell more', () => {
  const cases: [string, string, string, string?][] = [
    ['Gilt das auch während der Probezeit? Sie ist erst seit drei Monaten bei uns.', 'kuendigungsschutz', 'conditions', 'probation'],
    ['Bekommt man das auch bei Teilzeit? Er arbeitet vier Tage in der Woche.', 'zusatzurlaub', 'conditions', 'parttime'],
    ['Und wo stelle ich den Antrag, unser Betrieb liegt in Soest?', 'arbeitsassistenz', 'apply'],
    ['Wer bezahlt das eigentlich, wir sind ein kleiner Handwerksbetrieb?', 'arbeitsplatzausstattung', 'provider'],
    ['How long would they pay that?', 'eingliederungszuschuss', 'duration'],
    ['How much do they give us for it?', 'budget-fuer-arbeit', 'amount'],
  ];
  it.each(cases)('%s (after %s) → facet %s', (text, topic, facet, condition) => {
    expect(interpret(reading(text), { topic })).toMatchObject({ kind: 'facet', topic, facet, ...(condition ? { condition } : {}) });
  });

  it('is a new question when the recognizer is sure the other clauses ask about another topic', () => {
    const r = reading('Wer zahlt das? Unser Mitarbeiter ist seit acht Wochen krank geschrieben.', { decision: 'answer', topics: [{ id: 'bem', score: 0.6 }] });
    expect(interpret(r, { topic: 'zusatzurlaub' }).kind).toBe('new-question');
  });
});

describe('a person described by a status ("gleichgestellt", "GdB 30") is no new topic', () => {
  const cases: [string, string][] = [
    ['Eine Kollegin ist nur gleichgestellt, bekommt sie das auch?', 'zusatzurlaub'],
    ['Und für Gleichgestellte, gilt das da auch?', 'kuendigungsschutz'],
    ['Unser Fahrer hat GdB 40 und ist gleichgestellt – hat er das auch?', 'zusatzurlaub'],
  ];
  it.each(cases)('%s (after %s) → the special case of that topic', (text, topic) => {
    const r = reading(text, { decision: 'answer', topics: [{ id: 'gleichstellung', score: 0.8 }] });
    expect(interpret(r, { topic })).toMatchObject({ kind: 'facet', topic, facet: 'conditions', condition: 'equalstatus' });
  });

  it('names the topic asked about beside the status', () => {
    expect(interpret(reading('Bekommt ein gleichgestellter Mitarbeiter auch Zusatzurlaub?'), {})).toMatchObject({ kind: 'facet', topic: 'zusatzurlaub', condition: 'equalstatus' });
  });

  it.each(['Was ist eine Gleichstellung?', 'Was sind Gleichgestellte?', 'Wie werde ich gleichgestellt?'])('%s asks no special case', (text) => {
    expect(cuesOf(text).condition).toBeUndefined();
  });
});

describe('an ask-back between topics one of which is only named in passing', () => {
  it('answers the clear winner once the background topic is set aside', () => {
    const r = reading('Unser Lagerist hat seit kurzem einen Schwerbehindertenausweis. Wie viele Urlaubstage bekommt er jetzt mehr?', askBack(['zusatzurlaub', 0.4], ['schwerbehindertenausweis-gdb', 0.33], ['gleichstellung', 0.15]));
    expect(interpret(r, {})).toEqual({ kind: 'topics', topics: ['zusatzurlaub'] });
  });

  it('answers the topic the asking sentence names or refers back to', () => {
    const named = reading('Wir haben einen neuen Azubi. Wie hoch ist der Ausbildungszuschuss?', askBack(['ausbildungsplaetze-100', 0.35], ['ausbildungszuschuss', 0.33]));
    expect(interpret(named, {})).toEqual({ kind: 'topics', topics: ['ausbildungszuschuss'] });
    const back = reading('Die Ärztin empfiehlt die stufenweise Wiedereingliederung. Was heißt das für uns?', askBack(['bem', 0.4], ['stufenweise-wiedereingliederung', 0.38]));
    expect(interpret(back, {})).toEqual({ kind: 'topics', topics: ['stufenweise-wiedereingliederung'] });
  });

  it('keeps asking back when the rest is still close', () => {
    const r = reading('Unser Lagerist hat seit kurzem einen Schwerbehindertenausweis. Was steht ihm jetzt zu?', askBack(['zusatzurlaub', 0.35], ['schwerbehindertenausweis-gdb', 0.33], ['kuendigungsschutz', 0.32]));
    expect(interpret(r, {}).kind).toBe('new-question');
  });
});

describe('places and contacts later in the conversation', () => {
  const afterContact: ConversationContext = { lastAnswer: 'contact', districtKey: '05315' };
  it.each(['und für unser Werk in Gütersloh?', 'Und was ist mit unserer Zweigstelle dort in Gütersloh?', 'Wir haben noch eine Betriebsstätte in Gütersloh.', 'Und für den zweiten Standort?'])('%s after a contact card → the contacts of the place named', (text) => {
    expect(interpret(reading(text, { district: '05754' }), afterContact)).toMatchObject({ kind: 'contact', districtKey: '05754' });
  });

  it('a place named after a topic card is no contact question by itself', () => {
    expect(interpret(reading('Und in Gütersloh?', { district: '05754' }), { topic: 'bem', lastAnswer: 'topic' }).kind).not.toBe('contact');
  });

  it.each(['Welche Behörde wäre denn für Bielefeld zuständig?', 'Welches Integrationsamt ist in dem Fall zuständig?', 'Wohin kann sich die Kollegin wenden?', 'Wo kann sie sich hinwenden?', 'Wer wäre da eigentlich zuständig?'])('%s asks for the responsible office', (text) => {
    expect(cuesOf(text).contact).toBe(true);
  });

  it('a contact question while the finder waits leaves it when the district is known', () => {
    expect(isDigression(reading('Wer ist eigentlich für uns zuständig?', {}, { knowsDistrict: true }), 'finder', false)).toBe(true);
    expect(isDigression(reading('Wer ist eigentlich für uns zuständig?'), 'finder', false)).toBe(false);
  });
});

describe('levy follow-ups in English', () => {
  const ctx: ConversationContext = { topic: 'ausgleichsabgabe', lastAnswer: 'levy', levy: { workplaces: 80, employed: 1, year: 2025 } };
  it.each(['What if we took on a second one?', 'and if we employed two of them all year?'])('%s recalculates', (text) => {
    const r = reading(text, {}, { levyChange: { workplaces: 80, employed: 2, year: 2025 } });
    expect(interpret(r, ctx)).toMatchObject({ kind: 'levy-recalculation' });
  });

  it.each(['And where do we pay it?', 'Where should we send the money?', 'Who must we pay it to?'])('%s asks who receives the levy', (text) => {
    expect(interpret(reading(text), ctx)).toMatchObject({ kind: 'facet', topic: 'ausgleichsabgabe', facet: 'provider' });
  });
});

describe('after an answer outside the remit', () => {
  const ctx: ConversationContext = { lastAnswer: 'out-of-scope', outOfScope: 'kuendigung-allgemein' };
  it.each(['Und wenn die Mitarbeiterin schwerbehindert ist?', 'Und bei einem Kollegen mit Behinderung, was gilt dann?', 'And if the employee is disabled?'])('%s → the rule for disabled employees', (text) => {
    expect(interpret(reading(text, {}, { counterpart: 'kuendigungsschutz' }), ctx)).toEqual({ kind: 'topics', topics: ['kuendigungsschutz'] });
  });

  it('a follow-up that speaks of no disability is read as before', () => {
    expect(interpret(reading('Und was kostet ein Anwalt?', {}, { counterpart: 'kuendigungsschutz' }), ctx).kind).not.toBe('topics');
  });
});

describe('the responsible office asked with no place known', () => {
  it.each(['Welches Integrationsamt ist eigentlich für uns zuständig?', 'Wer ist denn bei uns zuständig?'])('%s asks for the place', (text) => {
    expect(interpret(reading(text, askBack(['inklusionsamt-lvr', 0.5], ['inklusionsamt-lwl', 0.5])), { topic: 'gleichstellung' })).toMatchObject({ kind: 'contact' });
  });

  it('uses the remembered district when there is one', () => {
    expect(interpret(reading('Welches Integrationsamt ist eigentlich für uns zuständig?'), { districtKey: '05711' })).toMatchObject({ kind: 'contact', districtKey: '05711' });
  });
});

describe('an ask-back between instruments of one situation that asks a facet', () => {
  it.each([
    ['Unser neuer Lagerist sitzt im Rollstuhl. Wir müssten das Lager umbauen – wer zahlt so etwas?', 'workplace', 'provider'],
    ['Für eine sehbehinderte Kollegin müssten wir das Büro umbauen. Wo beantragen wir das?', 'workplace', 'apply'],
  ])('%s → the %s overview with the %s of each', (text, situation, facet) => {
    const r = reading(text, askBack(['arbeitsplatzausstattung', 0.55], ['arbeitshilfen-ba', 0.5]));
    expect(interpret(r, {})).toEqual({ kind: 'overview', situation, facet });
  });

  it('a choice outside the situation keeps the ask-back', () => {
    const r = reading('Wir müssten das Lager umbauen – wer zahlt so etwas?', askBack(['arbeitsplatzausstattung', 0.55], ['kuendigungsschutz', 0.5]));
    expect(interpret(r, {}).kind).toBe('new-question');
  });

  it.each(['Ein Bewerber ist gehörlos. Welche Hilfen gibt es für uns?', 'Wir suchen einen Elektriker, eine Bewerberin hat MS. Welche Unterstützung bekommen wir?'])('%s is a broad hiring question', (text) => {
    expect(interpret(reading(text, { intent: 'programme-finder' }), {})).toEqual({ kind: 'overview', situation: 'hiring' });
  });
});

describe('the size of the business said earlier answers a levy question later', () => {
  const levyTopic = { decision: 'answer' as const, topics: [{ id: 'ausgleichsabgabe', score: 0.6 }] };
  it.each(['Müssen wir eigentlich Ausgleichsabgabe zahlen?', 'Wie hoch wäre dann unsere Ausgleichsabgabe?', 'Do we have to pay the levy?'])('%s starts the calculator with the remembered workforce', (text) => {
    expect(interpret(reading(text, levyTopic), { workplaces: 45 })).toEqual({ kind: 'levy-start', workplaces: 45 });
  });

  it('a levy question with its own figures, or one about the payee, is read as before', () => {
    expect(interpret(reading('Müssen wir bei 60 Beschäftigten Ausgleichsabgabe zahlen?', levyTopic, { workplaces: 60 }), { workplaces: 45 }).kind).not.toBe('levy-start');
    expect(interpret(reading('An wen zahlen wir die Ausgleichsabgabe?', levyTopic), { workplaces: 45 }).kind).not.toBe('levy-start');
    expect(interpret(reading('Müssen wir Ausgleichsabgabe zahlen?', levyTopic), {}).kind).not.toBe('levy-start');
  });
});

describe('whether the employee must agree', () => {
  it.each(['Muss der Mitarbeiter da zustimmen?', 'Muss die Kollegin damit einverstanden sein?', 'Does the employee have to agree?'])('%s asks the participation case', (text) => {
    expect(cuesOf(text).condition).toBe('participation');
  });
});

describe('right after a levy result', () => {
  const ctx: ConversationContext = { topic: 'ausgleichsabgabe', lastAnswer: 'levy', levy: { workplaces: 12, employed: 1 } };
  it.each(['Muss ich also Ausgleichsabgabe zahlen?', 'Müssen wir da überhaupt was bezahlen?'])('%s repeats the result', (text) => {
    expect(interpret(reading(text), ctx)).toEqual({ kind: 'levy-recalculation', figures: ctx.levy });
  });

  it('a question about the rates per place is no repetition', () => {
    expect(interpret(reading('Wie hoch ist die Ausgleichsabgabe pro Platz?'), ctx).kind).not.toBe('levy-recalculation');
  });
});

describe('asking whether the levy is due is not asking when or to whom', () => {
  it.each(['Bis wann müssen wir die Abgabe zahlen?', 'An wen müssen wir das zahlen?', 'So when do we have to pay, and to whom?', 'Where do we pay the levy?'])('%s', (text) => {
    expect(cuesOf(text).levyDuty).toBe(false);
  });
});

describe('a new situation in the other clauses is a new question', () => {
  it.each(['Wir wollen eine Rollstuhlfahrerin einstellen, wer zahlt den Umbau?', 'Ein Azubi fängt im August an – wie lange gibt es das?'])('%s (after BEM)', (text) => {
    expect(interpret(reading(text, askBack(['arbeitsplatzausstattung', 0.4], ['eingliederungszuschuss', 0.38])), { topic: 'bem' }).kind).not.toBe('facet');
  });
});
