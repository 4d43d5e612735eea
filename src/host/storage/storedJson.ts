/**
 * The JSON of a state item (without its eTag) handed between a storage and the state classes, so that the same
 * object is not serialised again: a storage that read an item from JSON leaves that JSON here for the state's
 * change snapshot, and a state about to save an item it has just serialised for its snapshot leaves that JSON here
 * for the storage's write. Keyed by the item object (weakly), never by content; each entry is taken once.
 * @remarks `JSON.stringify(JSON.parse(json))` is `json` for any text `JSON.stringify` wrote (key order, numbers and
 * escapes survive the round trip), so a storage that stores `JSON.stringify` output may offer what it read.
 */
const fromRead = new WeakMap<object, string>();
const forWrite = new WeakMap<object, string>();

/** A storage read `item` from `json` (its JSON without the eTag). */
export function offerReadJson(item: object, json: string): void {
  fromRead.set(item, json);
}

/** The JSON a storage read `item` from, if it offered one; taken, so a later call gives undefined. */
export function takeReadJson(item: object): string | undefined {
  const json = fromRead.get(item);
  if (json !== undefined) fromRead.delete(item);
  return json;
}

/** Runs `write` with `json` (the item's JSON without its eTag, made right before) offered to the storage's write. */
export async function withWriteJson<T>(item: object, json: string | undefined, write: () => Promise<T>): Promise<T> {
  if (json === undefined) return write();
  forWrite.set(item, json);
  try {
    return await write();
  } finally {
    forWrite.delete(item);
  }
}

/** The JSON a state offered for writing `item` (see {@link withWriteJson}), if any. */
export function writeJsonOf(item: object): string | undefined {
  return forWrite.get(item);
}
