import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { loadIntents } from '../../../src/core/recognizer/intentData.js';
import { createTestBot, shown, turn } from '../../helpers/testBot.js';
import { repoRoot } from './fixture.js';

const { understand } = loadUnderstand(repoRoot);
const LANGUAGES = ['de', 'de-x-simple', 'en'] as const;
const texts = (lng: string): Record<string, string> => JSON.parse(readFileSync(join(repoRoot, 'locales', lng, 'referrals.json'), 'utf8')) as Record<string, string>;
const PHONE = /\b0\d{2,4}(?:[ /-]?\d{1,6}){1,4}\b/gu;
const LINK = /https?:\/\/[^\s)]+/gu;

describe('facts in referral texts', () => {
  // a referral text may name a phone number or a link only when data/intents.json says where it was read and when
  it('carries a dated source for every phone number and link', () => {
    const subjects = loadIntents(repoRoot).outOfScope;
    const missing: string[] = [];
    for (const lng of LANGUAGES) {
      for (const [id, text] of Object.entries(texts(lng))) {
        const facts = new Set(subjects.filter((s) => s.referral === id || s.referralInRemit === id).flatMap((s) => s.referralSources ?? []).map((f) => f.fact));
        for (const detail of [...(text.match(PHONE) ?? []), ...(text.match(LINK) ?? [])]) if (!facts.has(detail)) missing.push(`${lng} ${id}: ${detail}`);
      }
    }
    expect(missing).toEqual([]);
  });

  // the contact answer for a place outside NRW names the same offices as the referral for another Land
  it('carries the same sources for the phone numbers of the outside-NRW contact answer', () => {
    const facts = new Set(loadIntents(repoRoot).outOfScope.filter((s) => s.outsidePlaces).flatMap((s) => s.referralSources ?? []).map((f) => f.fact));
    const missing: string[] = [];
    for (const lng of LANGUAGES) {
      const read = (file: string): Record<string, Record<string, string>> => JSON.parse(readFileSync(join(repoRoot, 'locales', lng, file), 'utf8')) as Record<string, Record<string, string>>;
      for (const text of [read('translation.json').contact!.outsideNrw!, read('places.json').postcode!.outsideNrw!]) {
        expect(text).toMatch(PHONE);
        for (const detail of text.match(PHONE) ?? []) if (!facts.has(detail)) missing.push(`${lng}: ${detail}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('notes what dates a source without a date', () => {
    const sources = loadIntents(repoRoot).outOfScope.flatMap((s) => s.referralSources ?? []);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((f) => f.sourceDate === null && !/undated|without a date|not among|no date/iu.test(f.note))).toEqual([]);
  });
});

// own sentences: a business in another Land or general recruiting gets who is responsible instead of "I don't know"
const REFERRED: [question: string, referral: string][] = [
  ['Unser Betrieb ist ein bayerischer Mittelständler. Welche Zuschüsse gibt es?', 'anderes-bundesland'],
  ['Wie schreibe ich eine gute Stellenanzeige für einen Lagerjob?', 'personalsuche'],
  ['Was frage ich im Bewerbungsgespräch am besten?', 'personalsuche'],
  ['How should I word a job advert for our warehouse?', 'personalsuche'],
  ['Auf welchem Jobportal sollten wir inserieren?', 'personalsuche'],
  ['Lohnt sich ein Headhunter, wenn wir einen Rollstuhlfahrer als Buchhalter suchen?', 'personalsuche-behinderung'],
  ['Wie formuliere ich eine Stellenanzeige, damit sich auch Menschen mit Behinderung bewerben?', 'personalsuche-behinderung'],
];

describe('referrals for another Land and for recruiting', () => {
  it.each(REFERRED)('%s → %s', (question, referral) => {
    const u = understand(question);
    expect(u.intent).toBe('out-of-scope');
    expect(u.referral).toBe(referral);
  });

  it.each([
    ['de-DE', 'Unser Betrieb ist ein bayerischer Mittelständler. Welche Zuschüsse gibt es?', /Integrationsamt.*bih\.de.*0800 4 5555 20/su],
    ['en-US', 'Our firm is a Bavarian company. Which grants can we get?', /Integration Office.*bih\.de.*0800 4 5555 20/su],
    ['de-DE', 'Was frage ich im Bewerbungsgespräch am besten?', /Arbeitgeber-Service.*0800 4 5555 20.*\(EAA\)/su],
    ['de-DE', 'Wie formuliere ich eine Stellenanzeige, damit sich auch Menschen mit Behinderung bewerben?', /nur zum Teil.*\(EAA\).*0800 4 5555 20/su],
  ])('(%s) "%s" names who helps', async (locale, question, expected) => {
    const { adapter } = createTestBot({ locale });
    expect(shown(await turn(adapter, question))).toMatch(expected);
  });

  it('names the Integrationsamt of the Land and the Arbeitgeber-Service for a place outside NRW', async () => {
    const { adapter } = createTestBot();
    const reply = shown(await turn(adapter, 'Unser Werk steht in Kassel. Welche Förderung bekommen wir?'));
    expect(reply).toMatch(/Kassel liegt nicht in Nordrhein-Westfalen/u);
    expect(reply).toMatch(/Integrationsamt.*0800 4 5555 20.*bih\.de/su);
  });

  it('answers in Einfache Sprache with the same facts', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Einfache Sprache');
    const reply = shown(await turn(adapter, 'Wie schreibe ich eine gute Stellenanzeige?'));
    expect(reply).toMatch(/Arbeit-Geber-Service/u);
    expect(reply).toMatch(/0800 4 5555 20/u);
  });
});
