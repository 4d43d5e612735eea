import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { loadIntents } from '../../../src/core/recognizer/intentData.js';
import { toAskRecord } from '../../../src/core/understand.js';
import { repoRoot } from './fixture.js';

const { understand } = loadUnderstand(repoRoot);

// subjects next to ours: each gets the referral to who is responsible, not a programme card
const OUT_OF_SCOPE_NEIGHBOURS: [question: string, referral: string][] = [
  ['Wie lange muss ich Lohnfortzahlung im Krankheitsfall leisten?', 'krankenkasse'],
  ['Wie hoch ist der Arbeitgeberanteil zur Krankenversicherung?', 'krankenkasse'],
  ['Bekommt mein Mitarbeiter nach sechs Wochen Krankengeld?', 'krankenkasse'],
  ['Kfz-Steuer Befreiung Merkzeichen aG', 'hauptzollamt'],
  ['Ab wann kann ich mit Schwerbehinderung in Rente gehen?', 'rentenversicherung'],
  ['Wie viel Gewerbesteuer zahlt eine GmbH?', 'finanzamt'],
  ['Wie melde ich eine Aushilfe bei der Minijob-Zentrale an?', 'minijob-zentrale'],
  ['Wo bekomme ich einen Parkausweis für Schwerbehinderte?', 'strassenverkehrsbehoerde'],
  ['Mein Arbeitnehmer hat mich verklagt, brauche ich einen Rechtsanwalt?', 'arbeitsrecht'],
  ['Rundfunkbeitrag Befreiung Merkzeichen RF', 'beitragsservice'],
];

// questions next to those subjects that ARE ours
const IN_SCOPE_NEIGHBOURS: [question: string, topic: string][] = [
  ['Ein Mitarbeiter war acht Wochen krank. Muss ich ein BEM anbieten?', 'bem'],
  ['Der Arzt schlägt eine stufenweise Wiedereingliederung vor. Was heißt das für mich?', 'stufenweise-wiedereingliederung'],
  ['Kann ich einem schwerbehinderten Mitarbeiter während der Krankheit kündigen?', 'kuendigungsschutz'],
  ['Wie viel Urlaub steht einem schwerbehinderten Arbeitnehmer zusätzlich zu?', 'zusatzurlaub'],
  ['zählt ein schwerbehinderter Minijobber auf die Quote?', 'beschaeftigungspflicht'],
];

describe('out-of-scope neighbours', () => {
  it.each(OUT_OF_SCOPE_NEIGHBOURS)('"%s" → referral %s', (question, referral) => {
    expect(understand(question)).toMatchObject({ intent: 'out-of-scope', referral });
  });

  it.each(IN_SCOPE_NEIGHBOURS)('"%s" stays with %s', (question, topic) => {
    const record = toAskRecord(question, understand(question));
    expect(record.intent).not.toBe('out-of-scope');
    expect(record.ids.slice(0, 2)).toContain(topic);
  });

  it('has a reply for every referral in every language', () => {
    const referrals = new Set(loadIntents(repoRoot).outOfScope.flatMap((s) => [s.referral, s.referralInRemit].filter((id): id is string => !!id)));
    for (const lng of ['de', 'de-x-simple', 'en']) {
      const texts = JSON.parse(readFileSync(join(repoRoot, 'locales', lng, 'referrals.json'), 'utf8')) as Record<string, string>;
      expect([...referrals].filter((id) => !texts[id])).toEqual([]);
      expect(Object.keys(texts).filter((id) => !referrals.has(id))).toEqual([]);
    }
  });
});
