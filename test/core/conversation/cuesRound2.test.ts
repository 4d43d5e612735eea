import { beforeAll, describe, expect, it } from 'vitest';
import { topicNamesOf } from '../../../dialogs/conversation/context.js';
import { loadContent, type Content } from '../../../src/core/content.js';
import { askBackChoice, choiceWords, interpret, readCues, type Reading } from '../../../src/core/conversation/index.js';

let content: Content;
beforeAll(() => {
  content = loadContent(process.cwd());
});

const cuesOf = (text: string) => readCues(text, content.conversation, topicNamesOf(content.knowledge));
const reading = (text: string, understanding: Partial<Reading['understanding']> = {}): Reading => ({
  understanding: { intent: 'knowledge', decision: 'dont-know', topics: [], district: null, ...understanding },
  cues: cuesOf(text),
});

describe('cues: dismissing, branches, English deadline and payee questions', () => {
  it.each(['Vergiss es. Wie lange gilt der Kündigungsschutz?', 'Lassen wir das.', 'Vergessen wir das lieber.', 'Ach, egal. Was ist ein IFD?', 'Never mind, what is an EAA?', 'Forget it.'])('%s dismisses', (text) => {
    expect(cuesOf(text).dismiss).toBe(true);
  });

  it.each(['Was ist eine Probebeschäftigung?', 'Das vergesse ich nie', 'Ist es egal, ob die Person Teilzeit arbeitet?', 'Lass mich überlegen: 120'])('%s does not dismiss', (text) => {
    expect(cuesOf(text).dismiss).toBe(false);
  });

  it.each(['auch für die Niederlassung in Bonn?', 'Und für unsere Filiale in Hagen?', 'our branch in Cologne', 'der Standort in Unna'])('%s names a branch', (text) => {
    expect(cuesOf(text).branch).toBe(true);
  });

  it.each([
    ['When do we have to pay it?', 'deadline'],
    ['And when is it due?', 'deadline'],
    ['To whom do we pay it?', 'provider'],
    ['Wann müssen wir das zahlen?', 'deadline'],
    ['An wen überweisen wir das?', 'provider'],
    ['Wo zahle ich das ein?', 'provider'],
  ])('%s after a levy result → facet %s of the levy', (text, facet) => {
    expect(interpret(reading(text), { topic: 'ausgleichsabgabe', levy: { workplaces: 150, employed: 2 } })).toMatchObject({ kind: 'facet', topic: 'ausgleichsabgabe', facet });
  });

  it('a levy sentence with its figures that the recognizer asks back about is a calculation, not the levy card', () => {
    const r = reading('Abgabe 2023: achtzig Stellen, zwei schwerbehindert. Wie viel zahlen wir?', { intent: 'levy-calculator', decision: 'ask-back', topics: [{ id: 'ausgleichsabgabe', score: 0.5 }, { id: 'beschaeftigungspflicht', score: 0.4 }] });
    expect(interpret(r, {}).kind).toBe('new-question');
  });

  it.each([
    ['Zählt eine Aushilfe auf Minijob-Basis bei der Quote?', 'beschaeftigungspflicht', /18 Stunden/u],
    ['Zählen Teilzeitkräfte bei der Ausgleichsabgabe mit?', 'ausgleichsabgabe', /18 Stunden/u],
  ])('%s finds a sourced fact of %s', (text, topic, pattern) => {
    const cues = cuesOf(text);
    expect(cues.condition).toBeDefined();
    expect(content.conversation.facts.some((f) => f.topic === topic && f.condition === cues.condition && pattern.test(f.text.de))).toBe(true);
  });
});

describe('askBackChoice: a follow-up to an ask-back goes to the offered topic that speaks of its words', () => {
  const choices = [
    { id: 'first', text: 'Aufträge an eine Werkstatt senken die Abgabe. Der Lohn der Werkstatt ist nicht anrechenbar.' },
    { id: 'second', text: 'Der Lohnkostenzuschuss deckt bis zu 75 % vom Lohn; der Lohn wird tariflich gezahlt, Lohnkosten sinken.' },
    { id: 'third', text: 'Ein Praktikum bereitet den Wechsel vor.' },
  ].map(({ id, text }) => ({ id, words: choiceWords(text) }));
  const isCueWord = (word: string) => ['zahlt', 'kostet', 'lange', 'dauert'].includes(word);
  it.each([
    ['Wer zahlt dann den Lohn?', 'second'],
    ['Und das Praktikum?', 'third'],
    ['Wie lange dauert das?', undefined],
    ['Was kostet das?', undefined],
    ['Gilt das für Aufträge?', 'first'],
  ])('%s → %s', (text, id) => {
    expect(askBackChoice(text, choices, new Set(['wer', 'dann', 'den', 'und', 'das', 'wie', 'was', 'gilt', 'für']), isCueWord)).toBe(id);
  });
});
