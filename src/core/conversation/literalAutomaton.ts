/** Finds which of a fixed set of literals occur in a text. */
export interface LiteralAutomaton {
  /** The indexes of the literals that occur in `text` (as `text.includes` would find them), each once, in no particular order. */
  occurring(text: string): number[];
}

/**
 * An Aho–Corasick automaton over `literals`, as a table of transitions: one pass over a text finds every literal in it,
 * however many there are. Compares UTF-16 code units, as `String.prototype.includes` does; no literal may be empty.
 * @remarks The characters no literal has share one class, so the table has a row of (distinct characters + 1) per state.
 */
export function literalAutomaton(literals: readonly string[]): LiteralAutomaton {
  const classOf = new Uint16Array(0x10000);
  let classes = 1;
  let length = 0;
  for (const literal of literals) {
    length += literal.length;
    for (let i = 0; i < literal.length; i++) if (classOf[literal.charCodeAt(i)] === 0) classOf[literal.charCodeAt(i)] = classes++;
  }
  // the trie of the literals in the table (state 0 is the root, which is no one's child: 0 is "no child" until filled)
  const trie = length < 0xffff ? new Uint16Array((length + 1) * classes) : new Uint32Array((length + 1) * classes);
  const endOf: number[] = [];
  let states = 1;
  literals.forEach((literal, id) => {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const at = state * classes + classOf[literal.charCodeAt(i)]!;
      if (trie[at] === 0) trie[at] = states++;
      state = trie[at]!;
    }
    endOf[id] = state;
  });
  // literals share their beginnings: the table keeps the rows of the states there are
  const next = trie.slice(0, states * classes);
  const firstEnd = new Int32Array(states).fill(-1);
  const nextEnd = new Int32Array(literals.length).fill(-1);
  endOf.forEach((state, id) => {
    nextEnd[id] = firstEnd[state]!;
    firstEnd[state] = id;
  });
  // breadth first, so that a state's failure (its longest proper suffix in the trie) is complete before the state: a
  // state moves as its failure does except along its own children; `ending` is the nearest state down the failures
  // that ends a literal
  const fail = new Int32Array(states);
  const ending = new Int32Array(states);
  const queue = new Int32Array(states);
  let tail = 0;
  for (let cls = 1; cls < classes; cls++) if (next[cls] !== 0) queue[tail++] = next[cls]!;
  for (let head = 0; head < tail; head++) {
    const state = queue[head]!;
    const failure = fail[state]!;
    ending[state] = firstEnd[failure] !== -1 ? failure : ending[failure]!;
    for (let cls = 1; cls < classes; cls++) {
      const at = state * classes + cls;
      const child = next[at]!;
      if (child === 0) next[at] = next[failure * classes + cls]!;
      else {
        fail[child] = next[failure * classes + cls]!;
        queue[tail++] = child;
      }
    }
  }
  /** Calls `onEnd` with every literal that ends at each position of `text` (a literal once per occurrence). */
  const walk = (text: string, onEnd: (id: number) => void): void => {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = next[state * classes + classOf[text.charCodeAt(i)]!]!;
      for (let s = firstEnd[state] !== -1 ? state : ending[state]!; s !== 0; s = ending[s]!) {
        for (let id = firstEnd[s]!; id !== -1; id = nextEnd[id]!) onEnd(id);
      }
    }
  };
  return {
    occurring(text) {
      const found: number[] = [];
      walk(text, (id) => { if (!found.includes(id)) found.push(id); });
      return found;
    },
  };
}
