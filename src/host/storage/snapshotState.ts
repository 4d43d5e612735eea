import { ConversationState, UserState, type BotState, type TurnContext } from 'botbuilder';
import { takeReadJson, withWriteJson } from './storedJson.js';

/** A state object as read in this turn and its JSON (without the eTag) when it was read or last saved. */
interface CachedState {
  state: Record<string, unknown>;
  snapshot: string;
}

/** The state's JSON without its eTag: equal for equal state, so a changed snapshot means a changed state. */
function snapshotOf(state: Record<string, unknown>): string {
  // JSON leaves out a property whose value is undefined
  return JSON.stringify('eTag' in state ? { ...state, eTag: undefined } : state);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript requires a mixin's base to take `...any[]`
type BotStateClass = new (...args: any[]) => BotState;

/**
 * A botbuilder state class that tells a changed state from an unchanged one by its JSON instead of a SHA-256 hash.
 * @remarks `BotState` hashes the state when it is read, when it is saved and again after writing it, each time through
 * botbuilder's own `stringify` (a replacer called for every value) and SHA-256: five hashes a turn for conversation
 * and user state, ~40 µs. Comparing `JSON.stringify` results gives the same decision — save when and only when the
 * state changed — at a tenth of that; every storage writes the state as JSON anyway, so what it cannot serialise
 * fails the same turn either way. Everything else (accessors, storage keys, eTag `*` on write) is `BotState`'s.
 */
function withJsonSnapshots<T extends BotStateClass>(Base: T): T {
  return class extends Base {
    private readonly cacheKey = Symbol('state');

    override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
      const cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
      if (!force && cached?.state) return cached.state;
      const key = await this.storageKey(context);
      const items = await this.storage.read([key]);
      const state = (items[key] ?? {}) as Record<string, unknown>;
      // a storage that read the state from JSON offers that JSON, which is the snapshot (see storedJson.ts)
      context.turnState.set(this.cacheKey, { state, snapshot: takeReadJson(state) ?? snapshotOf(state) } satisfies CachedState);
      return state;
    }

    override async saveChanges(context: TurnContext, force = false): Promise<void> {
      let cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
      const current = cached && snapshotOf(cached.state);
      if (!force && (!cached || cached.snapshot === current)) return;
      const key = await this.storageKey(context);
      cached ??= { state: {}, snapshot: '' };
      cached.state.eTag = '*';
      const saved = cached.state;
      await withWriteJson(saved, current, () => this.storage.write({ [key]: saved }));
      // writing changes no storage's item but its eTag, which the snapshot leaves out: the JSON compared above is the saved one
      cached.snapshot = current ?? snapshotOf(cached.state);
      context.turnState.set(this.cacheKey, cached);
    }

    override async clear(context: TurnContext): Promise<void> {
      // An empty snapshot matches no state, so the cleared state is saved as BotState saves it.
      context.turnState.set(this.cacheKey, { state: {}, snapshot: '' } satisfies CachedState);
    }

    override async delete(context: TurnContext): Promise<void> {
      context.turnState.delete(this.cacheKey);
      await this.storage.delete([await this.storageKey(context)]);
    }

    override get(context: TurnContext): Record<string, unknown> | undefined {
      const cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
      return typeof cached === 'object' && typeof cached.state === 'object' ? cached.state : undefined;
    }
  };
}

/** botbuilder's `ConversationState`, with change detection by JSON (see {@link withJsonSnapshots}). */
export const SnapshotConversationState = withJsonSnapshots(ConversationState);
/** botbuilder's `UserState`, with change detection by JSON (see {@link withJsonSnapshots}). */
export const SnapshotUserState = withJsonSnapshots(UserState);
