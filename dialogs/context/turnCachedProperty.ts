import type { StatePropertyAccessor, TurnContext } from 'botbuilder';

/**
 * A state property read from its state once per turn: later reads in the same turn get the same object from the
 * turn's context without going through the state again.
 * @remarks botbuilder's accessor loads the state object (cached per turn) and looks the property up on every read;
 * the bot reads its conversation data about ten times a turn. The value is the very object botbuilder would return,
 * so changes to it are saved as before; `set` and `delete` forget it. Only valid while nothing replaces the state
 * object within a turn (`BotState.clear`, `load(context, true)`), which the bot never does.
 */
export class TurnCachedProperty<T> implements StatePropertyAccessor<T> {
  private readonly key = Symbol('turnCachedProperty');

  constructor(private readonly inner: StatePropertyAccessor<T>) {}

  async get(context: TurnContext, defaultValue?: T): Promise<T> {
    const cached = context.turnState.get(this.key) as T | undefined;
    if (cached !== undefined) return cached;
    const value = defaultValue === undefined ? await this.inner.get(context) : await this.inner.get(context, defaultValue);
    if (value !== undefined) context.turnState.set(this.key, value);
    return value as T;
  }

  async set(context: TurnContext, value: T): Promise<void> {
    context.turnState.delete(this.key);
    await this.inner.set(context, value);
  }

  async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.key);
    await this.inner.delete(context);
  }
}
