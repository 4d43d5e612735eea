import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadUnderstand } from '../core/content.js';
import type { Understand } from '../core/understand.js';

const DEFAULT_SET = '/work/shared/eval/questions-dev.jsonl';
const WARM_UP_PASSES = 5;
const PASSES = 100;

const quantile = (sorted: Float64Array, q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (x: number): string => `${x.toFixed(3)} ms`;

/** Times every question once cold, then over many passes; prints p50/p99/mean/max. */
function timeQuestions(label: string, understand: Understand, questions: readonly string[]): void {
  const time = (q: string): number => {
    const t0 = performance.now();
    understand(q);
    return performance.now() - t0;
  };
  const cold = Float64Array.from(questions, time).sort();
  for (let pass = 1; pass < WARM_UP_PASSES; pass++) questions.forEach(time);
  const warm = new Float64Array(PASSES * questions.length);
  let i = 0;
  for (let pass = 0; pass < PASSES; pass++) for (const q of questions) warm[i++] = time(q);
  warm.sort();
  const mean = warm.reduce((a, b) => a + b, 0) / warm.length;
  console.log(`${label}`);
  console.log(`  first pass (cold caches, JIT warming up): p50 ${ms(quantile(cold, 0.5))}   p99 ${ms(quantile(cold, 0.99))}   max ${ms(cold[cold.length - 1]!)}`);
  console.log(`  ${PASSES} passes after ${WARM_UP_PASSES} warm-up passes (${warm.length} calls): p50 ${ms(quantile(warm, 0.5))}   p99 ${ms(quantile(warm, 0.99))}   mean ${ms(mean)}   max ${ms(warm[warm.length - 1]!)}`);
}

/** `npm run bench [-- path.jsonl]`: start-up time, time per question (recognizer alone and with place resolution), heap used. */
function main(path: string): void {
  const startedAt = performance.now();
  const { understand, knowledge, languages } = loadUnderstand(process.cwd());
  const startUp = performance.now() - startedAt;
  const recognizerOnly = loadUnderstand(process.cwd(), () => null).understand;
  const questions = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { q: string }).q);

  console.log(`knowledge: ${knowledge.topics.length} topics, languages ${languages.join(', ')}; questions: ${questions.length} from ${path}`);
  console.log(`start-up (load + validate knowledge, intents, regions + build index): ${ms(startUp)}`);
  timeQuestions('recognizer (understand without place resolution)', recognizerOnly, questions);
  timeQuestions('understand (recognizer + region resolver)', understand, questions);
  console.log(`heap used: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)} MB (both instances loaded)`);
}

main(process.argv[2] ?? DEFAULT_SET);
