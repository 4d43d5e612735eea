import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startChildServer } from '../bench/childServer.js';
import { launchChromium, measureVisit, NETWORK_PROFILES, type VisitFigures } from '../bench/pageLoad.js';
import { describeMachine, median } from '../bench/report.js';
import { PROJECT_ROOT } from '../paths.js';

const USAGE = `npm run bench:page [-- options]
  --runs N   visits per connection and kind of visit; the median counts (default 5)
  --json     print the figures as JSON
  --strict   exit with 1 when a target is missed`;

/** Targets of issue 17: first message on 4G and fast 3G, bytes before it, bytes of a returning visit. */
const TARGETS = { '4G': 1_500, 'fast 3G': 3_000, bytesBeforeFirstMessage: 300_000, returningBytes: 20_000 };

/** The median of each figure over the runs. */
const medianOf = (runs: VisitFigures[]): VisitFigures => ({
  firstMessageMs: Math.round(median(runs.map((r) => r.firstMessageMs))),
  bytesBeforeFirstMessage: median(runs.map((r) => r.bytesBeforeFirstMessage)),
  webChatMs: Math.round(median(runs.map((r) => r.webChatMs))),
  bytesUntilWebChat: median(runs.map((r) => r.bytesUntilWebChat)),
});

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

/** `npm run bench:page`: the chat page in Chromium, cache off and returning, per emulated connection. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, json: { type: 'boolean', default: false }, strict: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
  if (values.help) return console.log(USAGE);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs <= 0) throw new Error(`--runs must be a positive whole number, not "${values.runs}"`);
  const welcome = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'locales/de/translation.json'), 'utf8')) as { welcome: { text: string } }).welcome.text;
  const welcomeStart = welcome.slice(0, 30);

  const [server, browser] = await Promise.all([
    startChildServer(PROJECT_ROOT, 'bot', 'dist', { LOG_LEVEL: 'error', RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_CONVERSATION_PER_MINUTE: '0' }),
    launchChromium(),
  ]);
  const results: { profile: string; visit: 'first' | 'returning'; figures: VisitFigures }[] = [];
  try {
    for (const profile of NETWORK_PROFILES) {
      for (const returning of [false, true]) {
        const measured: VisitFigures[] = [];
        for (let run = 0; run < runs; run++) measured.push(await measureVisit(browser, server.baseUrl + '/', profile, welcomeStart, returning));
        const figures = medianOf(measured);
        results.push({ profile: profile.name, visit: returning ? 'returning' : 'first', figures });
        console.error(`· ${profile.name}, ${returning ? 'returning' : 'first'} visit: first message ${figures.firstMessageMs} ms, Web Chat ${figures.webChatMs} ms`);
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }

  const first = (name: string) => results.find((r) => r.profile === name && r.visit === 'first')!.figures;
  const returningBytes = Math.max(...results.filter((r) => r.visit === 'returning').map((r) => r.figures.bytesUntilWebChat));
  const verdicts = [
    { target: 'first message on 4G ≤ 1.5 s', met: first('4G').firstMessageMs <= TARGETS['4G'] },
    { target: 'first message on fast 3G ≤ 3 s', met: first('fast 3G').firstMessageMs <= TARGETS['fast 3G'] },
    { target: '≤ 300 KB before the first message', met: Math.max(...NETWORK_PROFILES.map((p) => first(p.name).bytesBeforeFirstMessage)) <= TARGETS.bytesBeforeFirstMessage },
    { target: 'returning visit < 20 KB', met: returningBytes < TARGETS.returningBytes },
  ];
  if (values.json) {
    console.log(JSON.stringify({ date: new Date().toISOString(), machine: describeMachine(), runs, results, verdicts }, null, 2));
  } else {
    console.log(`Chat page, median of ${runs} visits per row (${describeMachine().cpu}, ${describeMachine().cores} cores)\n`);
    console.log('| connection | visit | first message | bytes before it | Web Chat shown | bytes until then |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const { profile, visit, figures: f } of results) {
      console.log(`| ${profile} | ${visit} | ${f.firstMessageMs} ms | ${kb(f.bytesBeforeFirstMessage)} | ${f.webChatMs} ms | ${kb(f.bytesUntilWebChat)} |`);
    }
    console.log('');
    for (const verdict of verdicts) console.log(`${verdict.met ? 'met   ' : 'MISSED'} ${verdict.target}`);
  }
  if (values.strict && verdicts.some((v) => !v.met)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
