import { describe, expect, it } from 'vitest';
import { BoundedMemoryStorage } from '../../../src/host/storage/boundedMemoryStorage.js';

const createStorage = (ttlMs = 1_000, maxEntries = 3) => {
  let now = 0;
  const storage = new BoundedMemoryStorage({ ttlMs, maxEntries, now: () => now });
  return { storage, advance: (ms: number) => { now += ms; } };
};

describe('BoundedMemoryStorage', () => {
  it('reads back what was written, with an eTag', async () => {
    const { storage } = createStorage();
    await storage.write({ a: { count: 1 } });
    const items = await storage.read(['a', 'missing']);
    expect(items.a).toMatchObject({ count: 1 });
    expect(typeof items.a.eTag).toBe('string');
    expect(items.missing).toBeUndefined();
  });

  it('forgets entries that were idle longer than the TTL', async () => {
    const { storage, advance } = createStorage(1_000);
    await storage.write({ a: { v: 1 }, b: { v: 2 } });
    advance(600);
    await storage.read(['a']);
    advance(600);
    expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['a']);
    advance(1_001);
    expect(await storage.read(['a'])).toEqual({});
    expect(storage.size).toBe(0);
  });

  it('evicts the least recently used entries beyond the size limit', async () => {
    const { storage, advance } = createStorage(60_000, 3);
    for (const key of ['a', 'b', 'c']) { await storage.write({ [key]: { key } }); advance(1); }
    await storage.read(['a']);
    await storage.write({ d: { key: 'd' } });
    expect(storage.size).toBe(3);
    expect(Object.keys(await storage.read(['a', 'b', 'c', 'd'])).sort()).toEqual(['a', 'c', 'd']);
  });

  it('rejects a write with a stale eTag and accepts the current one or "*"', async () => {
    const { storage } = createStorage();
    await storage.write({ a: { v: 1 } });
    const { a } = await storage.read(['a']);
    await storage.write({ a: { ...a, v: 2 } });
    await expect(storage.write({ a: { ...a, v: 3 } })).rejects.toThrow(/eTag conflict/);
    const current = (await storage.read(['a'])).a;
    expect(current.v).toBe(2);
    await storage.write({ a: { ...current, v: 4 } });
    await storage.write({ a: { v: 5, eTag: '*' } });
    expect((await storage.read(['a'])).a.v).toBe(5);
  });

  it('deletes entries', async () => {
    const { storage } = createStorage();
    await storage.write({ a: { v: 1 } });
    await storage.delete(['a']);
    expect(await storage.read(['a'])).toEqual({});
  });

  it('returns copies, so callers cannot change stored state by accident', async () => {
    const { storage } = createStorage();
    await storage.write({ a: { list: [1] } });
    const first = await storage.read(['a']);
    first.a.list.push(2);
    expect((await storage.read(['a'])).a.list).toEqual([1]);
  });
});
