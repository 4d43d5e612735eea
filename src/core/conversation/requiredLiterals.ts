// a character after which the previous atom may be absent or repeated
const QUANTIFIERS = new Set(['?', '*', '+', '{']);
const LOOKAROUND = /^\(\?(?:[=!]|<[=!])/u;

/** Index just past the group that opens at `open` (a `(`), or -1 when it does not close. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Index just past the character class that opens at `open` (a `[`). */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i + 1;
  }
  return source.length;
}

/** Index just past a quantifier at `at` (with a lazy `?`), or `at` when none stands there. */
function quantifierEnd(source: string, at: number): number {
  const c = source[at];
  if (c === undefined || !QUANTIFIERS.has(c)) return at;
  const end = c === '{' ? source.indexOf('}', at) + 1 : at + 1;
  return source[end] === '?' ? end + 1 : end;
}

/** Index just past the escape that starts at `at` (a backslash): `\p{L}`, `\u{…}`, `\k<name>`, `\x41`, `\u0041`, `\12`, `\b` … */
function escapeEnd(source: string, at: number): number {
  const c = source[at + 1] ?? '';
  if ((c === 'p' || c === 'P' || c === 'u') && source[at + 2] === '{') return source.indexOf('}', at) + 1;
  if (c === 'k' && source[at + 2] === '<') return source.indexOf('>', at) + 1;
  if (c === 'x') return at + 4;
  if (c === 'u') return at + 6;
  if (c === 'c') return at + 3;
  let end = at + 2;
  if (/\d/u.test(c)) while (/\d/u.test(source[end] ?? '')) end++;
  return end;
}

/** The top-level alternatives of a pattern (split at `|` outside groups and classes), or undefined for an unbalanced one. */
function alternatives(source: string): string[] | undefined {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i) - 1;
    else if (c === '(') {
      const end = groupEnd(source, i);
      if (end < 0) return undefined;
      i = end - 1;
    } else if (c === '|') {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** The length of the shortest of some literals: the longer, the rarer a text that holds one (a guess). */
const shortest = (literals: readonly string[]): number => Math.min(...literals.map((literal) => literal.length));

/**
 * Literals one of which every match of a pattern without top-level `|` contains, or undefined when it has none: its
 * longest run of plain characters, or the literals of a group every match passes through ("(?:wer|wen) (?:hilft|berät)"
 * has only " " as a run), whichever has the longest shortest literal.
 */
function sequenceLiterals(sequence: string): string[] | undefined {
  let best: string[] | undefined;
  const consider = (literals: string[] | undefined): void => {
    if (!literals || literals.some((literal) => literal === '')) return;
    if (!best || shortest(literals) > shortest(best) || (shortest(literals) === shortest(best) && literals.length < best.length)) best = literals;
  };
  let run = '';
  const close = (): void => {
    consider([run]);
    run = '';
  };
  for (let i = 0; i < sequence.length;) {
    const c = sequence[i]!;
    let next: number;
    if (c === '\\') next = escapeEnd(sequence, i);
    else if (c === '[') next = classEnd(sequence, i);
    else if (c === '(') next = groupEnd(sequence, i);
    else if (c === '.' || c === '^' || c === '$') next = i + 1;
    else {
      const end = quantifierEnd(sequence, i + 1);
      if (end === i + 1) {
        run += c;
        i += 1;
        continue;
      }
      next = end;
    }
    if (next <= i) return undefined;
    close();
    const end = quantifierEnd(sequence, next);
    // a group without a quantifier is part of every match (a lookaround is not)
    const inside = c === '(' && end === next ? wholeGroup(sequence.slice(i, next)) : undefined;
    if (inside !== undefined) consider(requiredLiterals(inside));
    i = end;
  }
  close();
  return best;
}

/** A sequence that is one group, not quantified and no lookaround ("(?:…)", "(…)"): its inside; else undefined. */
function wholeGroup(sequence: string): string | undefined {
  if (!sequence.startsWith('(') || LOOKAROUND.test(sequence) || groupEnd(sequence, 0) !== sequence.length) return undefined;
  // another "(?" group (a modifier group) is not looked into
  if (sequence.startsWith('(?') && !sequence.startsWith('(?:') && !sequence.startsWith('(?<')) return undefined;
  return sequence.slice(sequence.startsWith('(?:') ? 3 : sequence.startsWith('(?<') ? sequence.indexOf('>') + 1 : 1, -1);
}

/**
 * Texts of which every match of a regular expression's source (`u` flag, matched case-sensitively) contains at least
 * one: for each top-level alternative, its longest run of plain characters or the literals of a group it must match
 * (see sequenceLiterals). Undefined when some alternative has neither (it may match with any characters), so that the
 * pattern must always be run.
 * @remarks Conservative: escapes, classes, groups, `.`, anchors and quantified characters end a run; a run is a
 * necessary part of every match of its alternative, and so is a group without a quantifier.
 */
export function requiredLiterals(source: string): string[] | undefined {
  const parts = alternatives(source);
  if (!parts) return undefined;
  const literals: string[] = [];
  for (const part of parts) {
    const found = sequenceLiterals(part);
    if (!found) return undefined;
    literals.push(...found);
  }
  return literals;
}
