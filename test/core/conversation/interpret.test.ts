import { beforeAll, describe, expect, it } from 'vitest';
import { topicNamesOf } from '../../../dialogs/conversation/context.js';
import { loadContent, type Content } from '../../../src/core/content.js';
import { facetContent, interpret, isDigression, readCues, type ConversationContext, type Reading } from '../../../src/core/conversation/index.js';

let content: Content;
beforeAll(() => {
  content = loadContent(process.cwd());
});

/** A reading of `text` with a neutral understanding (the recognizer's guess does not matter for follow-ups). */
function reading(text: string, understanding: Partial<Reading['understanding']> = {}): Reading {
  const cues = readCues(text, content.conversation, topicNamesOf(content.knowledge));
  return { understanding: { intent: 'knowledge', decision: 'dont-know', topics: [], district: null, ...understanding }, cues };
}

describe('interpret: follow-ups ask a facet of the topic under discussion', () => {
  const cases: [string, string, string][] = [
    ['Wer zahlt das?', 'budget-fuer-arbeit', 'provider'],
    ['Wer bezahlt das eigentlich?', 'arbeitsplatzausstattung', 'provider'],
    ['Wie beantrage ich das?', 'probebeschaeftigung', 'apply'],
    ['Und wie läuft das ab?', 'bem', 'apply'],
    ['Wie viel gibt es da?', 'eingliederungszuschuss', 'amount'],
    ['Wie hoch ist das?', 'ausbildungszuschuss', 'amount'],
    ['Wie lange dauert das?', 'kuendigungsschutz', 'duration'],
    ['Für wen gilt das?', 'budget-fuer-arbeit', 'beneficiaries'],
    ['Gibt es das auch für einen Minijob?', 'eingliederungszuschuss', 'conditions'],
    ['Gilt das auch in der Probezeit?', 'kuendigungsschutz', 'conditions'],
    ['Bis wann muss ich das machen?', 'arbeitsplatzausstattung', 'deadline'],
    ['Who pays for it?', 'eingliederungszuschuss', 'provider'],
    ['How long does it last?', 'probebeschaeftigung', 'duration'],
    ['How much is it?', 'budget-fuer-arbeit', 'amount'],
    ['Who is it for?', 'eingliederungszuschuss', 'beneficiaries'],
    ['And who is that for?', 'budget-fuer-arbeit', 'beneficiaries'],
    ['Does it also apply to part-time staff?', 'zusatzurlaub', 'conditions'],
    ['wer gibt mir das geld', 'budget-fuer-arbeit', 'provider'],
    ['wie geht das mit dem antrag', 'eingliederungszuschuss', 'apply'],
  ];
  it.each(cases)('%s (after %s) → %s', (text, topic, facet) => {
    expect(interpret(reading(text), { topic })).toMatchObject({ kind: 'facet', topic, facet });
  });

  it('a follow-up naming another topic switches the topic and keeps the facet', () => {
    expect(interpret(reading('Und beim Eingliederungszuschuss?'), { topic: 'budget-fuer-arbeit', facet: 'provider' })).toEqual({ kind: 'facet', topic: 'eingliederungszuschuss', facet: 'provider' });
  });

  it('a new question is not taken as a follow-up', () => {
    expect(interpret(reading('Was muss ich bei der Kündigung eines schwerbehinderten Mitarbeiters beachten?'), { topic: 'eingliederungszuschuss' }).kind).not.toBe('facet');
    expect(interpret(reading('Wer zahlt das?'), {})).toEqual({ kind: 'new-question' });
  });
});

