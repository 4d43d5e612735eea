import { describe, expect, it } from 'vitest';
import { BoundedMemoryStorage } from '../../../src/host/storage/boundedMemoryStorage.js';
import { takeReadJson, withWriteJson } from '../../../src/host/storage/storedJson.js';

const storage = () => new BoundedMemoryStorage({ ttlMs: 60_000, maxEntries: 10 });

describe('the JSON handed between the memory storage and the state classes', () => {
  it('a read offers the JSON the item was parsed from, equal to serialising the item without its eTag, once', async () => {
    const values: Record<string, unknown>[] = [
      { b: 1, 2: 'two', 1: 'one', a: { z: [1, 2, { y: null }], '10': true } },
      { n: [0.1, -0, 1e21, 5e-7, 123456789.125], text: 'Grüße aus Köln – 50 € 😀 "zitiert" \\ \n', empty: {}, list: [] },
      { nested: { deeper: { deepest: 'x' } }, skipped: undefined },
    ];
    for (const value of values) {
      const store = storage();
      await store.write({ key: { ...value, eTag: '*' } });
      const item = (await store.read(['key'])).key!;
      const json = takeReadJson(item);
      expect(json).toBe(JSON.stringify({ ...item, eTag: undefined }));
      expect(takeReadJson(item)).toBeUndefined();
    }
  });

  it('a write takes the JSON a state offers for the item, and only during that write', async () => {
    const store = storage();
    const item = { n: 1, eTag: '*' };
    // an offered JSON is trusted as the item's: a different text shows that the storage used it
    await withWriteJson(item, '{"n":2}', () => store.write({ key: item }));
    expect((await store.read(['key'])).key).toMatchObject({ n: 2 });
    await store.write({ key: item });
    expect((await store.read(['key'])).key).toMatchObject({ n: 1 });
  });

  it('a write without an offer serialises the item', async () => {
    const store = storage();
    await withWriteJson({ other: true }, '{"n":2}', () => store.write({ key: { n: 3, eTag: '*' } }));
    expect((await store.read(['key'])).key).toMatchObject({ n: 3 });
  });
});
