/** A message's or an example's terms with their weights (a word's confidence × its sentence's weight), before IDF. */
export type TermVector = ReadonlyMap<string, number>;

/** One example utterance as the index reads it: its class (topic id or out-of-scope) and its terms. */
export interface ExampleVector {
  topic: string;
  vector: TermVector;
}

/** How like a message is to each class's examples: the mean cosine of the class's best k examples, 0..1. */
export type ClassSimilarity = ReadonlyMap<string, number>;

/** TF-IDF index over the example utterances, built once at start-up. */
export interface ExampleIndex {
  /** Number of examples indexed; 0 means the recognizer has no examples. */
  size: number;
  /** Similarity of a term vector to every class that has an example sharing a term with it. */
  similarity(vector: TermVector): ClassSimilarity;
}

/** Best examples per class whose cosines are averaged: one lucky example does not make a topic. */
export const DEFAULT_BEST_EXAMPLES = 3;

/**
 * Builds the index: each term weighs its BM25-style IDF over the examples; a term no example has weighs like the rarest,
 * so a message full of words the examples never use is like none of them.
 */
export function createExampleIndex(examples: readonly ExampleVector[], bestExamples = DEFAULT_BEST_EXAMPLES): ExampleIndex {
  const n = examples.length;
  const df = new Map<string, number>();
  for (const { vector } of examples) for (const term of vector.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idfOf = (count: number): number => Math.log(1 + (n - count + 0.5) / (count + 0.5));
  const unknownIdf = idfOf(1);
  const idf = (term: string): number => { const count = df.get(term); return count === undefined ? unknownIdf : idfOf(count); };

  const classes = [...new Set(examples.map((e) => e.topic))];
  const classOf = Uint16Array.from(examples, (e) => classes.indexOf(e.topic));
  const norms = new Float64Array(n);
  const lists = new Map<string, [example: number, weight: number][]>();
  examples.forEach(({ vector }, example) => {
    let squares = 0;
    for (const [term, weight] of vector) {
      const w = weight * idf(term);
      squares += w * w;
      let list = lists.get(term);
      if (!list) lists.set(term, (list = []));
      list.push([example, w]);
    }
    norms[example] = Math.sqrt(squares);
  });
  // each term's examples and weights side by side in typed arrays: the per-message loop reads no tuples
  const postings = new Map([...lists].map(([term, list]) => [term, { examples: Uint32Array.from(list, ([example]) => example), weights: Float64Array.from(list, ([, w]) => w) }]));
  const dots = new Float64Array(n);
  const best = new Float64Array(classes.length * bestExamples);

  return {
    size: n,
    similarity(vector) {
      const result = new Map<string, number>();
      let squares = 0;
      const touched: number[] = [];
      for (const [term, weight] of vector) {
        const w = weight * idf(term);
        squares += w * w;
        const posting = postings.get(term);
        if (!posting) continue;
        const { examples: termExamples, weights } = posting;
        for (let i = 0; i < termExamples.length; i++) {
          const example = termExamples[i]!;
          if (dots[example] === 0) touched.push(example);
          dots[example]! += w * weights[i]!;
        }
      }
      if (touched.length === 0) return result;
      const norm = Math.sqrt(squares);
      best.fill(0);
      for (const example of touched) {
        const cosine = dots[example]! / (norm * norms[example]!);
        dots[example] = 0;
        // keep the class's k best cosines, largest first
        const base = classOf[example]! * bestExamples;
        for (let i = 0, value = cosine; i < bestExamples; i++) {
          if (value <= best[base + i]!) continue;
          const kept = best[base + i]!;
          best[base + i] = value;
          value = kept;
        }
      }
      classes.forEach((topic, c) => {
        let sum = 0;
        for (let i = 0; i < bestExamples; i++) sum += best[c * bestExamples + i]!;
        if (sum > 0) result.set(topic, sum / bestExamples);
      });
      return result;
    },
  };
}
