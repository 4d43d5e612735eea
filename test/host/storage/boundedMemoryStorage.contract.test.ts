import { MemoryStorage } from 'botbuilder';
import { BoundedMemoryStorage } from '../../../src/host/storage/boundedMemoryStorage.js';
import { storageContract } from './storage.contract.js';

storageContract('BoundedMemoryStorage', async () => {
  let now = 0;
  const ttlMs = 1_000;
  const storage = new BoundedMemoryStorage({ ttlMs, maxEntries: 1_000, now: () => now });
  return { storage, ttlMs, advance: async (ms) => { now += ms; } };
});

// The reference the contract is written against: botbuilder's own MemoryStorage (which never expires items).
storageContract('botbuilder MemoryStorage (reference)', async () => ({ storage: new MemoryStorage() }));
