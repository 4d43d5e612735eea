import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadContent, understandFor } from '../core/content.js';
import { DEFAULT_EXAMPLE_WEIGHTS, type ExampleWeights } from '../core/recognizer/exampleEvidence.js';
import { toAskRecord, type Understand } from '../core/understand.js';

/** One line of an eval set: the question, its intent and the expected topic ids. */
interface EvalCase {
  q: string;
  intent: string;
  expect: string[];
}

// every study set of issue 13; a set that is not there is skipped
const STUDY_SETS = [
  '/work/shared/eval/questions-dev.jsonl',
  'test/eval/independent/tune.jsonl',
  'test/eval/independent/tune2.jsonl',
  'test/eval/independent/tune3.jsonl',
  'test/eval/independent/holdout.jsonl',
  'test/eval/independent/holdout2.jsonl',
  'test/eval/independent/holdout3.jsonl',
  'test/eval/independent/tune4.jsonl',
  'test/eval/independent/holdout4.jsonl',
  'test/eval/independent/holdout6.jsonl',
  'test/eval/independent/holdout7.jsonl',
  'test/eval/independent/holdout8.jsonl',
  'test/eval/independent/holdout9.jsonl',
  'test/eval/independent/holdout10.jsonl',
  'test/eval/independent/holdout11.jsonl',
  'test/eval/independent/holdout12.jsonl',
  'test/eval/independent/holdout13.jsonl',
  'test/eval/independent/holdout14.jsonl',
  'test/eval/independent/holdout15.jsonl',
  'test/eval/independent/holdout16.jsonl',
  'test/eval/independent/holdout17.jsonl',
  'test/eval/independent/holdout18.jsonl',
  'test/eval/independent/holdout19.jsonl',
  'test/core/recognizer/realistic-questions.jsonl',
  'test/core/recognizer/own-questions.jsonl',
  'test/core/recognizer/neighbour-questions.jsonl',
  'test/core/recognizer/neighbour-questions-2.jsonl',
  'test/core/recognizer/neighbour-questions-3.jsonl',
];

const pct = (n: number, d: number): string => (d === 0 ? '    -' : ((100 * n) / d).toFixed(1).padStart(5));

/** Prints the figures of every set for one `understand`; with `showMisses`, the questions it gets wrong. */
function evaluate(understand: Understand, sets: readonly { path: string; cases: EvalCase[] }[], showMisses: boolean): void {
  console.log(`${'set'.padEnd(28)} top-1 top-3   oos f-dk   (n, oos n)`);
  for (const { path, cases } of sets) {
    const results = cases.map((c) => ({ c, r: toAskRecord(c.q, understand(c.q)) }));
    const withIds = results.filter(({ c }) => c.expect.length > 0);
    const top1 = withIds.filter(({ c, r }) => r.ids[0] === c.expect[0]).length;
    const top3 = withIds.filter(({ c, r }) => r.ids.slice(0, 3).includes(c.expect[0]!)).length;
    const dontKnow = withIds.filter(({ r }) => r.ids.length === 0).length;
    const outOfScope = results.filter(({ c }) => c.intent === 'out-of-scope');
    const rejected = outOfScope.filter(({ r }) => r.intent === 'out-of-scope' || r.ids.length === 0).length;
    const name = path.split('/').pop()!.replace('.jsonl', '');
    console.log(`${name.padEnd(28)} ${pct(top1, withIds.length)} ${pct(top3, withIds.length)} ${pct(rejected, outOfScope.length)} ${pct(dontKnow, withIds.length)}   (${withIds.length}, ${outOfScope.length})`);
    if (!showMisses) continue;
    for (const { c, r } of results) {
      const wrong = c.expect.length > 0 ? r.ids[0] !== c.expect[0] : c.intent === 'out-of-scope' && r.intent !== 'out-of-scope' && r.ids.length > 0;
      if (wrong) console.log(`    ${c.q}\n      [${c.expect.join(', ')}] → ${r.intent} [${r.ids.join(', ')}]`);
    }
  }
}

/**
 * `npx tsx src/cli/evalSets.ts [--misses] [--examples '{"bonus":0.3}' …] [set.jsonl …]`: top-1 / top-3 / out-of-scope
 * rejected / false don't-know of every study set in one process (the figures `npm run eval` prints per set), so that a
 * change is measured on all at once. Each `--examples` (weights of exampleEvidence.ts over the defaults) gets its own table.
 */
function main(args: string[]): void {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { misses: { type: 'boolean', default: false }, examples: { type: 'string', multiple: true } } });
  const sets = (positionals.length > 0 ? positionals : STUDY_SETS).filter((path) => existsSync(path))
    .map((path) => ({ path, cases: readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalCase) }));
  const content = loadContent(process.cwd());
  for (const weights of values.examples ?? ['{}']) {
    const examples: ExampleWeights = { ...DEFAULT_EXAMPLE_WEIGHTS, ...(JSON.parse(weights) as Partial<ExampleWeights>) };
    console.log(`\nexample weights ${JSON.stringify(examples)}`);
    evaluate(understandFor(content, undefined, { examples }), sets, values.misses);
  }
}

main(process.argv.slice(2));
