import { AsyncLocalStorage } from 'node:async_hooks';

const scope = new AsyncLocalStorage<number>();

/**
 * Runs `turn` so that every state item it reads or writes in Redis expires after `ttlMs` (when shorter than the
 * storage's own idle time). Used for unauthenticated `/api/messages` turns: anyone can start them, so what they
 * leave behind must go away soon.
 */
export function withStateTtl<T>(ttlMs: number, turn: () => Promise<T>): Promise<T> {
  return scope.run(ttlMs, turn);
}

/** The idle time for state touched now: `defaultMs`, or the shorter one of an enclosing {@link withStateTtl}. */
export function currentStateTtl(defaultMs: number): number {
  const scoped = scope.getStore();
  return scoped === undefined ? defaultMs : Math.min(scoped, defaultMs);
}
