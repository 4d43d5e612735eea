import type { Storage, StoreItem } from 'botbuilder';
import { describe, expect, it } from 'vitest';

/** A fresh, empty storage for one test. */
export interface StorageUnderTest {
  storage: Storage;
  /** The idle time after which the storage forgets an item. */
  ttlMs?: number;
  /** Lets `ms` pass (an injected clock, or real time); absent when the storage never expires items. */
  advance?: (ms: number) => Promise<void>;
}

const read = async (storage: Storage, key: string): Promise<StoreItem | undefined> => (await storage.read([key]))[key];

/**
 * The behaviour every state storage of the bot must show, as botbuilder's `MemoryStorage` defines it, plus idle
 * expiry. Each test file calls this with a factory for its implementation.
 */
export function storageContract(name: string, create: () => Promise<StorageUnderTest>): void {
  describe(`${name} (storage contract)`, () => {
    it('reads back what was written, with a string eTag, and deletes it', async () => {
      const { storage } = await create();
      const item = { count: 1, nested: { list: [1, 'zwei', null], flag: true } };
      await storage.write({ a: item, b: { other: 1 } });
      expect(await storage.read(['a', 'b'])).toEqual({
        a: { ...item, eTag: expect.any(String) },
        b: { other: 1, eTag: expect.any(String) },
      });
      await storage.delete(['a']);
      expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
    });

    it('leaves out missing keys and accepts empty key lists and deleting missing keys', async () => {
      const { storage } = await create();
      await storage.write({ present: { v: 1 } });
      expect(Object.keys(await storage.read(['missing', 'present', 'also-missing']))).toEqual(['present']);
      expect(await storage.read([])).toEqual({});
      await storage.write({});
      await storage.delete(['missing']);
      expect(await read(storage, 'present')).toMatchObject({ v: 1 });
    });

    it('gives every write a new eTag and leaves the caller’s item alone', async () => {
      const { storage } = await create();
      const item = { v: 1, eTag: '*' };
      await storage.write({ a: item });
      const first = (await read(storage, 'a'))!.eTag;
      await storage.write({ a: { v: 2 } });
      const second = (await read(storage, 'a'))!.eTag;
      expect(first).not.toBe(second);
      expect(item).toEqual({ v: 1, eTag: '*' });
    });

    it('rejects a write with a stale eTag and keeps the stored value', async () => {
      const { storage } = await create();
      await storage.write({ a: { v: 1 } });
      const stale = (await read(storage, 'a'))!;
      await storage.write({ a: { ...stale, v: 2 } });
      await expect(storage.write({ a: { ...stale, v: 3 } })).rejects.toThrow(/eTag conflict/);
      const current = (await read(storage, 'a'))!;
      expect(current.v).toBe(2);
      await storage.write({ a: { ...current, v: 4 } });
      expect((await read(storage, 'a'))!.v).toBe(4);
    });

    it.each([
      ['"*"', { eTag: '*' }],
      ['no eTag', {}],
      ['an empty eTag', { eTag: '' }],
    ])('overwrites whatever is stored when the item carries %s', async (_label, eTag) => {
      const { storage } = await create();
      await storage.write({ a: { v: 1 } });
      await storage.write({ a: { v: 2 } });
      await storage.write({ a: { v: 3, ...eTag } });
      expect((await read(storage, 'a'))!.v).toBe(3);
    });

    it('writes a new key even when the item carries an eTag (as MemoryStorage does)', async () => {
      const { storage } = await create();
      await storage.write({ fresh: { v: 1, eTag: 'from-elsewhere' } });
      expect(await read(storage, 'fresh')).toEqual({ v: 1, eTag: expect.any(String) });
    });

    it('lets exactly one of 20 concurrent writers with the same eTag win', async () => {
      const { storage } = await create();
      await storage.write({ counter: { writer: -1 } });
      const base = (await read(storage, 'counter'))!;
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, writer) => storage.write({ counter: { ...base, writer } })),
      );
      const winners = results.flatMap((result, writer) => (result.status === 'fulfilled' ? [writer] : []));
      expect(winners).toHaveLength(1);
      for (const result of results) {
        if (result.status === 'rejected') expect(String(result.reason)).toMatch(/eTag conflict/);
      }
      expect((await read(storage, 'counter'))!.writer).toBe(winners[0]);
    });

    it('forgets items idle longer than the TTL; reading keeps an item alive', async (context) => {
      const { storage, ttlMs, advance } = await create();
      if (!advance || !ttlMs) return context.skip('this storage never expires items');
      await storage.write({ read: { v: 1 }, untouched: { v: 2 } });
      await advance(ttlMs * 0.6);
      expect(await read(storage, 'read')).toBeDefined();
      await advance(ttlMs * 0.6);
      expect(Object.keys(await storage.read(['read', 'untouched']))).toEqual(['read']);
      await storage.write({ rewritten: { v: 3 } });
      await advance(ttlMs + 100);
      expect(await storage.read(['read', 'rewritten'])).toEqual({});
    });

    it('returns copies: changing a written or read object does not change what is stored', async () => {
      const { storage } = await create();
      const written = { list: [1], inner: { v: 1 } };
      await storage.write({ a: written });
      written.list.push(99);
      written.inner.v = 99;
      const first = (await read(storage, 'a'))!;
      first.list.push(2);
      expect(await read(storage, 'a')).toMatchObject({ list: [1], inner: { v: 1 } });
    });

    it('stores a large item intact', async () => {
      const { storage } = await create();
      const large = { text: 'ä'.repeat(1_000_000), steps: Array.from({ length: 10_000 }, (_, i) => ({ i, id: `step-${i}` })) };
      await storage.write({ large });
      expect(await read(storage, 'large')).toEqual({ ...large, eTag: expect.any(String) });
    });

    it('keeps keys with slashes, colons, spaces and unicode apart', async () => {
      const { storage } = await create();
      const keys = [
        'webchat/conversations/AbC_-123',
        'msteams/conversations/a:19:abc@thread.tacv2;messageid=1/users/29:1xyz',
        'msteams/conversations/a:19:abc@thread.tacv2;messageid=1',
        'webchat/users/Jürgen Müßig 🚀/profile',
        'a/b',
        'a:b',
        'a b',
      ];
      await storage.write(Object.fromEntries(keys.map((key) => [key, { key }])));
      const items = await storage.read(keys);
      for (const key of keys) expect(items[key]).toMatchObject({ key });
      await storage.delete(['a/b']);
      expect(Object.keys(await storage.read(['a/b', 'a:b', 'a b'])).sort()).toEqual(['a b', 'a:b']);
    });
  });
}
