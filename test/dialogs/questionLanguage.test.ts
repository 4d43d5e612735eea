import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { languageOfMessage } from '../../dialogs/context/turnLanguage.js';
import { loadContent } from '../../src/core/content.js';
import { createMessageLanguageDetector } from '../../src/core/recognizer/questionLanguage.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { createTestBot, turn } from '../helpers/testBot.js';

const detect = createMessageLanguageDetector(loadContent(PROJECT_ROOT).intents);
const allText = (replies: Partial<Activity>[]) => JSON.stringify(replies);

describe('the language of the question decides the answer language', () => {
  it.each([
    ['de', 'How much is the levy if we have 60 employees and nobody with a disability?', 'en'],
    ['de', 'Can you explain the Budget für Arbeit in English?', 'en'],
    ['de', 'Kannst du mir das Budget für Arbeit auf Englisch erklären?', 'en'],
    ['de', 'Guten Tag. Sorry, my German is not good. What is BEM?', 'en'],
    ['en', 'Was ist das Budget für Arbeit? Bitte auf Deutsch.', 'de'],
    ['en', 'Ausgleichsabgabe 300 Arbeitsplätze', 'en'],
    ['en', 'Wie hoch ist die Ausgleichsabgabe?', 'en'],
    ['de', 'EAA Köln', 'de'],
    ['de', 'Budget für Arbeit', 'de'],
    ['de-x-simple', 'Was ist ein BEM?', 'de-x-simple'],
  ] as const)('in a %s chat "%s" → %s', (current, text, expected) => {
    expect(languageOfMessage(current, text, detect)).toBe(expected);
  });

  it.each([
    ['Bitte auf Englisch.', 'en'],
    ['Können Sie das auf Deutsch sagen?', 'de'],
    ['Was kostet das?', undefined],
  ] as const)('reads a language request after the recognizer\'s first 80 words too: "… %s" → %s', (ending, requested) => {
    const long = `${'Wir haben in unserem Betrieb viele Fragen zur Einstellung. '.repeat(12)}${ending}`;
    expect(long.split(/\s+/).length).toBeGreaterThan(80);
    expect(detect(long).requested).toBe(requested);
  });

  it('answers an English question in a German chat in English and offers German back', async () => {
    const { adapter } = createTestBot();
    const replies = await turn(adapter, 'Is there a wage subsidy if we hire someone with a severe disability?');
    expect(replies.every((r) => r.locale === 'en-US')).toBe(true);
    expect(allText(replies)).toContain('"Deutsch"');
  });

  it('switches and answers a question that asks for English', async () => {
    const { adapter } = createTestBot();
    const replies = await turn(adapter, 'Can you explain the Budget für Arbeit in English?');
    expect(allText(replies)).toMatch(/Budget for Work|budget for work/i);
    expect(replies[0]!.locale).toBe('en-US');
  });

  it('answers a funding question with a topic in an English chat instead of "no reliable information"', async () => {
    const { adapter } = createTestBot({ locale: 'en-US' });
    const replies = await turn(adapter, 'We want to hire a blind software developer. Is there any funding?');
    expect(allText(replies)).not.toMatch(/no reliable information/);
    expect(allText(replies)).toMatch(/"topic"/);
  });
});
