import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Runtime } from '../bench/childServer.js';
import { baselineStartUpLabel, conversationsPhase, soakPhase, startUpPhase, throughputPhase, type PhaseContext } from '../bench/phases.js';
import { describeMachine, formatReport, median, type LoadReport } from '../bench/report.js';
import { compareWithEcho, conversationsVerdicts, soakVerdicts, startUpToFloorVerdict, startUpVerdict, type Verdict } from '../bench/targets.js';
import { PROJECT_ROOT, SERVER_BUNDLE } from '../paths.js';

const USAGE = `npm run bench:load [-- options]
  --duration S        seconds measured per server, concurrency and round (default 5)
  --rounds N          alternating echo/bot measurements per concurrency (default 3)
  --warmup S          warm-up seconds before each measurement, not counted (default 2)
  --concurrency LIST  concurrent conversations, comma-separated (default 10,50)
  --conversations N   conversations (one message each) before the memory reading (default 10000)
  --soak              also run the soak
  --soak-turns N      turns of the soak (default 100000)
  --node-arg ARG      extra node option for the server processes, repeatable (e.g. --node-arg=--max-semi-space-size=4)
  --baseline KIND     what the bot is compared with: floor (default; the echo through a DialogSet, issue 17) or echo
  --tsx               run both servers through tsx from src/ instead of from dist/ (as npm start runs the bot)
  --skip PHASES       comma-separated: throughput, startup, memory
  --startups N        starts of each server in the start-up phase, alternating; the median counts (default 3)
  --log-level LEVEL   LOG_LEVEL of the servers (default error: failures are counted, turns are not logged)
  --json              print the report as JSON
  --strict            exit with 1 when a target is missed`;

const positive = (name: string, value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive whole number, not "${value}"`);
  return n;
};

/** `npm run bench:load`: the bot against an echo bot on the same stack, start-up, memory and (opt-in) soak. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '2' },
      concurrency: { type: 'string', default: '10,50' },
      conversations: { type: 'string', default: '10000' },
      soak: { type: 'boolean', default: false },
      'soak-turns': { type: 'string', default: '100000' },
      tsx: { type: 'boolean', default: false },
      baseline: { type: 'string', default: 'floor' },
      'node-arg': { type: 'string', multiple: true, default: [] },
      skip: { type: 'string', default: '' },
      startups: { type: 'string', default: '3' },
      'log-level': { type: 'string', default: 'error' },
      json: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const skip = new Set(values.skip.split(',').filter(Boolean));
  const runtime: Runtime = values.tsx ? 'tsx' : 'dist';
  if (values.baseline !== 'floor' && values.baseline !== 'echo') throw new Error(`--baseline must be floor or echo, not "${values.baseline}"`);
  const baseline = values.baseline;
  const ctx: PhaseContext = {
    root: PROJECT_ROOT,
    runtime,
    // Rate limits and the connection cap off: the load comes from one address and would be refused; state bounded as in production.
    env: { LOG_LEVEL: values['log-level'], STATE_MAX_CONVERSATIONS: '10000', RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_CONVERSATION_PER_MINUTE: '0', MAX_CONNECTIONS_PER_CLIENT: '0' },
    nodeArgs: values['node-arg'],
    baseline,
    progress: (line) => console.error(`· ${line}`),
  };
  const report: LoadReport = { date: new Date().toISOString(), machine: describeMachine(), runtime: [runtime === 'tsx' ? 'servers: node --import tsx src/…' : 'servers: node dist/…', ...values['node-arg'], `LOG_LEVEL=${values['log-level']}`].join(' '), baseline, throughput: [], startUp: {}, verdicts: [] };
  const verdicts: Verdict[] = report.verdicts;

  if (!skip.has('throughput')) {
    const concurrencies = values.concurrency.split(',').map((c) => positive('concurrency', c.trim()));
    const warmup = values.warmup === '0' ? 0 : positive('warmup', values.warmup);
    report.throughput = await throughputPhase(ctx, concurrencies, positive('rounds', values.rounds), positive('duration', values.duration), warmup);
    for (const { echo, bot } of report.throughput) verdicts.push(...compareWithEcho(bot, echo, baseline));
  }
  if (!skip.has('startup')) {
    // The servers' own way first (judged), the other for comparison.
    const other: Runtime[] = runtime === 'dist' ? ['tsx'] : existsSync(join(PROJECT_ROOT, SERVER_BUNDLE)) ? ['dist'] : [];
    const runtimes: Runtime[] = [runtime, ...other];
    report.startUp = await startUpPhase(ctx, runtimes, positive('startups', values.startups));
    // The target is judged for the servers' runtime (by default dist/, as `npm start`); the other is information.
    const [measured] = Object.entries(report.startUp);
    if (measured) verdicts.push(startUpVerdict(measured[0], median(measured[1].wallMs)));
    const floor = report.startUp[baselineStartUpLabel(ctx)];
    if (measured && floor && baseline === 'floor') verdicts.push(startUpToFloorVerdict(median(measured[1].wallMs), median(floor.wallMs)));
  }
  if (!skip.has('memory')) {
    report.conversations = await conversationsPhase(ctx, positive('conversations', values.conversations));
    const { count, bot } = report.conversations;
    verdicts.push(...conversationsVerdicts(count, bot.rssAfterMb, bot.load.non2xx + bot.load.errors));
  }
  if (values.soak) {
    report.soak = await soakPhase(ctx, positive('soak-turns', values['soak-turns']));
    verdicts.push(...soakVerdicts(report.soak.turns, report.soak.failed, report.soak.samples));
  }

  console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
  if (values.strict && verdicts.some((v) => !v.pass)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error('bench:load failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
