// the separable prefixes after which a participle's "ge" stands ("angepasst", "eingestellt")
const SEPARABLE = /^(ab|an|auf|aus|bei|ein|fest|mit|nach|um|vor|weiter|zu|zuruck)ge(\p{L}{3,})$/u;
// an inflected participle used as an adjective: "angepassten", "geförderte", "finanzierten" (not an infinitive: "arbeiten")
const ADJECTIVE_ENDING = /(?<=t)(e|en|em|er|es)$/u;
const PARTICIPLE = /^(ge|(ab|an|auf|aus|bei|ein|fest|mit|nach|um|vor|weiter|zu|zuruck)ge)\p{L}{4,}|iert(e|en|em|er|es)$/u;
const MIN_BASE = 4;

/**
 * The bases a German verb form may share with its noun: "vermittelt" → "vermittel", "vermittl" (Vermittlung);
 * "angepassten" → "anpass" (Anpassung); "gefördert" → "forder" (Förderung); "unterstützt" → "unterstutz".
 * Snowball leaves the "-t" of the third person and the participle, so these forms miss the noun's stem.
 * @param folded a folded word (see foldGerman)
 */
export function verbNounBases(folded: string): string[] {
  const adjective = PARTICIPLE.test(folded) ? folded.replace(ADJECTIVE_ENDING, '') : folded;
  if (!adjective.endsWith('t')) return [];
  const stripped = adjective.endsWith('et') && adjective.length > MIN_BASE + 2 ? adjective.slice(0, -2) : adjective.slice(0, -1);
  const base = stripped.replace(SEPARABLE, '$1$2').replace(/^ge(\p{L}{4,})$/u, '$1');
  if (base.length < MIN_BASE) return [];
  // "vermittel" + "ung" is written "Vermittlung"
  return base.endsWith('el') || base.endsWith('er') ? [base, base.slice(0, -2) + base.slice(-1)] : [base];
}
