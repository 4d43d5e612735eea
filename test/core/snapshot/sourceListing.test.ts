import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../../src/core/content.js';
import { CONTENT_SNAPSHOT_PATH, readContentSnapshot, writeContentSnapshot, type SnapshotStamps } from '../../../src/core/snapshot/contentSnapshot.js';
import { dataListing, sourceListing, sourceStamp, type SourceListing, type SourceStamp } from '../../../src/core/snapshot/sourceStamp.js';
import { loadStartContent } from '../../../src/core/snapshot/startContent.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const STAMP: SourceStamp = { data: 'data', code: { path: 'src/core', hash: 'code' } };
const LISTING: SourceListing = { data: 'listed data', code: { path: 'src/core', listing: 'listed code' } };
const WRITTEN: SnapshotStamps = { data: 'data', code: { 'src/core': 'code' }, listings: { data: 'listed data', code: { 'src/core': 'listed code' } } };

let dir: string;
let content: Content;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'source-listing-'));
  content = loadContent(PROJECT_ROOT);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('snapshot checked by the listing of its sources', () => {
  // [case, listing at the start, stamp at the start, used?, stamp computed?]
  const cases: [string, SourceListing | undefined, SourceStamp, boolean, boolean][] = [
    ['listed alike: used without hashing', LISTING, { ...STAMP, data: 'other data' }, true, false],
    ['data listed otherwise, same hashes: used', { ...LISTING, data: 'touched' }, STAMP, true, true],
    ['data listed otherwise, other hashes: ignored', { ...LISTING, data: 'changed' }, { ...STAMP, data: 'other data' }, false, true],
    ['code listed otherwise, other code: ignored', { ...LISTING, code: { path: 'src/core', listing: 'changed' } }, { ...STAMP, code: { path: 'src/core', hash: 'changed' } }, false, true],
    ['another form of the code (no listing for it), same hashes: ignored', { ...LISTING, code: { path: 'dist/src/core', listing: 'listed code' } }, { ...STAMP, code: { path: 'dist/src/core', hash: 'code' } }, false, true],
    ['no listing given: hashed as before', undefined, STAMP, true, true],
  ];
  it.each(cases)('%s', (name, listing, stamp, used, hashed) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.snapshot`);
    writeContentSnapshot(path, content, WRITTEN);
    let computed = false;
    const restored = readContentSnapshot(path, () => { computed = true; return stamp; }, listing);
    expect(restored !== undefined).toBe(used);
    expect(computed).toBe(hashed);
  });

  it('a snapshot written without listings is checked by its hashes', () => {
    const path = join(dir, 'no-listings.snapshot');
    writeContentSnapshot(path, content, { data: 'data', code: { 'src/core': 'code' } });
    expect(readContentSnapshot(path, () => STAMP, LISTING)).toBeDefined();
    expect(readContentSnapshot(path, () => ({ ...STAMP, data: 'other' }), LISTING)).toBeUndefined();
  });
});

describe('source listing', () => {
  it('changes when a file changes its size or time, or one is added, and not otherwise', () => {
    const root = mkdtempSync(join(dir, 'listing-'));
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
    writeFileSync(join(root, 'package.json'), '{}');
    mkdirSync(join(root, 'data'));
    mkdirSync(join(root, 'locales/de'), { recursive: true });
    writeFileSync(join(root, 'data/a.json'), '{}');
    utimesSync(join(root, 'data/a.json'), 1_000, 1_000);
    const before = dataListing(root);
    expect(dataListing(root)).toBe(before);
    writeFileSync(join(root, 'README.md'), 'not content');
    expect(dataListing(root)).toBe(before);
    utimesSync(join(root, 'data/a.json'), 2_000, 2_000);
    expect(dataListing(root)).not.toBe(before);
    utimesSync(join(root, 'data/a.json'), 1_000, 1_000);
    writeFileSync(join(root, 'data/a.json'), '{ }');
    utimesSync(join(root, 'data/a.json'), 1_000, 1_000);
    expect(dataListing(root)).not.toBe(before);
    writeFileSync(join(root, 'data/a.json'), '{}');
    utimesSync(join(root, 'data/a.json'), 1_000, 1_000);
    expect(dataListing(root)).toBe(before);
    writeFileSync(join(root, 'locales/de/b.json'), '{}');
    expect(dataListing(root)).not.toBe(before);
  });
});

describe('loadStartContent with listings', () => {
  it('uses the snapshot when the sources list alike or only their times changed, not when a file changed', () => {
    const root = mkdtempSync(join(dir, 'root-'));
    for (const source of ['locales', 'src', 'package.json', 'node_modules']) symlinkSync(join(PROJECT_ROOT, source), join(root, source));
    mkdirSync(join(root, 'dist'));
    // data/ copied, so that a file's time can be changed without touching the project's own
    mkdirSync(join(root, 'data'));
    const file = join(root, 'data/touched.json');
    writeFileSync(file, '{}');
    const stamp = sourceStamp(root);
    const listing = sourceListing(root);
    const path = join(root, CONTENT_SNAPSHOT_PATH);
    writeContentSnapshot(path, content, { data: stamp.data, code: { [stamp.code.path]: stamp.code.hash }, listings: { data: listing.data, code: { [listing.code.path]: listing.code.listing } } });
    expect(loadStartContent(root).from).toBe('snapshot');
    utimesSync(file, 5_000, 5_000);
    expect(loadStartContent(root).from).toBe('snapshot');
    // changed: the start would load the sources (here only this file, so the snapshot's reader is asked directly)
    writeFileSync(file, '{"changed": true}');
    expect(readContentSnapshot(path, () => sourceStamp(root), sourceListing(root))).toBeUndefined();
  });
});
