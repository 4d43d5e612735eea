/**
 * `npm run record:replies -- --out FILE [SET.jsonl …]`: runs every question and conversation of the study sets
 * through the in-process bot (as bench:turn wires it, no HTTP) and writes, per turn, the bot's replies and what
 * `understand` made of the message (scores included) as one JSON line. Two recordings of the same day are compared
 * with `cmp`: a change meant to save time only must leave them byte for byte the same.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Activity } from 'botbuilder';
import { QUESTION_MIX } from '../bench/questionMix.js';
import { inProcessBot } from '../bench/turnBots.js';
import { loadContent, understandFor } from '../core/content.js';
import { PROJECT_ROOT } from '../paths.js';

// the study sets: questions (each a conversation of its own) and conversations (their turns in order)
const DEFAULT_SETS = [
  '../shared/eval/questions-dev.jsonl', '../shared/eval/conversations-dev.jsonl', '../../shared/eval/questions-dev.jsonl', '../../shared/eval/conversations-dev.jsonl',
  ...['tune', 'tune2', 'tune3', 'tune4', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'tune-conversations', 'tune3-conversations', 'tune4-conversations', 'conversations-holdout', 'holdout2-conversations', 'holdout3-conversations', 'holdout4-conversations'].map((name) => `test/eval/independent/${name}.jsonl`),
  ...['realistic', 'own', 'neighbour', 'simple'].map((name) => `test/core/recognizer/${name}-questions.jsonl`),
];
// what changes from run to run without the bot saying anything else
const VOLATILE = new Set(['id', 'timestamp', 'localTimestamp', 'replyToId']);
const LOCALES = ['de-DE', 'en-US'];

interface Turn { say?: string; click?: string; value?: unknown }
interface SetLine { q?: string; locale?: string; turns?: Turn[] }
interface SubmitAction { type: 'Action.Submit'; title?: string; data?: unknown }

/** The Action.Submit buttons anywhere in the replies' cards (what a click sends, as run-conversations.mjs does). */
function submitActions(value: unknown, found: SubmitAction[] = []): SubmitAction[] {
  if (Array.isArray(value)) for (const item of value) submitActions(item, found);
  else if (value && typeof value === 'object') {
    if ((value as { type?: unknown }).type === 'Action.Submit') found.push(value as SubmitAction);
    for (const item of Object.values(value)) submitActions(item, found);
  }
  return found;
}

/** A reply as JSON without its ids and times. */
const stable = (activity: Partial<Activity>): string => JSON.stringify(activity, (key, value: unknown) => (VOLATILE.has(key) ? undefined : value));

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  if (!values.out) throw new Error('--out FILE is required');
  const sets = (positionals.length > 0 ? positionals : DEFAULT_SETS).map((path) => resolve(PROJECT_ROOT, path)).filter((path) => existsSync(path));
  const understand = understandFor(loadContent(PROJECT_ROOT));
  const bot = inProcessBot(PROJECT_ROOT);
  const lines: string[] = [];
  let last: Partial<Activity>[] = [];
  const record = async (conversation: string, turn: Turn, locale: string): Promise<void> => {
    const button = turn.click === undefined ? undefined : submitActions(last).find((a) => a.title?.toLowerCase() === turn.click!.toLowerCase());
    const text = button ? undefined : turn.say ?? turn.click;
    last = await bot(conversation, text, locale, button?.data ?? turn.value);
    lines.push(JSON.stringify({ conversation, locale, understood: text === undefined ? null : understand(text), replies: last.map(stable) }));
  };
  for (const path of sets) {
    const entries = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as SetLine);
    for (const [n, entry] of entries.entries()) {
      for (const locale of entry.locale ? [entry.locale] : LOCALES) {
        const id = `${path}#${n}@${locale}`;
        last = [];
        if (entry.q !== undefined) await record(id, { say: entry.q }, locale);
        for (const turn of entry.turns ?? []) await record(id, turn, locale);
      }
    }
    console.log(`${path}: ${entries.length}`);
  }
  for (let i = 0; i < 600; i++) await record(`mix-${i % 10}`, { say: QUESTION_MIX[((i % 10) * 7 + Math.floor(i / 10)) % QUESTION_MIX.length]!.text }, 'de-DE');
  writeFileSync(values.out, `${lines.join('\n')}\n`);
  console.log(`${lines.length} turns recorded in ${values.out}`);
}

main().catch((error: unknown) => {
  console.error('record:replies failed:', error instanceof Error ? error.stack : error);
  process.exit(1);
});
