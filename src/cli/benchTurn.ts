import { parseArgs } from 'node:util';
import { QUESTION_MIX } from '../bench/questionMix.js';
import { readFileSync } from 'node:fs';
import { attributeSamples, profileStages, type CpuProfile, type StageProfile } from '../bench/stageProfile.js';
import { inProcessBot, inProcessFloor, runMix, type InProcessTurn } from '../bench/turnBots.js';
import { PROJECT_ROOT } from '../paths.js';

const USAGE = `npm run bench:turn [-- options]
  --turns N     turns per measurement (default 4000)
  --rounds N    alternating floor/bot measurements (default 3)
  --profile     also attribute the bot's CPU to the stages of a turn (V8 sampling profiler)
  --ablate      also measure the bot with understanding answered from a table after a message's first turn
                (what a turn costs without the recognizer and place resolution; a measurement, never the bot)
  --analyse F   attribute the samples of a profile written by node --cpu-prof (e.g. of bench:load's bot) instead
  --root DIR    the checkout the analysed profile ran from (default: this one)
  --json        print the figures as JSON`;

/** CPU microseconds per turn of `turns` turns of the mix (user + system time of this process, garbage collection included). */
async function cpuPerTurn(turn: InProcessTurn, turns: number): Promise<number> {
  const before = process.cpuUsage();
  await runMix(turn, QUESTION_MIX, turns);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / turns;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * `npm run bench:turn`: the CPU the bot spends per turn of the load mix in-process (no HTTP; memory state), against
 * the dialog floor measured in alternating rounds; with --profile, where the bot's time goes by stage.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { analyse: { type: 'string' }, root: { type: 'string', default: PROJECT_ROOT }, turns: { type: 'string', default: '4000' }, rounds: { type: 'string', default: '3' }, profile: { type: 'boolean', default: false }, ablate: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
  if (values.help) return console.log(USAGE);
  if (values.analyse) return printProfile(attributeSamples(JSON.parse(readFileSync(values.analyse, 'utf8')) as CpuProfile, values.root), 1);
  const turns = Number(values.turns);
  const rounds = Number(values.rounds);
  const bot = inProcessBot(PROJECT_ROOT);
  const floor = inProcessFloor();
  const ablated = values.ablate ? inProcessBot(PROJECT_ROOT, { understandOnce: true }) : undefined;
  // warm-up: JIT, caches of the content, the conversations' state
  await runMix(bot, QUESTION_MIX, Math.min(turns, 2000));
  await runMix(floor, QUESTION_MIX, Math.min(turns, 2000));
  if (ablated) await runMix(ablated, QUESTION_MIX, Math.min(turns, 2000));
  const botUs: number[] = [];
  const floorUs: number[] = [];
  const ablatedUs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    floorUs.push(await cpuPerTurn(floor, turns));
    botUs.push(await cpuPerTurn(bot, turns));
    if (ablated) ablatedUs.push(await cpuPerTurn(ablated, turns));
  }
  const figures = {
    turns, rounds, floorUs: median(floorUs), botUs: median(botUs), ratio: median(botUs) / median(floorUs), botRounds: botUs, floorRounds: floorUs,
    ...(ablated ? { withoutUnderstandingUs: median(ablatedUs), withoutUnderstandingRounds: ablatedUs } : {}),
  };
  const profile = values.profile ? await profileStages(() => runMix(bot, QUESTION_MIX, turns), PROJECT_ROOT) : undefined;
  if (values.json) return console.log(JSON.stringify({ ...figures, profile }, null, 2));
  const us = (x: number) => `${x.toFixed(0).padStart(6)} µs`;
  console.log(`CPU per turn, in-process (no HTTP), median of ${rounds} alternating rounds of ${turns} turns:`);
  console.log(`  dialog floor ${us(figures.floorUs)}   bot ${us(figures.botUs)}   bot/floor ${figures.ratio.toFixed(2)} ×`);
  console.log(`  rounds: floor ${floorUs.map((x) => x.toFixed(0)).join(', ')}; bot ${botUs.map((x) => x.toFixed(0)).join(', ')}`);
  if (figures.withoutUnderstandingUs !== undefined) {
    console.log(`  bot without understanding (--ablate) ${us(figures.withoutUnderstandingUs)}   ${(figures.withoutUnderstandingUs / figures.floorUs).toFixed(2)} × floor; understanding ≈ ${us(figures.botUs - figures.withoutUnderstandingUs)}`);
    console.log(`  rounds: ${ablatedUs.map((x) => x.toFixed(0)).join(', ')}`);
  }
  if (profile) printProfile(profile, figures.botUs);
}

/** Prints the stages (as µs of `perTurnUs` when known), the top functions by self time and the project's own by total time. */
function printProfile(profile: StageProfile, perTurnUs: number): void {
  const us = (x: number) => `${x.toFixed(0).padStart(6)} µs`;
  console.log(perTurnUs > 1 ? `\nThe bot's CPU by stage (share of profiler samples × ${perTurnUs.toFixed(0)} µs):` : '\nSamples by stage:');
  for (const { stage, share } of profile.stages) console.log(`  ${perTurnUs > 1 ? us(share * perTurnUs) : ''}  ${(share * 100).toFixed(1).padStart(5)} %  ${stage}`);
  console.log('\nTop functions by self time:');
  for (const { fn, file, share } of profile.top) console.log(`  ${(share * 100).toFixed(1).padStart(5)} %  ${fn}  ${file}`);
  console.log('\nThe project\'s own functions by total time (including what they call):');
  for (const { fn, file, share } of profile.inclusive) console.log(`  ${(share * 100).toFixed(1).padStart(5)} %  ${fn}  ${file}`);
}

main().catch((error: unknown) => {
  console.error('bench:turn failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
