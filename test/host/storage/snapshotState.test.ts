import { ConversationState, TestAdapter, TurnContext, UserState, type Activity, type BotState, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { BoundedMemoryStorage } from '../../../src/host/storage/boundedMemoryStorage.js';
import { SnapshotConversationState, SnapshotUserState } from '../../../src/host/storage/snapshotState.js';

/** A storage that records the writes and deletes it is asked for. */
class RecordingStorage extends BoundedMemoryStorage {
  readonly writes: StoreItems[] = [];
  readonly deletes: string[][] = [];
  constructor() { super({ ttlMs: 60_000, maxEntries: 100 }); }
  override async write(changes: StoreItems): Promise<void> {
    this.writes.push(JSON.parse(JSON.stringify(changes)) as StoreItems);
    return super.write(changes);
  }
  override async delete(keys: string[]): Promise<void> {
    this.deletes.push(keys);
    return super.delete(keys);
  }
}

const activity: Partial<Activity> = { type: 'message', channelId: 'test', conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: '' }, from: { id: 'u1', name: '' }, recipient: { id: 'bot', name: '' } };
const contextOf = () => new TurnContext(new TestAdapter(async () => undefined), activity);

type Step = (state: BotState, context: TurnContext) => Promise<unknown>;
const read = (name: string): Step => (state, context) => state.createProperty(name).get(context, {});
// a copy per run: the steps of a case run once for each state class
const set = (name: string, value: unknown): Step => (state, context) => state.createProperty(name).set(context, structuredClone(value));
const mutate = (name: string, change: (value: Record<string, unknown>) => void): Step => async (state, context) => change(await state.createProperty<Record<string, unknown>>(name).get(context, {}));
const save = (force = false): Step => (state, context) => state.saveChanges(context, force);

/** Turns of steps; every turn gets a fresh context, as every activity does. */
const CASES: [string, Step[][]][] = [
  ['a state only read', [[set('a', { n: 1 }), save()], [read('a'), save()]]],
  ['a changed value', [[set('a', { n: 1 }), save()], [mutate('a', (v) => { v.n = 2; }), save()]]],
  ['a value set to what it was', [[set('a', { n: 1 }), save()], [set('a', { n: 1 }), save()]]],
  ['a value added and removed again', [[set('a', { n: 1 }), save()], [mutate('a', (v) => { v.x = 1; delete v.x; }), save()]]],
  ['a nested change', [[set('a', { list: [1, 2] }), save()], [mutate('a', (v) => { (v.list as number[]).push(3); }), save()]]],
  ['a forced save of an unchanged state', [[set('a', { n: 1 }), save()], [read('a'), save(true)]]],
  ['a forced save of a state never read', [[save(true)]]],
  ['a save of a state never read', [[save()]]],
  ['a cleared state', [[set('a', { n: 1 }), save()], [(s, c) => s.clear(c), save()], [read('a'), save()]]],
  ['a deleted state', [[set('a', { n: 1 }), save()], [(s, c) => s.delete(c)], [mutate('a', (v) => { v.n = 1; }), save()]]],
  ['two saves in one turn', [[set('a', { n: 1 }), save(), mutate('a', (v) => { v.n = 2; }), save(), save()]]],
  ['a reload that drops unsaved changes', [[set('a', { n: 1 }), save()], [mutate('a', (v) => { v.n = 5; }), (s, c) => s.load(c, true), save()]]],
];

/** What a state class does to its storage over the turns, and what each turn's `get` returned at its end. */
async function trace(make: (storage: RecordingStorage) => BotState, turns: Step[][]) {
  const storage = new RecordingStorage();
  const state = make(storage);
  const seen: unknown[] = [];
  for (const steps of turns) {
    const context = contextOf();
    for (const step of steps) await step(state, context);
    seen.push(JSON.parse(JSON.stringify(state.get(context) ?? null)) as unknown);
  }
  return { writes: storage.writes, deletes: storage.deletes, seen };
}

describe('state with change detection by JSON', () => {
  it.each(CASES)('writes, deletes and reads as botbuilder’s ConversationState: %s', async (_label, turns) => {
    const expected = await trace((s) => new ConversationState(s), turns);
    const actual = await trace((s) => new SnapshotConversationState(s), turns);
    expect(actual).toEqual(expected);
  });

  it.each(CASES)('writes, deletes and reads as botbuilder’s UserState: %s', async (_label, turns) => {
    const expected = await trace((s) => new UserState(s), turns);
    const actual = await trace((s) => new SnapshotUserState(s), turns);
    expect(actual).toEqual(expected);
  });

  it('writes a changed state and skips an unchanged one', async () => {
    const { writes } = await trace((s) => new SnapshotConversationState(s), [[set('a', 1), save()], [read('a'), save()], [set('a', 2), save()]]);
    expect(writes.map((w) => Object.values(w)[0]?.a)).toEqual([1, 2]);
  });
});
