import { foldGerman } from './fold.js';
import { tokenize, type Token } from './tokenize.js';

/** Replaces fixed expressions by one word ("ohne Arbeit" → "arbeitslos", "Agentur für Arbeit" → "Arbeitsagentur"). */
export type MultiwordRewriter = (tokens: readonly Token[]) => Token[];

/**
 * Creates the rewriter over `[expression, replacement]` pairs; longer expressions win. The replacement token
 * keeps the position (`index`) of the expression's first word.
 * @remarks Runs before stop words are removed, so expressions may contain them ("ohne", "für").
 */
export function createMultiwordRewriter(pairs: readonly (readonly [string, string])[]): MultiwordRewriter {
  const expressions = pairs
    .map(([expression, replacement]) => ({ words: tokenize(expression).map((t) => t.folded), replacement: foldGerman(replacement) }))
    .filter((e) => e.words.length >= 2)
    .sort((a, b) => b.words.length - a.words.length);
  const byFirst = new Map<string, typeof expressions>();
  for (const e of expressions) {
    const list = byFirst.get(e.words[0]!);
    if (list) list.push(e); else byFirst.set(e.words[0]!, [e]);
  }
  return (tokens) => {
    if (expressions.length === 0) return [...tokens];
    const out: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const found = byFirst.get(token.folded)?.find((e) => e.words.every((w, k) => tokens[i + k]?.folded === w));
      if (!found) { out.push(token); continue; }
      const raw = tokens.slice(i, i + found.words.length).map((t) => t.raw).join(' ');
      out.push({ ...token, raw, folded: found.replacement, capitalised: false, acronym: false, numeric: false });
      i += found.words.length - 1;
    }
    return out;
  };
}
