import type { Storage, StoreItems } from 'botbuilder';
import { BoundedMemoryStorage } from './boundedMemoryStorage.js';

/** A named part of a {@link PartitionedStorage}: the keys it holds and where they are kept. */
export interface Partition {
  name: string;
  holds(key: string): boolean;
  storage: Storage;
}

/**
 * A `Storage` that keeps each group of keys in its own storage, so that one group filling up its budget can never
 * evict another's entries. Keys no partition holds go to the last one.
 */
export class PartitionedStorage implements Storage {
  constructor(private readonly partitions: readonly Partition[]) {
    if (partitions.length === 0) throw new Error('PartitionedStorage needs at least one partition');
  }

  /** The partition that holds `key`. */
  partitionOf(key: string): Partition {
    return this.partitions.find((p) => p.holds(key)) ?? this.partitions.at(-1)!;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const sole = this.soleHolder(keys);
    if (sole) return sole.storage.read(keys);
    const parts = await Promise.all([...this.group(keys)].map(([partition, own]) => partition.storage.read(own)));
    return Object.assign({}, ...parts) as StoreItems;
  }

  async write(changes: StoreItems): Promise<void> {
    const keys = Object.keys(changes);
    const sole = this.soleHolder(keys);
    if (sole) return sole.storage.write(changes);
    const groups = this.group(keys);
    await Promise.all([...groups].map(([partition, own]) => partition.storage.write(Object.fromEntries(own.map((k) => [k, changes[k]])))));
  }

  async delete(keys: string[]): Promise<void> {
    const sole = this.soleHolder(keys);
    if (sole) return sole.storage.delete(keys);
    await Promise.all([...this.group(keys)].map(([partition, own]) => partition.storage.delete(own)));
  }

  /**
   * The partition that holds every one of `keys`, if one does: a state reads and writes one key a turn, which then
   * goes straight to its partition without grouping, one promise per partition and merged results.
   */
  private soleHolder(keys: readonly string[]): Partition | undefined {
    if (keys.length === 0) return undefined;
    const partition = this.partitionOf(keys[0]!);
    for (let i = 1; i < keys.length; i++) if (this.partitionOf(keys[i]!) !== partition) return undefined;
    return partition;
  }

  private group(keys: string[]): Map<Partition, string[]> {
    const groups = new Map<Partition, string[]>();
    for (const key of keys) {
      const partition = this.partitionOf(key);
      const own = groups.get(partition);
      if (own) own.push(key);
      else groups.set(partition, [key]);
    }
    return groups;
  }
}

/** State keys of the self-hosted web chat: botbuilder's `webchat/…` and the conversation registry's `webchat-registry/…`. */
export const isWebChatKey = (key: string): boolean => key.startsWith('webchat/') || key.startsWith('webchat-registry/');

/** State entries one conversation uses: web chat (registry, conversation, user) and other channels (conversation, user). */
const ENTRIES_PER_CONVERSATION = { webchat: 3, other: 2 } as const;

/**
 * The in-memory state of one process: web chat conversations and every other channel each get a budget of
 * `maxConversations`, so traffic on `/api/messages` can never evict a live web chat conversation.
 */
export function createMemoryStorage(options: { ttlMs: number; maxConversations: number; now?: () => number }): PartitionedStorage {
  const bounded = (perConversation: number) => new BoundedMemoryStorage({ ttlMs: options.ttlMs, maxEntries: options.maxConversations * perConversation, now: options.now });
  return new PartitionedStorage([
    { name: 'webchat', holds: isWebChatKey, storage: bounded(ENTRIES_PER_CONVERSATION.webchat) },
    { name: 'other', holds: () => true, storage: bounded(ENTRIES_PER_CONVERSATION.other) },
  ]);
}
