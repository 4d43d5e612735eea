import { describe, expect, it } from 'vitest';
import { createMemoryStorage, isWebChatKey } from '../../../src/host/storage/partitionedStorage.js';
import { storageContract } from './storage.contract.js';

storageContract('createMemoryStorage (partitioned)', async () => {
  let now = 0;
  const ttlMs = 1_000;
  const storage = createMemoryStorage({ ttlMs, maxConversations: 1_000, now: () => now });
  return { storage, ttlMs, advance: async (ms) => { now += ms; } };
});

describe('createMemoryStorage (web chat and other channels partitioned)', () => {
  it.each([
    ['webchat/conversations/abc/', true],
    ['webchat/users/webchat-user-abc/', true],
    ['webchat-registry/conversations/abc', true],
    ['directline/conversations/abc/', false],
    ['emulator/users/u/', false],
    ['msteams/conversations/19:x/', false],
    ['webchatx/conversations/abc/', false],
  ])('%s belongs to the web chat: %s', (key, webchat) => {
    expect(isWebChatKey(key)).toBe(webchat);
  });

  it('keeps every web chat entry however many entries other channels write', async () => {
    const storage = createMemoryStorage({ ttlMs: 60_000, maxConversations: 10 });
    const webchatKeys = Array.from({ length: 10 }, (_v, i) => [`webchat-registry/conversations/c${i}`, `webchat/conversations/c${i}/`, `webchat/users/u${i}/`]).flat();
    await storage.write(Object.fromEntries(webchatKeys.map((k) => [k, { step: 1 }])));
    for (let i = 0; i < 1_000; i += 1) await storage.write({ [`directline/conversations/f${i}/`]: { n: i } });
    const kept = await storage.read(webchatKeys);
    expect(Object.keys(kept).sort()).toEqual([...webchatKeys].sort());
    // Other channels hold 10 conversations (two entries each): the oldest flood entries are gone, the newest kept.
    const flood = await storage.read(['directline/conversations/f0/', 'directline/conversations/f999/']);
    expect(Object.keys(flood)).toEqual(['directline/conversations/f999/']);
  });

  it('bounds the web chat by its own budget (three entries per conversation)', async () => {
    const storage = createMemoryStorage({ ttlMs: 60_000, maxConversations: 2 });
    for (let i = 0; i < 3; i += 1) await storage.write({ [`webchat-registry/conversations/c${i}`]: {}, [`webchat/conversations/c${i}/`]: {}, [`webchat/users/u${i}/`]: {} });
    const all = await storage.read([0, 1, 2].map((i) => `webchat/conversations/c${i}/`));
    expect(Object.keys(all)).toEqual(['webchat/conversations/c1/', 'webchat/conversations/c2/']);
  });

  it('reads, writes and deletes across partitions in one call, with eTags', async () => {
    const storage = createMemoryStorage({ ttlMs: 60_000, maxConversations: 10 });
    await storage.write({ 'webchat/conversations/a/': { v: 1 }, 'emulator/conversations/b/': { v: 2 } });
    const read = await storage.read(['webchat/conversations/a/', 'emulator/conversations/b/', 'emulator/conversations/none/']);
    expect(read).toMatchObject({ 'webchat/conversations/a/': { v: 1 }, 'emulator/conversations/b/': { v: 2 } });
    await expect(storage.write({ 'emulator/conversations/b/': { v: 3, eTag: 'stale' } })).rejects.toThrow(/eTag/);
    await storage.delete(['webchat/conversations/a/', 'emulator/conversations/b/']);
    expect(await storage.read(['webchat/conversations/a/', 'emulator/conversations/b/'])).toEqual({});
  });
});
