import { foldGerman } from './fold.js';

/** The written forms of one verb: joined forms ("einarbeitet", "eingearbeitet") and, for a separable verb, the finite forms that stand apart from their particle ("arbeitet … ein"). */
export interface VerbForms {
  /** Folded forms written as one word (or as a fixed phrase in English: "gave notice"). */
  joined: string[];
  /** Folded finite forms of a separable verb's base ("arbeitet", "warf"), valid only with `particle` later in the clause. */
  finite: string[];
  /** The separable particle ("ein", "raus"), folded; empty for other verbs. */
  particle: string;
}

// a participle without "ge": verbs with an inseparable prefix ("begleitet", "entlassen") and verbs in -ieren ("informiert")
const NO_GE = /^(be|emp|ent|er|ge|miss|ver|zer|hinter|wider)\p{L}{3,}|ieren$/u;
// "begleit-e-t", "arbeit-e-t", "rechn-e-t": an e before the ending
const E_INSERT = /([td]|[^aeioulr][mn])$/u;
const ADJECTIVE_ENDINGS = ['', 'e', 'en', 'em', 'er', 'es'];

const unique = (forms: string[]): string[] => [...new Set(forms.map(foldGerman))];

/** The stem of an infinitive: "arbeiten" → "arbeit", "ändern" → "änder", "handeln" → "handel". */
const stemOf = (infinitive: string): string => (/[lr]n$/u.test(infinitive) ? infinitive.slice(0, -1) : infinitive.replace(/e?n$/u, ''));

/** Present, past and participle of a regular German verb. */
function regular(infinitive: string): { finite: string[]; participle: string } {
  const stem = stemOf(infinitive);
  const e = E_INSERT.test(stem) ? 'e' : '';
  const finite = [stem + 'e', stem + e + 'st', stem + e + 't', infinitive, stem + e + 'te', stem + e + 'test', stem + e + 'ten', stem + e + 'tet'];
  return { finite, participle: (NO_GE.test(infinitive) ? '' : 'ge') + stem + e + 't' };
}

/** Present, past and participle of a strong German verb from its principal parts ("werfen", "wirft", "warf", "geworfen"). */
function strong(infinitive: string, third: string, past: string, participle: string): { finite: string[]; participle: string } {
  const stem = stemOf(infinitive);
  const second = third.endsWith('st') ? third : third.replace(/t$/u, 'st');
  return { finite: [stem + 'e', infinitive, third, second, past, past + 'en'], participle };
}

/**
 * All forms of a German verb given as `[particle|]infinitive[/third person/past/participle]`: "begleiten",
 * "ein|arbeiten", "raus|werfen/wirft/warf/geworfen", "entlassen/entlässt/entließ/entlassen". A separable verb is joined in
 * subordinate clauses and as infinitive or participle ("der ihn einarbeitet", "einzuarbeiten", "eingearbeitet") and
 * split in main clauses ("Wer arbeitet ihn ein?").
 */
export function germanVerbForms(spec: string): VerbForms {
  const [verb = '', ...parts] = spec.split('/').map((s) => s.trim());
  const [particle, infinitive] = verb.includes('|') ? verb.split('|') as [string, string] : ['', verb];
  const { finite, participle } = parts.length === 3 ? strong(infinitive, parts[0]!, parts[1]!, parts[2]!) : regular(infinitive);
  const participles = ADJECTIVE_ENDINGS.map((ending) => particle + participle + ending);
  const joined = particle
    ? [...finite.map((f) => particle + f), particle + 'zu' + infinitive, ...participles]
    : [...finite, ...participles];
  return { joined: unique(joined), finite: particle ? unique(finite) : [], particle: foldGerman(particle) };
}

const CONSONANT_VOWEL_CONSONANT = /^[^aeiou]*[aeiou][^aeiouwxy]$/u;

/**
 * All forms of an English verb phrase given as `verb rest[/past/participle]`: "give notice/gave/given" → "give notice",
 * "gives notice", "giving notice", "gave notice", "given notice"; "lay off/laid/laid"; "dismiss" (regular: "dismissed").
 */
export function englishVerbForms(spec: string): VerbForms {
  const [phrase = '', past, participle] = spec.split('/').map((s) => s.trim().toLowerCase());
  const [verb = '', ...restWords] = phrase.split(/\s+/u);
  const rest = restWords.length > 0 ? ' ' + restWords.join(' ') : '';
  const third = /(s|sh|ch|x|o)$/u.test(verb) ? verb + 'es' : /[^aeiou]y$/u.test(verb) ? verb.slice(0, -1) + 'ies' : verb + 's';
  const doubled = CONSONANT_VOWEL_CONSONANT.test(verb) ? verb + verb.slice(-1) : verb;
  const ing = verb.endsWith('e') && !verb.endsWith('ee') ? verb.slice(0, -1) + 'ing' : doubled + 'ing';
  const regularPast = verb.endsWith('e') ? verb + 'd' : /[^aeiou]y$/u.test(verb) ? verb.slice(0, -1) + 'ied' : doubled + 'ed';
  const forms = [verb, third, ing, past ?? regularPast, participle ?? past ?? regularPast].map((f) => f + rest);
  return { joined: [...new Set(forms)], finite: [], particle: '' };
}
