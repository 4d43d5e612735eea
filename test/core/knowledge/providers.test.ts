import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/core/knowledge/knowledgeBase.js';
import type { Beneficiary, Provider } from '../../../src/core/knowledge/schema.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const kb = loadKnowledgeBase(PROJECT_ROOT, ['de']);
const vocabulary = [...kb.providers.values()];
const germanText = (id: string) => kb.byId.get(id)!.texts.de!;

/** True when `text` contains `term` as a whole word (a hyphenated compound is one word), also inflected with -s, -es, -n or -en. */
function names(text: string, term: string): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?:s|es|n|en)?(?![\\p{L}\\p{N}-])`, 'iu').test(text);
}

const namesSpecifically = (text: string, provider: Provider) => [provider.name.de, ...provider.aliases].some((term) => names(text, term));

/**
 * True when `text` names `provider`: by its German name or an alias, or by one of its generic names ("Inklusionsamt")
 * as long as the text does not single out another provider of that kind ("LWL-Inklusionsamt Arbeit").
 */
function isNamed(text: string, provider: Provider): boolean {
  if (namesSpecifically(text, provider)) return true;
  return provider.genericNames.some((generic) => names(text, generic)
    && !vocabulary.some((other) => other.id !== provider.id && other.genericNames.includes(generic) && namesSpecifically(text, other)));
}

/** Word stems in `details.who` that name each group; for employee and jobseeker "Menschen mit Behinderung" counts, so that check is weak. */
const BENEFICIARY_CUES: Record<Beneficiary, RegExp> = {
  'employer': /arbeitgeb|betrieb|unternehmen|personalverantwort|behörden/i,
  'inclusion-business': /inklusionsbetrieb|inklusionsunternehmen|abteilungen/i,
  'jobseeker': /einstell|arbeitsuch|bewerber|arbeitsplätze .*schaffen|zur probe|qualifizierungsplatz|langzeitarbeitslos|menschen mit behinderung/i,
  'employee': /beschäftig|halten|kündigen|menschen mit behinderung/i,
  'trainee': /ausbild|auszubild|azubi/i,
  'pupil': /schüler/i,
  'werkstatt-employee': /werkstatt|werkstätten/i,
};

describe('names used by the consistency checks', () => {
  it.each([
    ['Inklusionsamt (LVR oder LWL)', 'LVR', true],
    ['im Auftrag des LVR-Inklusionsamts', 'LVR-Inklusionsamt', true],
    ['LVR-Inklusionsamt (Rheinland)', 'LVR', false],
    ['LWL-Inklusionsamt Arbeit', 'Inklusionsamt', false],
    ['umgesetzt von den beigetretenen Jobcentern', 'Jobcenter', true],
    ['Agentur für Arbeit', 'BA', false],
  ])('"%s" names "%s": %s', (text, term, expected) => {
    expect(names(text, term)).toBe(expected);
  });

  it('reads a generic name as any provider of its kind, unless the text names one of them', () => {
    const lvr = kb.providers.get('inklusionsamt-lvr')!;
    expect(isNamed('Inklusionsamt (LVR oder LWL)', lvr)).toBe(true);
    expect(isNamed('Inklusionsamt: LWL-Inklusionsamt Arbeit', lvr)).toBe(false);
  });
});

describe('providers and beneficiaries of the shipped topics', () => {
  const topicIds = kb.topics.map((t) => t.id);

  it.each(topicIds)('%s: every provider it lists is named in its German provider text', (id) => {
    const text = germanText(id).provider;
    const unnamed = kb.byId.get(id)!.providers.filter((providerId) => !isNamed(text, kb.providers.get(providerId)!));
    expect(unnamed, `"${text}"`).toEqual([]);
  });

  it.each(topicIds)('%s: lists every provider its German provider text names by full name', (id) => {
    const text = germanText(id).provider;
    const listed = kb.byId.get(id)!.providers;
    const missing = vocabulary.filter((p) => names(text, p.name.de) && !listed.includes(p.id)).map((p) => p.id);
    expect(missing, `"${text}"`).toEqual([]);
  });

  it.each(topicIds)('%s: every beneficiary it lists is named in its German details.who', (id) => {
    const who = germanText(id).details.who;
    const unnamed = kb.byId.get(id)!.beneficiaries.filter((b) => !BENEFICIARY_CUES[b].test(who));
    expect(unnamed, `"${who}"`).toEqual([]);
  });

  it('uses every provider of the vocabulary, so that it stays small', () => {
    const used = new Set(kb.topics.flatMap((t) => t.providers));
    expect(vocabulary.map((p) => p.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('gives each provider without an official URL a note, and only duty topics no provider', () => {
    for (const provider of vocabulary) expect(provider.url ?? provider.note, provider.id).toBeDefined();
    for (const topic of kb.topics) if (topic.providers.length === 0) expect(topic.group, topic.id).toBe('duty');
  });
});