describe('interpret: overviews, small talk, place and levy figures', () => {
  it.each([
    ['Bekomme ich Geld, wenn ich einen Menschen mit Behinderung einstelle?', 'hiring'],
    ['Welche Zuschüsse gibt es für Azubis mit Behinderung?', 'training'],
    ['What funding is available if we hire a disabled person?', 'hiring'],
    ['Welche Unterstützung gibt es, damit ein kranker Mitarbeiter bleiben kann?', 'keeping'],
  ])('%s → overview %s', (text, situation) => {
    expect(interpret(reading(text), {})).toEqual({ kind: 'overview', situation });
  });

  it.each([['Danke!', 'thanks'], ['tschüss', 'bye'], ['super, hilft mir', 'praise'], ['Du bist ein nutzloser Bot', 'insult'], ['Thanks a lot', 'thanks']])('%s → small talk %s', (text, talk) => {
    expect(interpret(reading(text), { topic: 'bem' })).toEqual({ kind: 'small-talk', talk });
  });

  it('the remembered district answers "unser Inklusionsamt"', () => {
    expect(interpret(reading('Wer ist unser Inklusionsamt?'), { districtKey: '05315' })).toEqual({ kind: 'contact', districtKey: '05315', role: 'inklusionsamt' });
  });

  it.each([
    ['Und für 2024?', { workplaces: 70, employed: 0, year: 2024 }],
    ['und bei 50 Arbeitsplätzen?', { workplaces: 50, employed: 0 }],
    ['Und wenn ich einen einstelle?', { workplaces: 70, employed: 1 }],
  ])('%s recalculates the levy with one figure changed', async (text, figures) => {
    const { changedLevyFigures } = await import('../../../src/core/conversation/index.js');
    const { parseLevyQuestion } = await import('../../../src/core/levy/index.js');
    const ctx: ConversationContext = { topic: 'ausgleichsabgabe', levy: { workplaces: 70, employed: 0 } };
    const r = { ...reading(text), levyChange: changedLevyFigures(text, ctx.levy!, parseLevyQuestion(text), content.conversation) };
    expect(interpret(r, ctx)).toEqual({ kind: 'levy-recalculation', figures });
  });
});

describe('isDigression: only answers that fit the waiting step are taken', () => {
  it('a levy sentence is never a finder answer', () => {
    expect(isDigression(reading('70 Mitarbeiter, kein Schwerbehinderter – was zahlen wir?', { intent: 'levy-calculator' }), 'finder', true)).toBe(true);
  });
  it('a contact question with a place leaves the levy calculator', () => {
    expect(isDigression(reading('Welches Inklusionsamt ist für Gütersloh zuständig?', { district: '05754' }), 'levy', false)).toBe(true);
  });
  it('a plain answer stays with the dialog', () => {
    expect(isDigression(reading('110'), 'levy', true)).toBe(false);
  });
});

describe('facetContent reads the facet from the topic texts in every language', () => {
  it.each([
    ['de', 'eingliederungszuschuss', 'duration', /24 Monate/],
    ['en', 'eingliederungszuschuss', 'duration', /24 months/],
    ['de-x-simple', 'probebeschaeftigung', 'duration', /3 Monate|drei Monate/],
    ['de', 'arbeitsplatzausstattung', 'deadline', /bevor/],
    ['de', 'stufenweise-wiedereingliederung', 'provider', /Krankenkasse/],
  ] as const)('%s %s %s', (language, topic, facet, expected) => {
    const text = content.knowledge.byId.get(topic)!.texts[language]!;
    const evidence = content.conversation.facets.find((f) => f.id === facet)!.evidence[language === 'en' ? 'en' : 'de'];
    const answer = facetContent(text, facet, { evidence, question: '' });
    expect(answer.found).toBe(true);
    expect(answer.sentences.join(' ')).toMatch(expected);
  });
});

describe('workdaysPerWeek reads the working days a question names', () => {
  it.each([
    ['Und wenn sie nur vier Tage die Woche arbeitet?', 4],
    ['She works 3 days a week', 3],
    ['Wie viele Tage Zusatzurlaub gibt es?', undefined],
  ] as const)('%s → %s', async (text, days) => {
    const { workdaysPerWeek } = await import('../../../src/core/conversation/index.js');
    expect(workdaysPerWeek(text)).toBe(days);
  });
});
