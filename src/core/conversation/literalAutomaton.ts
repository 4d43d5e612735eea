/** Finds which of a fixed set of literals occur in a text. */
export interface LiteralAutomaton {
  /** One entry per literal, in the order given: 1 where the literal occurs in `text` (as `text.includes` would find it). */
  scan(text: string): Uint8Array;
  /** The indexes of the literals that occur in `text`, each once, in no particular order. */
  occurring(text: string): number[];
}

/**
 * An Aho–Corasick automaton over `literals`, as a table of transitions: one pass over a text finds every literal in it,
 * however many there are. Compares UTF-16 code units, as `String.prototype.includes` does.
 * @remarks The characters no literal has share one class, so the table has a row of (distinct characters + 1) per state.
 */
export function literalAutomaton(literals: readonly string[]): LiteralAutomaton {
  const classOf = new Uint16Array(0x10000);
  let classes = 1;
  for (const literal of literals) {
    for (let i = 0; i < literal.length; i++) if (classOf[literal.charCodeAt(i)] === 0) classOf[literal.charCodeAt(i)] = classes++;
  }
  // the trie of the literals: state 0 is the root; `ends` lists the literals that end in a state
  const children: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  literals.forEach((literal, id) => {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const cls = classOf[literal.charCodeAt(i)]!;
      let child = children[state]!.get(cls);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        ends.push([]);
        children[state]!.set(cls, child);
      }
      state = child;
    }
    ends[state]!.push(id);
  });
  const states = children.length;
  const next = states <= 0x10000 ? new Uint16Array(states * classes) : new Uint32Array(states * classes);
  const fail = new Int32Array(states);
  // breadth first, so that a state's failure (its longest proper suffix in the trie) is complete before the state:
  // a state moves as its failure does, except along its own children, and ends every literal its failure ends
  const queue: number[] = [];
  for (const [cls, child] of children[0]!) {
    next[cls] = child;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const failure = fail[state]!;
    next.copyWithin(state * classes, failure * classes, (failure + 1) * classes);
    ends[state]!.push(...ends[failure]!);
    for (const [cls, child] of children[state]!) {
      fail[child] = next[failure * classes + cls]!;
      next[state * classes + cls] = child;
      queue.push(child);
    }
  }
  const endsFrom = new Int32Array(states + 1);
  for (let state = 0; state < states; state++) endsFrom[state + 1] = endsFrom[state]! + ends[state]!.length;
  const endIds = Int32Array.from(ends.flat());
  /** Calls `onEnd` with every literal that ends at each position of `text` (a literal once per occurrence). */
  const walk = (text: string, onEnd: (id: number) => void): void => {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = next[state * classes + classOf[text.charCodeAt(i)]!]!;
      for (let k = endsFrom[state]!; k < endsFrom[state + 1]!; k++) onEnd(endIds[k]!);
    }
  };
  return {
    scan(text) {
      const found = new Uint8Array(literals.length);
      walk(text, (id) => { found[id] = 1; });
      return found;
    },
    occurring(text) {
      const found: number[] = [];
      walk(text, (id) => { if (!found.includes(id)) found.push(id); });
      return found;
    },
  };
}
