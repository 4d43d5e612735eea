import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { toAskRecord } from '../../../src/core/understand.js';
import { OUT_OF_SCOPE_CASES, TOPIC_CASES } from './regression.cases.js';
import { repoRoot } from './fixture.js';

// the real knowledge base, intent data and regions: vocabulary edits must not silently break these
const { understand, knowledge } = loadUnderstand(repoRoot);

describe('regression on the real knowledge base', () => {
  it('asks back on a single vague word instead of rejecting it', () => {
    const u = understand('Zuschuss');
    expect(u.decision).toBe('ask-back');
    expect(u.topics.length).toBeGreaterThanOrEqual(2);
  });

  it('has a case for every topic', () => {
    const covered = new Set(TOPIC_CASES.flatMap(([, ids]) => ids.slice(0, 1)));
    expect(knowledge.topics.map((t) => t.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(TOPIC_CASES)('"%s" → %j', (question, ids) => {
    const record = toAskRecord(question, understand(question));
    expect(ids).toContain(record.ids[0]);
  });

  it.each(OUT_OF_SCOPE_CASES)('rejects "%s"', (question) => {
    const record = toAskRecord(question, understand(question));
    expect(record.intent === 'out-of-scope' || record.ids.length === 0).toBe(true);
  });

  it.each([
    ['EAA Bielefeld', 'find-contact', '05711'],
    ['Ich habe einen Handwerksbetrieb in Gütersloh. Wer berät uns zur Inklusion?', 'find-contact', '05754'],
    ['Ansprechpartner für Arbeitgeber in 44135', 'find-contact', '05913'],
    ['Wesel', 'find-contact', '05170'],
    ['Inklusionsamt LVR Kontakt', 'knowledge', null],
    ['Ausgleichsabgabe berechnen: 80 Arbeitsplätze, 2 schwerbehinderte Beschäftigte', 'levy-calculator', null],
    ['Welche Förderung passt zu unserem Betrieb?', 'programme-finder', null],
    ['Guten Tag', 'greeting', null],
    ['Können Sie mir das einfacher erklären?', 'language', null],
    ['Datenschutz', 'help', null],
    ['Woher haben Sie Ihre Quellen?', 'help', null],
  ])('"%s" → %s (district %s)', (question, intent, district) => {
    const record = toAskRecord(question, understand(question));
    expect(record.intent).toBe(intent);
    expect(record.district).toBe(district);
    if (intent === 'find-contact') expect(record.ids[0]).toBe('eaa');
    if (intent === 'levy-calculator') expect(record.ids[0]).toBe('ausgleichsabgabe');
  });
});
