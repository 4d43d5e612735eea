/**
 * Measures place resolution on the dev question set (not a test: the questions stay outside the repository).
 *
 *   npx tsx test/core/regions/devset.measure.ts [path/to/questions-dev.jsonl]
 *
 * Prints: the share of "find-contact" questions whose `place` (a district name) resolvePlace finds, the time per
 * resolution over all questions, the load time of loadRegions and the heap it adds, and the misses.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadRegions, resolvePlace } from '../../../src/core/regions/index.js';

const root = resolve(import.meta.dirname, '../../..');
const file = process.argv[2] ?? resolve(root, '../shared/eval/questions-dev.jsonl');
const questions = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { q: string; intent: string; place?: string });

const heapBefore = process.memoryUsage().heapUsed;
const loadStart = performance.now();
const regions = loadRegions(root);
const loadMs = performance.now() - loadStart;
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;

const contactQuestions = questions.filter((q) => q.intent === 'find-contact' && q.place);
const misses: string[] = [];
for (const q of contactQuestions) {
  const result = resolvePlace(regions, q.q);
  if (result.kind !== 'district' || result.district.name !== q.place) misses.push(`  expected ${q.place}, got ${JSON.stringify(result.kind === 'district' ? result.district.name : result)}  ← ${q.q}`);
}
const placesInOthers = questions.filter((q) => q.intent !== 'find-contact').map((q) => ({ q: q.q, r: resolvePlace(regions, q.q) })).filter((x) => x.r.kind !== 'none');

const rounds = 200;
const timeStart = performance.now();
for (let i = 0; i < rounds; i++) for (const q of questions) resolvePlace(regions, q.q);
const perQuestionMs = (performance.now() - timeStart) / (rounds * questions.length);

const correct = contactQuestions.length - misses.length;
console.log(`find-contact questions: ${correct}/${contactQuestions.length} resolved to the expected district (${((100 * correct) / contactQuestions.length).toFixed(1)} %)`);
console.log(`other questions with a place found: ${placesInOthers.length}/${questions.length - contactQuestions.length}`);
for (const x of placesInOthers) console.log(`  ${JSON.stringify(x.r.kind === 'district' ? x.r.place : x.r)}  ← ${x.q}`);
console.log(`time per resolution: ${(perQuestionMs * 1000).toFixed(1)} µs (mean over ${questions.length} questions × ${rounds})`);
console.log(`loadRegions: ${loadMs.toFixed(0)} ms, heap +${heapMb.toFixed(1)} MB (first load in this process, including the postal code index)`);
if (misses.length > 0) console.log(`misses:\n${misses.join('\n')}`);
