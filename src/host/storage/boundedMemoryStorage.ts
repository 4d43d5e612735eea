import type { Storage, StoreItems } from 'botbuilder';
import { offerReadJson, writeJsonOf } from './storedJson.js';

interface Entry {
  json: string;
  eTag: string;
  touchedAt: number;
}

/** Options of {@link BoundedMemoryStorage}. */
export interface BoundedMemoryStorageOptions {
  /** Idle time after which an entry is forgotten. */
  ttlMs: number;
  /** Entries kept at most; the least recently used go first. */
  maxEntries: number;
  /** Clock, replaceable in tests. */
  now?: () => number;
}

/**
 * A botbuilder `Storage` in process memory that forgets: entries expire after an idle time and the least
 * recently used are evicted beyond a size limit.
 * @remarks botbuilder's `MemoryStorage` never evicts, which makes it grow with every visitor. Here a `Map` kept in
 * order of last use makes both limits cheap: expired and surplus entries are always at its front. eTags work as in
 * `MemoryStorage`: a write carrying a stale eTag is rejected, `*` or no eTag overwrites.
 */
export class BoundedMemoryStorage implements Storage {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;
  private nextETag = 1;

  constructor(private readonly options: BoundedMemoryStorageOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Number of live entries (after dropping expired ones). */
  get size(): number {
    this.evict();
    return this.entries.size;
  }

  async read(keys: string[]): Promise<StoreItems> {
    this.evict();
    const items: StoreItems = {};
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (!entry) continue;
      this.touch(key, entry);
      // the stored JSON never holds an eTag (written without one), so it is added last, as a spread would add it
      const item = JSON.parse(entry.json) as Record<string, unknown>;
      item.eTag = entry.eTag;
      // the state's change snapshot is this JSON: no need to serialise the item again
      offerReadJson(item, entry.json);
      items[key] = item;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    this.evict();
    for (const [key, item] of Object.entries(changes)) {
      const old = this.entries.get(key);
      const eTag: unknown = item?.eTag;
      if (old && typeof eTag === 'string' && eTag !== '' && eTag !== '*' && eTag !== old.eTag) {
        throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }
      // a state that has just serialised the item for its change snapshot offers that JSON (the same text)
      const json = (item && writeJsonOf(item)) ?? JSON.stringify({ ...(item ?? {}), eTag: undefined });
      this.touch(key, { json, eTag: String(this.nextETag++), touchedAt: 0 });
    }
    this.evict();
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
  }

  private touch(key: string, entry: Entry): void {
    this.entries.delete(key);
    entry.touchedAt = this.now();
    this.entries.set(key, entry);
  }

  private evict(): void {
    const oldestAllowed = this.now() - this.options.ttlMs;
    for (const [key, entry] of this.entries) {
      if (entry.touchedAt > oldestAllowed && this.entries.size <= this.options.maxEntries) break;
      this.entries.delete(key);
    }
  }
}
