import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { TurnCachedProperty } from '../../dialogs/context/turnCachedProperty.js';

type Data = { n?: number; tag?: string };

/** Runs one turn per step over one conversation; each step gets the cached property and the raw one. */
async function turns(steps: ((cached: TurnCachedProperty<Data>, raw: ReturnType<ConversationState['createProperty']>, context: TurnContext) => Promise<unknown>)[]) {
  const state = new ConversationState(new MemoryStorage());
  const raw = state.createProperty<Data>('data');
  const cached = new TurnCachedProperty(raw);
  const results: unknown[] = [];
  const adapter = new TestAdapter(async (context) => {
    results.push(await steps[results.length]!(cached, raw, context));
    await state.saveChanges(context);
  });
  for (let i = 0; i < steps.length; i++) await adapter.send({ type: ActivityTypes.Message, text: String(i) });
  return results;
}

describe('a state property cached for the turn', () => {
  it('gives every read of a turn the object botbuilder gives, and saves changes made to it', async () => {
    const [sameObject, saved] = await turns([
      async (cached, raw, context) => {
        const first = await cached.get(context, {});
        first.n = 1;
        return first === (await cached.get(context, {})) && first === (await raw.get(context));
      },
      async (cached, _raw, context) => (await cached.get(context, {})).n,
    ]);
    expect(sameObject).toBe(true);
    expect(saved).toBe(1);
  });

  it('forgets the cached object when the property is set or deleted', async () => {
    const [afterSet, afterDelete] = await turns([
      async (cached, _raw, context) => {
        await cached.get(context, { tag: 'old' });
        await cached.set(context, { tag: 'new' });
        return (await cached.get(context, {})).tag;
      },
      async (cached, _raw, context) => {
        await cached.get(context, {});
        await cached.delete(context);
        return cached.get(context);
      },
    ]);
    expect(afterSet).toBe('new');
    expect(afterDelete).toBeUndefined();
  });

  it('reads each turn anew: a later turn sees what an earlier one saved, not a stale object', async () => {
    const results = await turns([
      async (cached, _raw, context) => { (await cached.get(context, {})).n = 1; },
      async (cached, _raw, context) => { const d = await cached.get(context, {}); d.n = (d.n ?? 0) + 1; return d.n; },
      async (cached, _raw, context) => (await cached.get(context, {})).n,
    ]);
    expect(results.slice(1)).toEqual([2, 2]);
  });
});
