import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { repoRoot } from './fixture.js';

// round 3 of issue 13 (r3-general): mechanisms that hold beyond the tuning sets (own rewordings, not held-out text)
const { understand } = loadUnderstand(repoRoot);

// a capitalised German name inside an English sentence names its topic by its German stem
const GERMAN_NAMES_IN_ENGLISH: [question: string, topic: string][] = [
  ['What does Gleichstellung mean for us as an employer?', 'gleichstellung'],
  ['Someone told me about the Integrationsfachdienst, what do they do?', 'integrationsfachdienst'],
  ['Could you explain what Arbeitsassistenz is?', 'arbeitsassistenz'],
  ['Our candidate talked about an Eingliederungszuschuss. What is that?', 'eingliederungszuschuss'],
];

// "Hilfe"/"help" is about the bot only when the rest of the message says nothing of the bot's remit
const DOMAIN_NOT_HELP: string[] = [
  'Hilfe, ich habe Fragen zu einem Kollegen mit Behinderung',
  'I need help with an employee who is disabled',
  'Wer kann mir helfen? Ich möchte eine Frau im Rollstuhl einstellen.',
];
const STILL_HELP: string[] = ['Hilfe', 'Was kannst du?', 'What can you do?', 'Ich brauche Hilfe'];

// "wer hilft uns" with a place asks for the contact point there
const CONTACT_WITH_PLACE: string[] = [
  'Wir sind eine Pension in Xanten. Wer hilft uns, wenn wir jemanden mit Behinderung einstellen?',
  'Bäckerei in Bielefeld: wer kann uns helfen bei der Einstellung eines schwerbehinderten Gesellen?',
];

// a question about disability that matches no topic well is asked back with the one-stop advice point first
const DOMAIN_NEVER_DONT_KNOW: string[] = [
  'Our trainee is autistic and we are unsure how to proceed.',
  'A colleague uses a wheelchair now. Who pays for changes?',
  'My colleague is deaf, what now?',
];

// everyday money words ("Geld", "money", "funding") ask for support money
const MONEY_WORDS: [question: string, topic: string][] = [
  ['Could we receive money to adjust the workplace of a blind employee?', 'arbeitsplatzausstattung'],
  ['Zahlt uns jemand Geld, wenn wir den Arbeitsplatz für eine Rollstuhlfahrerin umbauen?', 'arbeitsplatzausstattung'],
];

// a word after an indefinite article is a common noun, not the unresolved name of a place
const NO_PLACE_AFTER_ARTICLE: string[] = ['Ist die EAA eine Behörde?', 'Ist der Integrationsfachdienst ein Verein?'];

describe('general evidence', () => {
  it.each(NO_PLACE_AFTER_ARTICLE)('"%s" is a knowledge question without a place', (question) => {
    const u = understand(question);
    expect(u.intent).toBe('knowledge');
    expect(u.placeMentioned).toBe(false);
  });
  it.each(DOMAIN_NEVER_DONT_KNOW)('"%s" is asked back, not "don\'t know"', (question) => {
    const u = understand(question);
    expect(u.decision).not.toBe('dont-know');
    expect(u.topics.length).toBeGreaterThan(0);
  });
  it.each(MONEY_WORDS)('"%s" → %s first', (question, topic) => {
    expect(understand(question).topics[0]?.id).toBe(topic);
  });
  it.each(GERMAN_NAMES_IN_ENGLISH)('"%s" → %s first', (question, topic) => {
    expect(understand(question).topics[0]?.id).toBe(topic);
  });
  it.each(DOMAIN_NOT_HELP)('"%s" is no help request', (question) => {
    expect(understand(question).intent).not.toBe('help');
  });
  it.each(STILL_HELP)('"%s" is a help request', (question) => {
    expect(understand(question).intent).toBe('help');
  });
  it.each(CONTACT_WITH_PLACE)('"%s" → find-contact', (question) => {
    expect(understand(question).intent).toBe('find-contact');
  });
});
