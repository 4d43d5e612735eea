import { readFileSync } from 'node:fs';
import { ContentValidationError } from '../core/knowledge/validationError.js';
import { loadRegions } from '../core/regions/index.js';
import { loadUnderstand } from '../core/content.js';
import { toAskRecord, type AskRecord } from '../core/understand.js';

/** One line of the eval set (see /work/shared/eval/README.md). */
interface EvalCase {
  q: string;
  lang?: string;
  intent: string;
  expect: string[];
  /** For contact questions: the responsible district, by name. */
  place?: string;
}

const DEFAULT_SET = '/work/shared/eval/questions-dev.jsonl';
const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)} %`);
const ratio = (n: number, d: number): string => `${pct(n, d)}  (${n}/${d})`;

const USAGE = 'usage: npm run eval [-- questions.jsonl]   (default: ' + DEFAULT_SET + '; one {"q","intent","expect"[,"place"]} per line)';

/** Thrown for a set that cannot be read; the message says which file and line. */
class EvalSetError extends Error {}

function readCases(path: string): EvalCase[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new EvalSetError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n${USAGE}`);
  }
  return text.split('\n').flatMap((line, index) => {
    if (!line.trim()) return [];
    try {
      const c = JSON.parse(line) as EvalCase;
      if (typeof c.q !== 'string' || typeof c.intent !== 'string' || !Array.isArray(c.expect)) throw new Error('needs "q", "intent" and "expect"');
      return [c];
    } catch (error) {
      throw new EvalSetError(`${path}:${index + 1}: ${(error as Error).message}`);
    }
  });
}

/** `npm run eval [-- path.jsonl]`: scores the eval set through understand() and lists the misses; exits 0 unless the set or the content cannot be read. */
function main(path: string): void {
  const cases = readCases(path);
  const { understand } = loadUnderstand(process.cwd());
  const results = cases.map((c) => ({ c, r: toAskRecord(c.q, understand(c.q)) }));

  const withIds = results.filter(({ c }) => c.expect.length > 0);
  const top1 = withIds.filter(({ c, r }) => r.ids[0] === c.expect[0]);
  const top3 = withIds.filter(({ c, r }) => r.ids.slice(0, 3).includes(c.expect[0]!));
  const anyAt1 = withIds.filter(({ c, r }) => c.expect.includes(r.ids[0] ?? ''));
  const falseDontKnow = withIds.filter(({ r }) => r.ids.length === 0);
  const outOfScope = results.filter(({ c }) => c.intent === 'out-of-scope');
  const rejected = outOfScope.filter(({ r }) => r.intent === 'out-of-scope' || r.ids.length === 0);
  const districtName = new Map(loadRegions(process.cwd()).districts.map((d) => [d.key, d.name]));
  const withPlace = results.filter(({ c }) => c.place);
  const placeRight = withPlace.filter(({ c, r }) => r.district !== null && districtName.get(r.district) === c.place);

  console.log(`eval set: ${path}  (${cases.length} questions)\n`);
  console.log(`top-1 (expect[0] first)        ${ratio(top1.length, withIds.length)}`);
  console.log(`top-3 (expect[0] in first 3)   ${ratio(top3.length, withIds.length)}`);
  console.log(`any expected id at rank 1      ${ratio(anyAt1.length, withIds.length)}`);
  console.log(`false "don't know" (no ids)    ${ratio(falseDontKnow.length, withIds.length)}`);
  console.log(`out-of-scope rejected          ${ratio(rejected.length, outOfScope.length)}`);
  console.log(`district of contact questions  ${ratio(placeRight.length, withPlace.length)}`);

  console.log('\nintent accuracy');
  const intents = [...new Set(cases.map((c) => c.intent))].sort();
  for (const intent of intents) {
    const of = results.filter(({ c }) => c.intent === intent);
    const right = of.filter(({ r }) => r.intent === intent);
    const wrong = [...new Set(of.filter(({ r }) => r.intent !== intent).map(({ r }) => r.intent))];
    console.log(`  ${intent.padEnd(18)} ${ratio(right.length, of.length)}${wrong.length ? `   wrong as: ${wrong.join(', ')}` : ''}`);
  }
  const intentRight = results.filter(({ c, r }) => c.intent === r.intent).length;
  console.log(`  ${'all'.padEnd(18)} ${ratio(intentRight, results.length)}`);

  const byLanguage = [...new Set(withIds.map(({ c }) => c.lang ?? '?'))].sort();
  console.log('\ntop-1 by question language');
  for (const lang of byLanguage) {
    const of = withIds.filter(({ c }) => (c.lang ?? '?') === lang);
    console.log(`  ${lang.padEnd(18)} ${ratio(of.filter(({ c, r }) => r.ids[0] === c.expect[0]).length, of.length)}`);
  }

  const misses = results.filter(({ c, r }) => c.intent !== r.intent
    || (c.expect.length > 0 ? r.ids[0] !== c.expect[0] : r.ids.length > 0 && c.intent === 'out-of-scope')
    || (c.place !== undefined && districtName.get(r.district ?? '') !== c.place));
  console.log(`\nmisses (${misses.length}): wanted intent [expected ids] → got intent [ids] confidence`);
  for (const { c, r } of misses) console.log(formatMiss(c, r, districtName));
}

function formatMiss(c: EvalCase, r: AskRecord, districtName: ReadonlyMap<string, string>): string {
  const mark = c.expect.length > 0 && r.ids.slice(0, 3).includes(c.expect[0]!) ? 'top3' : c.expect.length > 0 ? 'MISS' : c.intent === r.intent ? 'ids ' : 'INT ';
  const place = c.place ? `  place ${c.place} → ${r.district ? districtName.get(r.district) ?? r.district : 'none'}` : '';
  return `  ${mark} ${c.q}\n       ${c.intent} [${c.expect.join(', ')}] → ${r.intent} [${r.ids.join(', ')}] ${r.confidence.toFixed(2)}${place}`;
}

const [arg] = process.argv.slice(2);
if (arg === '--help' || arg === '-h') {
  console.log(USAGE);
} else {
  try {
    main(arg ?? DEFAULT_SET);
  } catch (error) {
    if (!(error instanceof ContentValidationError || error instanceof EvalSetError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
